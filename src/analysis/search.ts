import { NODE_KINDS } from '../model/graph';
import type { NameRow } from '../store/port';
import { allowedEdits, compareText, editDistanceWithin, isLatin, keyOf, latinWords } from './text';

// One search box over every entity's name and aliases (a talk's name is its
// title). Scores, best label of each entity (an alias match scores 0.95 x):
//   1.0          the key equals the label's key          ("Docker" = "docker")
//   0.8 .. 0.9   the label's key starts with it          ("kube" -> Kubernetes)
//   0.6 .. 0.8   the label's key contains it             ("raft" in a talk title)
//   0.45 .. 0.55 a Latin query inside a longer word       ("raft" in "Kraft")
//   0.7 - 0.1e   a Latin query e typos away from the whole label
//   0.5 - 0.05e  every whitespace-separated term is found in the label, Latin
//                terms also as a word within allowedEdits typos, e edits in all
//                ("kubernets", "raft 工程")
// Longer coverage of the label scores higher inside a band. Order: score, then
// kind (NODE_KINDS order), name, id. Keys are normalizeName keys, so case,
// width, spaces and punctuation never matter.

/** Longer text is refused, and only the first terms count: a search box, not a document. */
export const MAX_SEARCH_CHARS = 200;
export const MAX_SEARCH_TERMS = 8;

export interface SearchHitRow {
  id: string;
  kind: NameRow['kind'];
  name: string;
  score: number;
  /** the name or alias that matched */
  matched: string;
}

interface Query {
  key: string;
  terms: { key: string; latin: boolean }[];
}

function termScore(q: Query, labelKey: string, label: string): number {
  let edits = 0;
  let words: string[] | null = null;
  for (const term of q.terms) {
    if (labelKey.includes(term.key)) continue;
    const max = term.latin ? allowedEdits(term.key.length) : 0;
    if (max === 0) return 0;
    words ??= latinWords(label);
    let best = max + 1;
    for (const w of words) best = Math.min(best, editDistanceWithin(term.key, w, max));
    if (best > max) {
      // the label's whole key, for names written without spaces ("kubernets" ~ "Kubernetes")
      best = editDistanceWithin(term.key, labelKey, max);
      if (best > max) return 0;
    }
    edits += best;
  }
  return 0.5 - 0.05 * edits;
}

function labelScore(q: Query, label: string): number {
  const key = keyOf(label);
  if (!key) return 0;
  if (key === q.key) return 1;
  const coverage = q.key.length / key.length;
  if (key.startsWith(q.key)) return 0.8 + 0.1 * coverage;
  if (key.includes(q.key)) {
    // a Latin word found inside another word ("raft" in "Kraft") is a weak match
    const insideWord = /^[a-z0-9+#]+$/.test(q.key) && !latinWords(label).some((w) => w.startsWith(q.key));
    return insideWord ? 0.45 + 0.1 * coverage : 0.6 + 0.2 * coverage;
  }
  // the whole name, misspelled ("kubernets" ~ "Kubernetes") beats a misspelled word in a title
  if (/^[a-z0-9+#]+$/.test(q.key)) {
    const max = allowedEdits(q.key.length);
    const d = max > 0 ? editDistanceWithin(q.key, key, max) : max + 1;
    if (d <= max) return 0.7 - 0.1 * d;
  }
  return termScore(q, key, label);
}

const KIND_ORDER = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

export function searchNames(rows: readonly NameRow[], text: string, first: number): SearchHitRow[] {
  if (text.length > MAX_SEARCH_CHARS)
    throw new RangeError(`search text is ${text.length} characters long; at most ${MAX_SEARCH_CHARS} are served`);
  const key = keyOf(text);
  if (!key) throw new RangeError('search text is empty (after dropping spaces and punctuation)');
  const terms = text
    .split(/\s+/)
    .map((t) => ({ key: keyOf(t), latin: isLatin(t) }))
    .filter((t) => t.key)
    .slice(0, MAX_SEARCH_TERMS);
  const q: Query = { key, terms };
  const hits: SearchHitRow[] = [];
  for (const row of rows) {
    let best = 0;
    let matched = row.name;
    for (const [label, weight] of [[row.name, 1] as const, ...row.aliases.map((a) => [a, 0.95] as const)]) {
      const s = labelScore(q, label) * weight;
      if (s > best) [best, matched] = [s, label];
    }
    if (best > 0)
      hits.push({ id: row.id, kind: row.kind, name: row.name, score: Math.round(best * 1e6) / 1e6, matched });
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score ||
        KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
        compareText(a.name, b.name) ||
        compareText(a.id, b.id),
    )
    .slice(0, first);
}
