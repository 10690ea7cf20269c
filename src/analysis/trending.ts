import type { TalkRow, TechnologyYears } from '../store/port';
import { compareText } from './text';
import { MAX_TREND_YEARS } from './trend';

// What rose and what faded between two periods of [from, to]:
//   mid = floor((from + to) / 2); earlier = [from, mid], later = [mid + 1, to].
// Each technology is counted by the talks tagged with it DIRECTLY (unlike
// technologyTrend): an umbrella such as 容器 would otherwise rise whenever any
// of its children did and push the children themselves off the list.
// growth = log2((later/laterYears + 1) / (earlier/earlierYears + 1)): talks per
// year, smoothed by one so 0 -> 1 is finite (+1 for one-year periods) and a
// single talk in a long period weighs little. Direction:
//   NEW     nothing before mid + 1, ever (firstSeenYear > mid), talks later;
//   STEADY  no change: the same talks per year in both halves (compared as
//           whole numbers, later x earlierYears = earlier x laterYears, so no
//           rounding decides; with halves of equal length, the same count);
//   RISING  more talks per year later;  FADING  fewer.
// (A band of +-0.2 once called +-1 talk "steady"; an analyst reads steady as
// "did not change", so any change now has a direction.)
// Order: growth descending (risers first, faders last), then change, later
// talks, name, id.

export type Movement = 'RISING' | 'FADING' | 'NEW' | 'STEADY';

export interface Periods {
  earlier: [number, number];
  later: [number, number];
}

export interface MovementRow {
  technologyId: string;
  /** first year any talk was about it, in the whole graph */
  firstSeenYear: number | null;
  earlierTalks: number;
  laterTalks: number;
  change: number;
  growth: number;
  direction: Movement;
  /** its talks inside [from, to], by year then id */
  talkIds: string[];
}

/** Splits [from, to] in two; throws a RangeError naming the arguments when that is impossible. */
export function periods(from: number, to: number): Periods {
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new RangeError('from/to: years must be whole numbers');
  if (to <= from) throw new RangeError(`trendingTechnologies needs at least two years: from (${from}) < to (${to})`);
  if (to - from + 1 > MAX_TREND_YEARS)
    throw new RangeError(`from..to spans ${to - from + 1} years; at most ${MAX_TREND_YEARS} are served`);
  const mid = Math.floor((from + to) / 2);
  return { earlier: [from, mid], later: [mid + 1, to] };
}

export function technologyMovements(
  rows: readonly TalkRow[],
  from: number,
  to: number,
  nameOf: (technologyId: string) => string = (id) => id,
): MovementRow[] {
  periods(from, to);
  return movementsOf(technologyYearsOf(rows, from, to, nameOf), from, to);
}

/** The movements from the store's per-technology years (technologyYears over [from, to]). */
export function movementsOf(technologies: readonly TechnologyYears[], from: number, to: number): MovementRow[] {
  const names = new Map(technologies.map((t) => [t.technologyId, t.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const { earlier, later } = periods(from, to);
  const earlierYears = earlier[1] - earlier[0] + 1;
  const laterYears = later[1] - later[0] + 1;
  const out: MovementRow[] = [];
  for (const t of technologies) {
    let before = 0;
    let after = 0;
    for (const y of t.years) {
      if (y.year < from || y.year > to) continue;
      if (y.year <= earlier[1]) before += y.talks;
      else after += y.talks;
    }
    if (before + after === 0) continue;
    const growth = Math.log2((after / laterYears + 1) / (before / earlierYears + 1));
    const scaledLater = after * earlierYears;
    const scaledEarlier = before * laterYears;
    const direction: Movement =
      before === 0 && after > 0 && t.firstYear > earlier[1]
        ? 'NEW'
        : scaledLater > scaledEarlier
          ? 'RISING'
          : scaledLater < scaledEarlier
            ? 'FADING'
            : 'STEADY';
    out.push({
      technologyId: t.technologyId,
      firstSeenYear: t.firstYear,
      earlierTalks: before,
      laterTalks: after,
      change: after - before,
      growth: Math.round(growth * 1e6) / 1e6,
      direction,
      talkIds: t.talkIds,
    });
  }
  return out.sort(
    (a, b) =>
      b.growth - a.growth ||
      b.change - a.change ||
      b.laterTalks - a.laterTalks ||
      compareText(nameOf(a.technologyId), nameOf(b.technologyId)) ||
      compareText(a.technologyId, b.technologyId),
  );
}

/** What a store's technologyYears gives (every talk listed), computed from talk rows. */
export function technologyYearsOf(
  rows: readonly TalkRow[],
  from: number,
  to: number,
  nameOf: (technologyId: string) => string = (id) => id,
  talkCap = Number.POSITIVE_INFINITY,
): TechnologyYears[] {
  const firstSeen = new Map<string, number>();
  const inRange = new Map<string, TalkRow[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.talkId) || row.year === null) continue;
    seen.add(row.talkId);
    for (const tech of new Set(row.technologyIds)) {
      if (row.year < (firstSeen.get(tech) ?? Number.POSITIVE_INFINITY)) firstSeen.set(tech, row.year);
      if (row.year < from || row.year > to) continue;
      inRange.set(tech, [...(inRange.get(tech) ?? []), row]);
    }
  }
  return [...inRange]
    .map(([technologyId, talks]) => {
      talks.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || compareText(a.talkId, b.talkId));
      const years: { year: number; talks: number }[] = [];
      for (const t of talks) {
        const last = years.at(-1);
        if (last?.year === t.year) last.talks++;
        else years.push({ year: t.year!, talks: 1 });
      }
      return {
        technologyId,
        name: nameOf(technologyId),
        firstYear: firstSeen.get(technologyId)!,
        years,
        talkIds: talks.slice(0, talkCap).map((t) => t.talkId),
      };
    })
    .sort((a, b) => compareText(a.technologyId, b.technologyId));
}

/**
 * Only the movements going one way; FADING ones steepest fall first, so an
 * analyst asking what faded sees it however many technologies rose.
 */
export function movementsGoing(rows: MovementRow[], direction: string): MovementRow[] {
  const wanted = direction.toUpperCase();
  if (!['RISING', 'FADING', 'NEW', 'STEADY'].includes(wanted))
    throw new RangeError(`direction must be RISING, FADING, NEW or STEADY, not ${JSON.stringify(direction)}`);
  const picked = rows.filter((r) => r.direction === wanted);
  return wanted === 'FADING' ? picked.reverse() : picked;
}
