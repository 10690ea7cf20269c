import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { breakdownFrom } from '../../analysis/breakdown';
import { clampFirst, LIMITS } from '../../analysis/limits';
import type { GraphContext } from '../context';
import { asTechnology } from '../entities/types';
import { loadNodes, loadTalks, userInput } from './shared';
import { BreakdownBy, TechnologyBreakdown } from './types';
import { topicOrError } from './unknown-name';

@Resolver()
export class TechnologyBreakdownResolver {
  @Query(() => TechnologyBreakdown, {
    description:
      "A technology's talks (narrower ones included) by city, organization or event: where, by whom and at which " +
      'event it was discussed. A name the graph does not know is BAD_USER_INPUT with close matches.',
  })
  async technologyBreakdown(
    @Arg('name') name: string,
    @Arg('by', () => BreakdownBy) by: BreakdownBy,
    @Arg('first', () => Int, { nullable: true, description: 'groups to list (default 20, at most 200)' })
    first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<TechnologyBreakdown> {
    const size = userInput('first', () => clampFirst(first, LIMITS.technologyBreakdown));
    const match = await topicOrError('name', name, ctx.store);
    // the store groups the talks (one Cypher statement on Neo4j, an index on the embedded store); shares and order are ours
    const counts = await ctx.store.breakdownCounts(match.ids, by, LIMITS.talksPerItem.cap);
    const groups = breakdownFrom(counts);
    const top = groups.slice(0, size);
    const [technology] = await loadNodes(ctx, [match.matched[0].id]);
    const named = new Map(
      (by === BreakdownBy.CITY
        ? []
        : await loadNodes(
            ctx,
            top.flatMap((g) => (g.key ? [g.key] : [])),
          )
      ).map((n) => [n.id, n.name]),
    );
    return {
      technology: asTechnology(technology),
      by,
      totalTalks: counts.totalTalks,
      // every group's talks in one tick, so the batcher reads them in one store call
      entries: await Promise.all(
        top.map(async (g) => ({
          key: g.key === null ? null : by === BreakdownBy.CITY ? g.key : (named.get(g.key) ?? g.key),
          id: by === BreakdownBy.CITY ? null : g.key,
          talks: g.talks,
          share: g.share,
          talkList: await loadTalks(ctx, g.talkIds, LIMITS.talksPerItem.cap),
        })),
      ),
    };
  }
}
