// Nodes sized by how many talks they have: a person's talks, the talks of an
// organization's people, the talks about a technology (narrower ones
// included), an event's talks. The counts are the talks lists' totalCount
// with the matching filter (the same numbers `talks(filter:)` gives anyone),
// asked once per node and kept for the page's life.
import type cytoscape from 'cytoscape';
import { talkCounts } from './api';
import { busy } from './dom';
import { KIND_LOOK } from './graph-style';
import { asKind, type Kind } from './types';

export const SIZED_KINDS: readonly Kind[] = ['Person', 'Organization', 'Technology', 'Event'];

/** Area grows with the talks (side with their square root), from 0.8× the kind's size to at most 2.6×. */
export function sizeFor(kind: Kind, talks: number): number {
  return Math.round(KIND_LOOK[kind].size * Math.min(2.6, 0.8 + 0.45 * Math.sqrt(talks)));
}

/**
 * Sizes every node of a sized kind added to `cy` once its count is in. Counts
 * are fetched in batches (one request per canvas change), under busy() so the
 * page says it is working until the sizes have landed.
 */
export function sizeByTalks(cy: cytoscape.Core, onSized: () => void): void {
  const known = new Map<string, number>();
  const waiting = new Map<string, Kind>();
  let scheduled = false;

  const apply = (n: cytoscape.NodeSingular, kind: Kind) => {
    const talks = known.get(n.id());
    if (talks !== undefined) n.data({ talks, size: sizeFor(kind, talks) });
  };

  const flush = async () => {
    // let the rest of this canvas change arrive first: one request for all of it
    await new Promise((r) => setTimeout(r, 0));
    scheduled = false;
    const refs = [...waiting].map(([id, kind]) => ({ id, kind }));
    waiting.clear();
    for (const [id, talks] of await talkCounts(refs)) known.set(id, talks);
    cy.batch(() => {
      for (const { id, kind } of refs) {
        const n = cy.getElementById(id);
        if (n.nonempty() && n.isNode()) apply(n, kind);
      }
    });
    onSized();
  };

  cy.on('add', 'node', (ev) => {
    const n = ev.target as cytoscape.NodeSingular;
    const kind = asKind(n.data('kind'));
    if (!kind || !SIZED_KINDS.includes(kind) || n.data('size') !== undefined) return;
    if (known.has(n.id())) return apply(n, kind);
    waiting.set(n.id(), kind);
    if (scheduled) return;
    scheduled = true;
    void busy(flush);
  });
}
