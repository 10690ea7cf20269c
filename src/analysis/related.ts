import type { Cooccurrence, TalkRow } from '../store/port';
import { compareText } from './text';

// Technologies that share talks with a topic more than chance would have it.
// Over the n talks that are about any technology, with a = talks on the topic,
// b = talks on the other technology and ab = talks on both:
//   npmi  = ln(p(ab) / (p(a) p(b))) / -ln(p(ab))        (1 when p(ab) = 1)
//   score = npmi * ab / (ab + 1)
// Normalized PMI is 0 for a technology that is everywhere (it co-occurs only
// as often as chance), so frequent ones are not favoured; the ab/(ab+1)
// factor makes one shared talk count for less than several, so a technology
// seen exactly once does not top the list on a single coincidence. Minimum
// support: 2 shared talks once the topic has 10 or more talks, else 1.
// The topic's own technologies (narrower ones included) are not listed.

export interface RelatedRow {
  technologyId: string;
  score: number;
  sharedTalks: number;
  /** the shared talks, by year then id */
  talkIds: string[];
}

export function minimumSupport(topicTalks: number): number {
  return topicTalks >= 10 ? 2 : 1;
}

export function relatedTechnologies(
  rows: readonly TalkRow[],
  topicIds: readonly string[],
  nameOf: (technologyId: string) => string = (id) => id,
): RelatedRow[] {
  return relatedFrom(cooccurrenceOf(rows, topicIds, nameOf));
}

/** The ranking over the store's co-occurrence counts (GraphStore.cooccurrence). */
export function relatedFrom(counts: Cooccurrence): RelatedRow[] {
  const names = new Map(counts.related.map((r) => [r.technologyId, r.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const { talks: n, topicTalks: a } = counts;
  const support = minimumSupport(a);
  const out: RelatedRow[] = [];
  for (const r of counts.related) {
    const ab = r.sharedTalks;
    if (ab < support) continue;
    const pab = ab / n;
    const pmi = Math.log(pab / ((a / n) * (r.talks / n)));
    const npmi = pab === 1 ? 1 : pmi / -Math.log(pab);
    out.push({
      technologyId: r.technologyId,
      score: Math.round(((npmi * ab) / (ab + 1)) * 1e6) / 1e6,
      sharedTalks: ab,
      talkIds: r.talkIds,
    });
  }
  return out.sort(
    (x, y) =>
      y.score - x.score ||
      y.sharedTalks - x.sharedTalks ||
      compareText(nameOf(x.technologyId), nameOf(y.technologyId)) ||
      compareText(x.technologyId, y.technologyId),
  );
}

/** What a store's cooccurrence gives (every shared talk listed), computed from talk rows. */
export function cooccurrenceOf(
  rows: readonly TalkRow[],
  topicIds: readonly string[],
  nameOf: (technologyId: string) => string = (id) => id,
  talkCap = Number.POSITIVE_INFINITY,
): Cooccurrence {
  const topic = new Set(topicIds);
  const seen = new Set<string>();
  const talksOf = new Map<string, number>();
  const shared = new Map<string, TalkRow[]>();
  let n = 0;
  let a = 0;
  for (const row of rows) {
    if (seen.has(row.talkId) || row.technologyIds.length === 0) continue;
    seen.add(row.talkId);
    n++;
    const techs = new Set(row.technologyIds);
    const onTopic = [...techs].some((t) => topic.has(t));
    if (onTopic) a++;
    for (const t of techs) {
      talksOf.set(t, (talksOf.get(t) ?? 0) + 1);
      if (onTopic && !topic.has(t)) shared.set(t, [...(shared.get(t) ?? []), row]);
    }
  }
  const related = [...shared]
    .map(([technologyId, talks]) => ({
      technologyId,
      name: nameOf(technologyId),
      talks: talksOf.get(technologyId)!,
      sharedTalks: talks.length,
      talkIds: talks
        .sort((x, y) => (x.year ?? 9999) - (y.year ?? 9999) || compareText(x.talkId, y.talkId))
        .slice(0, talkCap)
        .map((t) => t.talkId),
    }))
    .sort((x, y) => compareText(x.technologyId, y.technologyId));
  return { talks: n, topicTalks: a, related };
}
