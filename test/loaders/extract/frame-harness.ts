import type { Frame, FrameEnv, TalkCandidate } from '../../../loaders/extract/frames/types';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { type Block, segment } from '../../../loaders/extract/layout/blocks';
import { annotate, recognizeEnv } from '../../../loaders/extract/recognize';
import type { Annotation, Recognizer } from '../../../loaders/extract/recognize/types';
import type { ParsedDocument } from '../../../loaders/extract/types';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Runs one stage piece on a snippet, the way graphql-js's validation harness
// runs one rule: the segmenter and recognizers, then ONE frame, nothing else.

export function blocksOf(text: string, meta: Partial<ParsedDocument['meta']> = {}, path?: string): Block[] {
  const doc = makeDoc(text, meta);
  return segment(path ? { ...doc, path } : doc);
}

export function frameEnv(text: string, meta: Partial<ParsedDocument['meta']> = {}, path?: string): FrameEnv {
  const blocks = blocksOf(text, meta, path);
  const renv = recognizeEnv(knowledgeOf(testCatalog));
  return {
    blocks,
    anns: annotate(blocks, renv),
    lex: lexicon,
    kn: renv.kn,
    labels: renv.labels,
    documentTitle: meta.title ?? null,
  };
}

/** The candidates one frame reads from a snippet: [title, speaker phrases] pairs and the raw candidates. */
export function runFrame(frame: Frame, text: string, meta: Partial<ParsedDocument['meta']> = {}) {
  const candidates: TalkCandidate[] = frame.run(frameEnv(text, meta));
  return { candidates, talks: candidates.map((c) => [c.title, c.speakers.map((s) => s.text)] as const) };
}

/** What one recognizer says of one line: label keys, or the words it covers. */
export function recognize(recognizer: Recognizer, text: string): string[] {
  const [block] = blocksOf(text);
  if (!block) return [];
  const anns: Annotation[] = recognizer.run(block, recognizeEnv(knowledgeOf(testCatalog)));
  return anns.map((a) => (a.kind === 'label' ? a.value : block.text.slice(a.start, a.end)));
}
