import type { TalkRow, TopicSpeaker } from '../store/port';
import { compareText } from './text';

// Who spoke about a topic, in one of two orders:
//   SHARE (the default): share = talks on the topic / all talks they gave (in
//     the whole graph), so a specialist with 2 of 2 talks on containers ranks
//     above a generalist with 2 of 6; ties: more talks on the topic, name, id.
//   TALKS: most talks on the topic first ("who spoke most about Kubernetes"),
//     so one-talk speakers no longer top the list; ties: name, then id.
// Both counts are in every row, so an analyst sees why a person ranks where.

export type SpeakerSort = 'TALKS' | 'SHARE';

export interface TopicSpeakerRow {
  personId: string;
  /** the person's talks on the topic, by year (unknown last), then id */
  talkIds: string[];
  topicTalks: number;
  totalTalks: number;
  score: number;
}

/**
 * @param rows talk rows (any; only those about one of `topicIds` count)
 * @param topicIds the topic's technology ids, narrower ones included
 * @param totalTalks how many talks each speaker gave in all; missing -> their topic talk count
 * @param nameOf display name for the tie-break; defaults to the id
 */
export function rankSpeakers(
  rows: readonly TalkRow[],
  topicIds: readonly string[],
  totalTalks: ReadonlyMap<string, number>,
  nameOf: (personId: string) => string = (id) => id,
  sort: SpeakerSort = 'SHARE',
): TopicSpeakerRow[] {
  const topic = new Set(topicIds);
  const byPerson = new Map<string, TalkRow[]>();
  const seenTalk = new Set<string>();
  for (const row of rows) {
    if (seenTalk.has(row.talkId) || !row.technologyIds.some((t) => topic.has(t))) continue;
    seenTalk.add(row.talkId);
    for (const person of new Set(row.speakerIds)) byPerson.set(person, [...(byPerson.get(person) ?? []), row]);
  }
  const speakers = [...byPerson].map(([personId, talks]) => ({
    personId,
    talks: talks.map((t) => ({ talkId: t.talkId, year: t.year })),
    totalTalks: totalTalks.get(personId) ?? talks.length,
  }));
  return rankTopicSpeakers(speakers, nameOf, sort);
}

/**
 * The same ranking over what the store answers for a topic
 * (GraphStore.topicSpeakers): each speaker's talks on it and their talk count.
 */
export function rankTopicSpeakers(
  speakers: readonly TopicSpeaker[],
  nameOf: (personId: string) => string = (id) => id,
  sort: SpeakerSort = 'SHARE',
): TopicSpeakerRow[] {
  const out: TopicSpeakerRow[] = [];
  for (const { personId, talks: given, totalTalks } of speakers) {
    const talks = [...given];
    const topicTalks = talks.length;
    const total = Math.max(totalTalks, topicTalks);
    talks.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareText(a.talkId, b.talkId));
    out.push({
      personId,
      talkIds: talks.map((t) => t.talkId),
      topicTalks,
      totalTalks: total,
      score: topicTalks / total,
    });
  }
  const byName = (a: TopicSpeakerRow, b: TopicSpeakerRow) =>
    compareText(nameOf(a.personId), nameOf(b.personId)) || compareText(a.personId, b.personId);
  return out.sort((a, b) =>
    sort === 'TALKS'
      ? b.topicTalks - a.topicTalks || byName(a, b)
      : b.score - a.score || b.topicTalks - a.topicTalks || byName(a, b),
  );
}

/**
 * The rows whose names can decide the first `size` places: names only break
 * ties, so that is the first `size` rows by the counts alone plus every row
 * tied with the last of them. A topic with thousands of speakers then needs
 * a few dozen names, not thousands of nodes read per request.
 * @param ranked rows in rankTopicSpeakers order (any name function)
 */
export function rowsNamesCanReorder(
  ranked: readonly TopicSpeakerRow[],
  size: number,
  sort: SpeakerSort = 'SHARE',
): TopicSpeakerRow[] {
  if (size <= 0) return [];
  if (ranked.length <= size) return [...ranked];
  const last = ranked[size - 1];
  const tied = (r: TopicSpeakerRow) =>
    sort === 'TALKS' ? r.topicTalks === last.topicTalks : r.score === last.score && r.topicTalks === last.topicTalks;
  let end = size;
  while (end < ranked.length && tied(ranked[end])) end++;
  return ranked.slice(0, end);
}
