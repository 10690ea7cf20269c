import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampHops, connect } from '../../analysis/path';
import { kindOfId } from '../../model/ids';
import type { GraphContext } from '../context';
import { entityOrError, expandVia, loadNodes, toEdgeView, toNodeView, userInput } from './shared';
import { GraphPath } from './types';

@Resolver()
export class PathResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description:
      'The shortest connection between two entities named in any language (or given by id), ' +
      'over every relationship in either direction; "mentioned in the same document" only when ' +
      'nothing else connects them. maxHops default 4, at most 6. Null when none within maxHops.',
  })
  async path(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('maxHops', () => Int, { nullable: true }) maxHops: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphPath | null> {
    const hops = userInput('maxHops', () => clampHops(maxHops));
    const fromId = await entityOrError(ctx, from, 'from');
    const toId = await entityOrError(ctx, to, 'to');
    const found = await connect(fromId, toId, expandVia(ctx), hops);
    if (!found) return null;
    const nodes = new Map((await loadNodes(ctx, found.nodeIds)).map((n) => [n.id, n]));
    return {
      length: found.rels.length,
      nodes: found.nodeIds.map((id) =>
        toNodeView(nodes.get(id) ?? { id, kind: kindOfId(id) ?? 'Document', name: id, aliases: [] }),
      ),
      edges: found.rels.map(toEdgeView),
    };
  }
}
