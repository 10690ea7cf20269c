import { decideTalks } from './decide';
import { specifiedFrames } from './frames';
import type { Frame, FrameEnv, TalkCandidate } from './frames/types';
import type { Rule, RuleContext } from './harness';
import { type Block, segment } from './layout/blocks';
import { annotate, recognizeEnv, specifiedRecognizers } from './recognize';
import type { Annotation, Recognizer } from './recognize/types';

// The programme reader: layout → recognize → frames → decide, over one
// document. Blocks and annotations are computed once and read by every frame.

export interface ProgrammeReading {
  blocks: Block[];
  annotations: Annotation[][];
  candidates: TalkCandidate[];
  decisions: ReturnType<typeof decideTalks>;
}

export function readProgramme(
  ctx: RuleContext,
  frames: readonly Frame[] = specifiedFrames,
  recognizers: readonly Recognizer[] = specifiedRecognizers,
): ProgrammeReading {
  const blocks = segment(ctx.doc);
  const renv = recognizeEnv(ctx.kn, { technology: ctx.techHits(), organization: ctx.orgHits() });
  const annotations = annotate(blocks, renv, recognizers);
  const env: FrameEnv = {
    blocks,
    anns: annotations,
    lex: ctx.lex,
    kn: ctx.kn,
    labels: renv.labels,
    documentTitle: ctx.doc.meta.title,
    documentTitleAt: titleAt(ctx),
  };
  const candidates = frames.flatMap((f) => f.run(env));
  const decisions = decideTalks(ctx, candidates, env);
  return { blocks, annotations, candidates, decisions };
}

/** Where the front matter writes the document's title, if it does. */
function titleAt(ctx: RuleContext): number | null {
  const t = ctx.doc.meta.title;
  if (!t || ctx.doc.bodyStart === 0) return null;
  const at = ctx.text.indexOf(t);
  return at >= 0 && at < ctx.doc.bodyStart ? at : null;
}

export const programmeStage: Rule = {
  name: 'programmeStage',
  run(ctx) {
    readProgramme(ctx);
  },
};
