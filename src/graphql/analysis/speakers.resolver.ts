import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { clampFirst, LIMITS } from '../../analysis/limits';
import { rankTopicSpeakers, rowsNamesCanReorder } from '../../analysis/speakers';
import type { GraphNode } from '../../model/graph';
import type { GraphContext } from '../context';
import { asPerson } from '../entities/types';
import { loadNodes, loadTalks, userInput } from './shared';
import { topicSpeakersOrError } from './topic-speakers';
import { SpeakerSort, TopicSpeaker } from './types';

@Resolver()
export class SpeakersOnResolver {
  @Query(() => [TopicSpeaker], {
    description:
      'Who spoke about a topic (any language, alias or case; narrower technologies included): ' +
      'by default ranked by the share of their talks on it (SHARE), or by how many talks they gave on it (TALKS). ' +
      'A topic the graph does not know is BAD_USER_INPUT with close matches.',
  })
  async speakersOn(
    @Arg('topic') topic: string,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('sort', () => SpeakerSort, { nullable: true, defaultValue: SpeakerSort.SHARE }) sort: SpeakerSort,
    @Ctx() ctx: GraphContext,
  ): Promise<TopicSpeaker[]> {
    const size = userInput('first', () => clampFirst(first, LIMITS.speakersOn));
    // the store answers what the topic names and who spoke on it (one Cypher
    // statement on Neo4j, indexes on the embedded store); only the ranking is ours
    const { speakers } = await topicSpeakersOrError('topic', topic, ctx.store);
    // names only break ties: read the nodes of the rows that can reach the
    // first `size` places (more when some are missing from the store)
    const byCounts = rankTopicSpeakers(speakers, (id) => id, sort);
    const people = new Map<string, GraphNode>();
    let want = size;
    let asked = 0;
    for (;;) {
      const rows = rowsNamesCanReorder(byCounts, want, sort);
      const fresh = rows.slice(asked);
      // the talks of the rows most likely shown come in the same read (the batcher then has them), so a
      // request reads topic and speakers, then nodes: two statements on Neo4j (its query depth)
      const likelyTalks = fresh.slice(0, size).flatMap((r) => r.talkIds.slice(0, LIMITS.talksPerItem.cap));
      for (const n of await loadNodes(ctx, [...fresh.map((r) => r.personId), ...likelyTalks]))
        if (n.kind === 'Person') people.set(n.id, n);
      asked = rows.length;
      if (people.size >= size || asked >= byCounts.length) break;
      want = asked + (size - people.size);
    }
    const ranked = rankTopicSpeakers(
      speakers.filter((s) => people.has(s.personId)),
      (id) => people.get(id)?.name ?? id,
      sort,
    );
    // all talk lists in one tick, so the batcher reads them in one store call
    return Promise.all(
      ranked
        .filter((r) => people.has(r.personId))
        .slice(0, size)
        .map(async (r) => ({
          person: asPerson(people.get(r.personId)!),
          talks: await loadTalks(ctx, r.talkIds, LIMITS.talksPerItem.cap),
          score: r.score,
          share: Math.round(r.score * 1e6) / 1e6,
          topicTalks: r.topicTalks,
          totalTalks: r.totalTalks,
        })),
    );
  }
}
