import { normalizeName } from '../model/ids';

// Text helpers the analyses share: one normalization (the same one ids are
// made from, so "Service Mesh", "service-mesh" and "ServiceMesh" meet), plural
// folding for English topics, and a bounded edit distance for typo tolerance.

/** The comparison key of a name: see normalizeName in src/model/ids.ts. */
export const keyOf = (text: string): string => normalizeName(text);

/** True when the text has no CJK characters: only such text gets typo tolerance. */
export function isLatin(text: string): boolean {
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/** Singular candidates of an English key: containers -> container, databases -> database, proxies -> proxy. */
export function singularKeys(key: string): string[] {
  if (!/^[a-z0-9+#]{3,}$/.test(key)) return [];
  const out: string[] = [];
  if (key.endsWith('ies') && key.length > 4) out.push(`${key.slice(0, -3)}y`);
  if (/(ses|xes|zes|ches|shes)$/.test(key)) out.push(key.slice(0, -2));
  if (key.endsWith('s') && !key.endsWith('ss')) out.push(key.slice(0, -1));
  return out;
}

/**
 * How many edits a Latin word of this length may carry and still match:
 * none up to 3 characters, one up to 5, two beyond (Elasticsearch's AUTO fuzziness).
 */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Levenshtein distance between a and b if it is at most max, else max + 1.
 * Works row by row and gives up as soon as a whole row exceeds max.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return Math.min(prev[b.length], max + 1);
}

/** Lower-case Latin words and numbers of a text, for matching a query word inside a talk title. */
export function latinWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9+#]+/g) ?? []
  ).filter((w) => w.length > 1);
}

/** JS `<` comparison (UTF-16 code units), the order both stores use; never locale-dependent. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
