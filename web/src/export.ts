// Taking the view away: the canvas as a PNG, and what is on it as CSV (nodes,
// then relationships with their words and evidence counts) for a spreadsheet.
import type cytoscape from 'cytoscape';
import { edgeWords } from './edge-words';

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function exportPng(cy: cytoscape.Core): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  download('talkgraph.png', blob);
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function canvasCsv(cy: cytoscape.Core): string {
  const rows: unknown[][] = [['record', 'id', 'kind', 'name', 'from', 'relationship', 'to', 'evidence']];
  cy.nodes(':visible').forEach((n) => {
    rows.push(['node', n.id(), n.data('kind'), n.data('name'), '', '', '', '']);
  });
  cy.edges(':visible').forEach((e) => {
    rows.push([
      'edge',
      e.id(),
      e.data('type'),
      '',
      e.source().data('name'),
      edgeWords(e.data('type'), e.data('role')),
      e.target().data('name'),
      (e.data('evidence') ?? []).length,
    ]);
  });
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function exportCsv(cy: cytoscape.Core): void {
  // The BOM lets spreadsheet programs read the Chinese names as UTF-8.
  download('talkgraph.csv', new Blob(['\ufeff', canvasCsv(cy)], { type: 'text/csv;charset=utf-8' }));
}
