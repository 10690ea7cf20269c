import type { GraphNode, Evidence as StoredEvidence } from '../../model/graph';
import type { FollowKey } from '../../store/port';
import type { GraphContext } from '../context';
import type { Evidence } from './types';

/** The nodes at the other end of one node's relationships of one type. */
export async function related(ctx: GraphContext, id: string, field: FollowKey): Promise<GraphNode[]> {
  const adjacent = await ctx.batchers.adjacent.load({ id, type: field.type, direction: field.direction });
  return adjacent.map((a) => a.other);
}

export function toEvidence(list: StoredEvidence[]): Evidence[] {
  return list.map((e) => ({ snippet: e.snippet, start: e.start, end: e.end, documentId: e.documentId }));
}

/** The source documents of a node, in id order; a document since removed is left out. */
export async function documentsOf(ctx: GraphContext, node: GraphNode): Promise<GraphNode[]> {
  const docs = await ctx.batchers.nodes.loadMany(node.sources);
  return docs.filter((d): d is GraphNode => d !== null && !(d instanceof Error));
}
