import namesakes from '../lexicon/tech-namesakes.json';
import { type Hit, NameMatcher } from './matcher';

// A technology's name inside a longer word that names something else (宏 in 宏观,
// Kong in Hong Kong, co in co-speakers) is no mention of it. The words are data
// (lexicon/tech-namesakes.json), found by the same one-pass matcher.

const words = new NameMatcher<true>();
for (const w of namesakes.words) words.add(w, true);

/** The hits that no namesake word holds. */
export function withoutNamesakes<T>(text: string, hits: Hit<T>[], from = 0): Hit<T>[] {
  if (hits.length === 0) return hits;
  const held = words.scan(text, from);
  if (held.length === 0) return hits;
  let k = 0;
  return hits.filter((h) => {
    while (k < held.length && held[k].end <= h.start) k++;
    return !(k < held.length && held[k].start <= h.start && h.end <= held[k].end);
  });
}
