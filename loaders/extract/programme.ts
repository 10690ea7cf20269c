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
  };
  const candidates = frames.flatMap((f) => f.run(env));
  const decisions = decideTalks(ctx, candidates, env);
  return { blocks, annotations, candidates, decisions };
}

export const programmeStage: Rule = {
  name: 'programmeStage',
  run(ctx) {
    readProgramme(ctx);
  },
};
