import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampFirst, LIMITS } from '../../analysis/limits';
import { rankSpeakers } from '../../analysis/speakers';
import { resolveTopic } from '../../analysis/topic';
import type { GraphContext } from '../context';
import { asPerson } from '../entities/types';
import { loadNodes, loadTalks, userInput } from './shared';
import { TopicSpeaker } from './types';

@Resolver()
export class SpeakersOnResolver {
  @Query(() => [TopicSpeaker], {
    description:
      'Who spoke about a topic (any language, alias or case; narrower technologies included), ' +
      'ranked by the share of their talks on it',
  })
  async speakersOn(
    @Arg('topic') topic: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<TopicSpeaker[]> {
    const size = userInput('first', () => clampFirst(first, LIMITS.speakersOn));
    const match = resolveTopic(topic, await ctx.store.technologyRows());
    if (match.ids.length === 0) return [];
    const rows = await ctx.store.talkRows(match.ids);
    const speakerIds = [...new Set(rows.flatMap((r) => r.speakerIds))].sort();
    const gave = await ctx.batchers.adjacent.loadMany(speakerIds.map((id) => ({ id, type: 'GAVE', direction: 'out' })));
    const totals = new Map<string, number>();
    gave.forEach((list, i) => {
      if (list instanceof Error) throw list;
      totals.set(speakerIds[i], list.length);
    });
    const people = new Map((await loadNodes(ctx, speakerIds)).map((n) => [n.id, n]));
    const ranked = rankSpeakers(rows, match.ids, totals, (id) => people.get(id)?.name ?? id);
    // all talk lists in one tick, so the batcher reads them in one store call
    return Promise.all(
      ranked
        .filter((r) => people.has(r.personId))
        .slice(0, size)
        .map(async (r) => ({
          person: asPerson(people.get(r.personId)!),
          talks: await loadTalks(ctx, r.talkIds, LIMITS.talksPerItem.cap),
          score: r.score,
          topicTalks: r.topicTalks,
          totalTalks: r.totalTalks,
        })),
    );
  }
}
