import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LIMITS } from '../../analysis/limits';
import { yearlySeries, yearlyTalks, yearRange } from '../../analysis/trend';
import type { GraphContext } from '../context';
import { asTechnology } from '../entities/types';
import { userInputError } from '../errors';
import { loadNodes, loadTalks, userInput } from './shared';
import { TrendNormalize, TrendSeries } from './types';
import { topicOrError } from './unknown-name';

@Resolver()
export class TechnologyTrendResolver {
  @Query(() => [TrendSeries], {
    description:
      'Talks, events and people per year for each named technology (narrower ones included), ' +
      "zero-filled across [from, to] (default: first to last year of all talks), with each year's share of " +
      'all talks next to the counts; `normalize: SHARE` makes `value` the share. A name that matches no ' +
      'technology is BAD_USER_INPUT with close matches; names of one technology give one series.',
  })
  async technologyTrend(
    @Arg('names', () => [String]) names: string[],
    @Arg('from', () => Int, { nullable: true }) from: number | undefined,
    @Arg('to', () => Int, { nullable: true }) to: number | undefined,
    @Arg('normalize', () => TrendNormalize, { nullable: true, defaultValue: TrendNormalize.COUNT })
    normalize: TrendNormalize,
    @Ctx() ctx: GraphContext,
  ): Promise<TrendSeries[]> {
    if (names.length > LIMITS.trendNames.cap)
      throw userInputError(`names: at most ${LIMITS.trendNames.cap} technologies per trend`, 'names');
    const technologies = await ctx.store.technologyRows();
    const wanted: { name: string; id: string; ids: string[] }[] = [];
    for (const name of names) {
      const match = topicOrError('names', name, technologies);
      const primary = match.matched[0];
      if (!wanted.some((w) => w.id === primary.id)) wanted.push({ name, id: primary.id, ids: match.ids });
    }
    const rows = await ctx.store.talkRows();
    const range = userInput('from', () => yearRange(rows, from, to));
    if (!range) return [];
    const totals = yearlyTalks(rows);
    const nodes = new Map(
      (
        await loadNodes(
          ctx,
          wanted.map((w) => w.id),
        )
      ).map((n) => [n.id, n]),
    );
    // every point's talks in one tick, so the batcher reads them in one store call
    return Promise.all(
      wanted
        .filter((w) => nodes.has(w.id))
        .map(async (w) => ({
          technology: asTechnology(nodes.get(w.id)!),
          query: w.name,
          points: await Promise.all(
            yearlySeries(rows, w.ids, range, totals).map(async (p) => ({
              ...p,
              value: normalize === TrendNormalize.SHARE ? p.share : p.talks,
              talkList: await loadTalks(ctx, p.talkIds, LIMITS.talksPerItem.cap),
            })),
          ),
        })),
    );
  }
}
