import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { clampNeighborhood, neighborhood } from '../../analysis/neighborhood';
import { kindOfId } from '../../model/ids';
import type { GraphContext } from '../context';
import { entityOrError, expandVia, loadNodes, notFound, toEdgeView, toNodeView, userInput } from './shared';
import { Subgraph } from './types';

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description:
      'The nodes and relationships around a node given by id or by any name or alias (as `path` reads them), ' +
      'ring by ring (depth default 1, at most 3), at most `first` nodes including it (default 50, at most 500). ' +
      'An id-shaped text no node has is NOT_FOUND; a name the graph does not know is BAD_USER_INPUT with close matches.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'a node id, or a name or alias in any language' }) ref: string,
    @Arg('depth', () => Int, { nullable: true }) depth: number | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<Subgraph> {
    const limits = {
      depth: userInput('depth', () => clampNeighborhood(depth, 1).depth),
      first: userInput('first', () => clampNeighborhood(1, first).first),
    };
    // an id-shaped text (person:…, tech:…) is taken as an id: a missing one is NOT_FOUND, as before
    const looksLikeId = kindOfId(ref.trim()) !== null;
    if (looksLikeId && (await loadNodes(ctx, [ref.trim()])).length === 0)
      throw notFound(`neighborhood: no node has id ${JSON.stringify(ref)}`);
    const id = await entityOrError(ctx, ref, 'id');
    const found = await neighborhood(id, expandVia(ctx), limits.depth, limits.first);
    const nodes = await loadNodes(ctx, found.nodeIds);
    const included = new Set(nodes.map((n) => n.id));
    return {
      nodes: nodes.map(toNodeView),
      edges: found.rels.filter((r) => included.has(r.from) && included.has(r.to)).map(toEdgeView),
      truncated: found.truncated,
    };
  }
}
