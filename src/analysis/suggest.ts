import { compareText, editDistanceWithin, keyOf } from './text';

// "Did you mean …" for a name the graph does not hold: the store's names and
// aliases whose key (normalizeName) is a few edits from the input's, starts
// with it, contains it, or begins the input ("Kubernetes Operator" ->
// Kubernetes). Bounded work: the input's key is cut to
// MAX_SUGGEST_KEY characters and every comparison gives up past its edit
// budget, so a call costs O(names × key length × budget), whatever is typed.

export const MAX_SUGGESTIONS = 5;
const MAX_SUGGEST_KEY = 64;

export interface Named {
  name: string;
  aliases: readonly string[];
}

/** Edits a key of this length may be away and still be suggested: 1 per 3 characters, at least 1, at most 3. */
export function suggestionBudget(length: number): number {
  return Math.max(1, Math.min(3, Math.floor(length / 3)));
}

/**
 * Display names of the closest rows, best first: fewer edits first (a prefix
 * match counts as budget + 1, containing either way as budget + 2), then the shorter name,
 * then UTF-16 order. One suggestion per row, at most `max`.
 */
export function closeMatches(text: string, rows: readonly Named[], max = MAX_SUGGESTIONS): string[] {
  const key = keyOf(text).slice(0, MAX_SUGGEST_KEY);
  if (!key) return [];
  const budget = suggestionBudget(key.length);
  const found = new Map<string, number>();
  for (const row of rows) {
    let best = Number.POSITIVE_INFINITY;
    for (const label of [row.name, ...row.aliases]) {
      const candidate = keyOf(label);
      if (!candidate || candidate === key) continue;
      const d = editDistanceWithin(key, candidate, budget);
      const rank =
        d <= budget
          ? d
          : key.length >= 2 && candidate.startsWith(key)
            ? budget + 1
            : (key.length >= 3 && candidate.includes(key)) || (candidate.length >= 3 && key.startsWith(candidate))
              ? budget + 2
              : Number.POSITIVE_INFINITY;
      if (rank < best) best = rank;
    }
    if (Number.isFinite(best) && best < (found.get(row.name) ?? Number.POSITIVE_INFINITY)) found.set(row.name, best);
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || compareText(a[0], b[0]))
    .slice(0, max)
    .map(([name]) => name);
}
