import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampFirst, LIMITS } from '../../analysis/limits';
import { movementsGoing, movementsOf, periods } from '../../analysis/trending';
import type { GraphContext } from '../context';
import { asTechnology } from '../entities/types';
import { loadNodes, loadTalks, userInput } from './shared';
import { TechnologyMovement } from './types';

@Resolver()
export class TrendingTechnologiesResolver {
  @Query(() => [TechnologyMovement], {
    description:
      'Technologies ranked by growth from the earlier half [from, mid] to the later half [mid+1, to] ' +
      'of the range, mid = floor((from+to)/2), counting talks tagged with each directly; ' +
      'risers first, faders last',
  })
  async trendingTechnologies(
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('direction', () => String, {
      nullable: true,
      description: 'only RISING, FADING (steepest fall first), NEW or STEADY movements',
    })
    direction: string | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<TechnologyMovement[]> {
    const size = userInput('first', () => clampFirst(first, LIMITS.trendingTechnologies));
    userInput('to', () => periods(from, to));
    // the store counts each technology's talks per year (one Cypher statement on Neo4j, an index on the
    // embedded store); the growth and the ranking are ours
    const years = await ctx.store.technologyYears(from, to, LIMITS.talksPerItem.cap);
    const all = userInput('to', () => movementsOf(years, from, to));
    const movements = direction ? userInput('direction', () => movementsGoing(all, direction)) : all;
    const top = movements.slice(0, size);
    const techs = new Map(
      (
        await loadNodes(
          ctx,
          top.map((m) => m.technologyId),
        )
      ).map((n) => [n.id, n]),
    );
    // every talk list in one tick, so the batcher reads them in one store call
    return Promise.all(
      top
        .filter((m) => techs.has(m.technologyId))
        .map(async (m) => ({
          ...m,
          technology: asTechnology(techs.get(m.technologyId)!),
          talks: await loadTalks(ctx, m.talkIds, LIMITS.talksPerItem.cap),
        })),
    );
  }
}
