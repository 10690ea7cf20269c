import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { clampNeighborhood, neighborhood } from '../../analysis/neighborhood';
import type { GraphContext } from '../context';
import { expandVia, loadNodes, notFound, toEdgeView, toNodeView, userInput } from './shared';
import { Subgraph } from './types';

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description:
      'The nodes and relationships around a node, ring by ring (depth default 1, at most 3), ' +
      'at most `first` nodes including it (default 50, at most 500)',
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true }) depth: number | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<Subgraph> {
    const limits = {
      depth: userInput('depth', () => clampNeighborhood(depth, 1).depth),
      first: userInput('first', () => clampNeighborhood(1, first).first),
    };
    if ((await loadNodes(ctx, [id])).length === 0) throw notFound(`neighborhood: no node has id ${JSON.stringify(id)}`);
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
