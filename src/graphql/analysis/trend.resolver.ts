import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LIMITS } from '../../analysis/limits';
import { seriesPoints, yearRangeOf } from '../../analysis/trend';
import type { GraphContext } from '../context';
import { asTechnology } from '../entities/types';
import { userInputError } from '../errors';
import { loadNodes, loadTalks, userInput } from './shared';
import { TrendNormalize, TrendSeries } from './types';
import { topicsOrError } from './unknown-name';

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
    const wanted: { name: string; id: string; ids: string[] }[] = [];
    for (const [i, match] of (await topicsOrError('names', names, ctx.store)).entries()) {
      const primary = match.matched[0];
      if (!wanted.some((w) => w.id === primary.id)) wanted.push({ name: names[i], id: primary.id, ids: match.ids });
    }
    // the store counts (one Cypher statement on Neo4j, an index on the embedded store); zero-filling and shares are ours
    const counts = await ctx.store.trendCounts(wanted.map((w) => w.ids));
    const range = userInput('from', () => yearRangeOf(counts.yearTalks, from, to));
    if (!range) return [];
    const totals = new Map(counts.yearTalks.map((y) => [y.year, y.talks]));
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
        .map((w, i) => ({ ...w, years: counts.series[i] }))
        .filter((w) => nodes.has(w.id))
        .map(async (w) => ({
          technology: asTechnology(nodes.get(w.id)!),
          query: w.name,
          points: await Promise.all(
            seriesPoints(w.years, range, totals).map(async (p) => ({
              ...p,
              value: normalize === TrendNormalize.SHARE ? p.share : p.talks,
              talkList: await loadTalks(ctx, p.talkIds, LIMITS.talksPerItem.cap),
            })),
          ),
        })),
    );
  }
}
