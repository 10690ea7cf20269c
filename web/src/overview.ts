// What the canvas shows when the page opens with nothing asked for: the most
// discussed technologies, a few of their talks and who gave them, so a first
// look already says what the corpus is about.
import { gql } from './api';
import type { Expander } from './expansion';
import type { GraphView } from './graph-view';
import type { GraphNode } from './types';

const TECHNOLOGIES = 3;
const TALKS_EACH = 5;

export async function showOverview(view: GraphView, expander: Expander): Promise<number> {
  const q = `query Overview($first: Int) {
    technologies(first: $first, sort: { field: TALKS, descending: true }) { nodes { id name aliases } } }`;
  const top = (await gql<{ technologies: { nodes: Omit<GraphNode, 'kind'>[] } }>(q, { first: TECHNOLOGIES }))
    .technologies.nodes;
  if (top.length === 0) return 0;
  view.add(
    top.map((t) => ({ ...t, kind: 'Technology' })),
    [],
  );
  for (const t of top) view.node(t.id)?.addClass('root');
  for (const t of top) await expander.expand(t.id, TALKS_EACH);
  return top.length;
}
