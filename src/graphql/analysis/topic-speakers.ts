import { type TopicMatch, topicKeySteps } from '../../analysis/topic';
import type { GraphStore, TopicSpeaker } from '../../store/port';
import { topicMatcher, topicOrError } from './unknown-name';

// speakersOn's topic and its speakers: one store call where the store answers
// both at once (topicSpeakersByKey: one Cypher statement on Neo4j), else the
// topic lookup and then its speakers. The topic is always resolved here, from
// the hits (src/analysis/topic.ts); the store's speakers are used only when
// they are of the same technologies.

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The topic's technologies and who spoke about them, or the unknown-name error for `field`. */
export async function topicSpeakersOrError(
  field: string,
  text: string,
  store: GraphStore,
): Promise<{ match: TopicMatch; speakers: TopicSpeaker[] }> {
  const steps = topicKeySteps(text);
  if (!store.topicSpeakersByKey || steps.length === 0) {
    const match = await topicOrError(field, text, store);
    return { match, speakers: await store.topicSpeakers(match.ids) };
  }
  const read = await store.topicSpeakersByKey(steps.map((s) => s.keys));
  const match = await topicMatcher(field, store)(text, steps, read.hits);
  // a typo matched through every technology, not the store's keys: its speakers are still to read
  const speakers = sameIds(match.ids, read.ids) ? read.speakers : await store.topicSpeakers(match.ids);
  return { match, speakers };
}
