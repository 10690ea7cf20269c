import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { breakdown } from '../../analysis/breakdown';
import { clampFirst, LIMITS } from '../../analysis/limits';
import type { TalkRow } from '../../store/port';
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
    const match = topicOrError('name', name, await ctx.store.technologyRows());
    const rows = await ctx.store.talkRows(match.ids);
    const keysOf = await groupKeys(ctx, by, rows);
    const groups = breakdown(rows, keysOf);
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
      totalTalks: new Set(rows.map((r) => r.talkId)).size,
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

/** How a talk row maps to its groups: one store read for all the talks' events or speakers. */
async function groupKeys(
  ctx: GraphContext,
  by: BreakdownBy,
  rows: readonly TalkRow[],
): Promise<(row: TalkRow) => string[]> {
  switch (by) {
    case BreakdownBy.EVENT:
      return (row) => (row.eventId ? [row.eventId] : []);
    case BreakdownBy.CITY: {
      const cities = new Map((await ctx.store.eventRows()).map((e) => [e.id, e.city]));
      return (row) => {
        const city = row.eventId ? cities.get(row.eventId) : null;
        return city ? [city] : [];
      };
    }
    case BreakdownBy.ORGANIZATION: {
      const people = [...new Set(rows.flatMap((r) => r.speakerIds))].sort();
      const lists = await ctx.batchers.adjacent.loadMany(
        people.map((id) => ({ id, type: 'AFFILIATED_WITH' as const, direction: 'out' as const })),
      );
      const orgs = new Map<string, string[]>();
      lists.forEach((list, i) => {
        if (list instanceof Error) throw list;
        orgs.set(
          people[i],
          list.map((a) => a.otherId),
        );
      });
      return (row) => row.speakerIds.flatMap((p) => orgs.get(p) ?? []);
    }
  }
}
