import type { Knowledge } from '../knowledge';
import type { Block } from '../layout/blocks';
import type { Hit, NameMatcher } from '../matcher';
import { withoutNamesakes } from '../techNamesakes';
import type { Annotation, AnnotationKind, RecognizeEnv, Recognizer } from './types';

// Names from the catalogs: technologies and organizations, as the one-pass matcher finds them.
// The document is scanned once (`env.catalogHits`, shared with the rules); each block takes the
// hits that lie on its plain text. Without those (a recognizer run on a snippet) the block is scanned.

type Named = { name: string };

function catalogRecognizer(
  kind: AnnotationKind,
  matcher: (kn: Knowledge) => NameMatcher<Named>,
  shared: (env: RecognizeEnv) => readonly Hit<Named>[] | undefined,
  /** which hits of a block scanned on its own stand (the shared scan has applied it already) */
  keep: (text: string, hits: Hit<Named>[]) => Hit<Named>[] = (_, hits) => hits,
): Recognizer {
  return {
    name: kind,
    kind,
    run(block, env) {
      const docHits = shared(env);
      const hits = docHits ? onBlock(block, docHits) : keep(block.text, matcher(env.kn).scan(block.text));
      return hits.map(
        (h): Annotation => ({
          kind,
          block: block.index,
          start: h.start,
          end: h.end,
          value: h.value.name,
          recognizer: kind,
          confidence: 0.9,
        }),
      );
    },
  };
}

/** The document's hits (source offsets, by start) that a block's plain text holds unbroken, in block offsets. */
export function onBlock<T>(block: Block, hits: readonly Hit<T>[]): Hit<T>[] {
  const { offsets, text } = block;
  if (text.length === 0) return [];
  const from = offsets[0];
  const to = offsets[text.length - 1] + 1;
  const out: Hit<T>[] = [];
  let i = firstAtOrAfter(hits, from);
  let p = 0; // plain index: offsets only grow, so one walk serves every hit
  for (; i < hits.length && hits[i].start < to; i++) {
    const h = hits[i];
    while (p < text.length && offsets[p] < h.start) p++;
    if (p >= text.length || offsets[p] !== h.start) continue;
    const q = p + (h.end - h.start);
    // the name stands in the block as in the source: no markup read inside it
    if (q > text.length || offsets[q - 1] !== h.end - 1) continue;
    out.push({ value: h.value, start: p, end: q, written: h.written });
  }
  return out;
}

function firstAtOrAfter<T>(hits: readonly Hit<T>[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const technologyRecognizer = catalogRecognizer(
  'technology',
  (kn) => kn.techs,
  (env) => env.catalogHits?.technology,
  withoutNamesakes,
);
export const organizationRecognizer = catalogRecognizer(
  'organization',
  (kn) => kn.orgs,
  (env) => env.catalogHits?.organization,
);
