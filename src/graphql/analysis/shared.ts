import { GraphQLError } from 'graphql';
import { resolveEntity } from '../../analysis/entity';
import type { Expand, Step } from '../../analysis/walk';
import type { GraphNode, GraphRel } from '../../model/graph';
import { kindOfId } from '../../model/ids';
import type { Direction } from '../../store/port';
import type { GraphContext } from '../context';
import { toEvidence } from '../entities/related';
import { asTalk, type Talk } from '../entities/types';
import { userInputError } from '../errors';
import type { GraphEdgeView, GraphNodeView } from './types';
import { unknownName } from './unknown-name';

// What the analysis resolvers share: reading through the request's batchers,
// turning analysis results into API objects, and mapping the analyses'
// RangeErrors to BAD_USER_INPUT.

/** Nodes by id through the request's batcher (primed by adjacency reads), absent ones left out. */
export async function loadNodes(ctx: GraphContext, ids: readonly string[]): Promise<GraphNode[]> {
  const nodes = await ctx.batchers.nodes.loadMany(ids);
  return nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error));
}

export async function loadTalks(ctx: GraphContext, ids: readonly string[], cap: number): Promise<Talk[]> {
  return (await loadNodes(ctx, ids.slice(0, cap))).map(asTalk);
}

/** The analyses' Expand over the port: one batched adjacency read per hop, both directions. */
export function expandVia(ctx: GraphContext): Expand {
  return async (ids, types) => {
    const directions: Direction[] = ['out', 'in'];
    const keys = ids.flatMap((id) => types.flatMap((type) => directions.map((direction) => ({ id, type, direction }))));
    const lists = await ctx.batchers.adjacent.loadMany(keys);
    const perId = types.length * directions.length;
    const out: Step[][] = ids.map(() => []);
    lists.forEach((list, k) => {
      if (list instanceof Error) throw list;
      for (const a of list) out[Math.floor(k / perId)].push({ rel: a.rel, otherId: a.otherId });
    });
    return out;
  };
}

export const toNodeView = (n: Pick<GraphNode, 'id' | 'kind' | 'name' | 'aliases'>): GraphNodeView => ({
  id: n.id,
  kind: n.kind,
  name: n.name,
  aliases: n.aliases,
});

export const toEdgeView = (r: GraphRel): GraphEdgeView => ({
  id: r.id,
  type: r.type,
  from: r.from,
  to: r.to,
  role: r.props.role ?? null,
  evidence: toEvidence(r.evidence),
});

/** Runs an analysis step, turning its RangeError (bad argument) into BAD_USER_INPUT naming the field. */
export function userInput<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw userInputError(e.message, field);
    throw e;
  }
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * The node an entity argument names: any node id (documents included), else a
 * name or alias in any language (see src/analysis/entity.ts); otherwise the
 * unknown-name error for `field`, with close matches.
 */
export async function entityOrError(ctx: GraphContext, text: string, field: string): Promise<string> {
  const raw = text.trim();
  if (kindOfId(raw) && (await loadNodes(ctx, [raw])).length > 0) return raw;
  const [names, technologies] = await Promise.all([ctx.store.nameRows(), ctx.store.technologyRows()]);
  const found = resolveEntity(text, names, technologies);
  if (!found) throw unknownName(field, text, 'nothing in the graph', names);
  return found.id;
}
