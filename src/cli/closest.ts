/** Edit distance (insertions, deletions, substitutions), for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidates close to `wanted` (case-insensitive), closest first: within a
 * third of the word's length, or containing it. Empty when nothing is close.
 */
export function closest(wanted: string, candidates: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase();
  return candidates
    .map((c) => ({ c, d: distance(w, c.toLowerCase()), contains: c.toLowerCase().includes(w) }))
    .filter(({ d, contains }) => contains || d <= Math.max(1, Math.floor(w.length / 3)))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, max)
    .map(({ c }) => c);
}
