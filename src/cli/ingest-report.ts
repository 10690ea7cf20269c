import type { FoundCounts, LoadResult } from '../../loaders/types';

// How `talkgraph ingest` reports: one line per document with what was found in
// it, its diagnostics beneath, and a summary line that is always printed.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeFound(found: FoundCounts): string {
  return [
    plural(found.talks, 'talk', 'talks'),
    plural(found.people, 'person', 'people'),
    plural(found.organizations, 'organization', 'organizations'),
    plural(found.technologies, 'technology', 'technologies'),
  ].join(', ');
}

export function describeResult(r: LoadResult): string {
  const notes = r.diagnostics.map((d) => `${d.severity === 'fatal' ? 'error' : 'warning'}: ${d.code}: ${d.message}`);
  const found = r.found && r.status !== 'skipped' ? ` (${describeFound(r.found)})` : '';
  return `${r.status.padEnd(20)} ${r.path}${found}${notes.length ? `\n    ${notes.join('\n    ')}` : ''}`;
}

export function summarize(results: readonly LoadResult[]): string {
  const count = (s: LoadResult['status']) => results.filter((r) => r.status === s).length;
  const stored = count('stored') + count('stored-with-warnings');
  const skipped = count('skipped');
  return (
    `ingested ${results.length} documents: ${stored} stored (${count('stored-with-warnings')} with warnings), ` +
    `${count('unchanged')} unchanged, ${count('rejected')} rejected` +
    (skipped ? `, ${skipped} skipped (not talk documents or not files)` : '')
  );
}
