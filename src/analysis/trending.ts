import type { TalkRow } from '../store/port';
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
  const { earlier, later } = periods(from, to);
  const firstSeen = new Map<string, number>();
  const inRange = new Map<string, { earlier: number; later: number; talks: TalkRow[] }>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.talkId)) continue;
    seen.add(row.talkId);
    for (const tech of new Set(row.technologyIds)) {
      if (row.year === null) continue;
      if (row.year < (firstSeen.get(tech) ?? Number.POSITIVE_INFINITY)) firstSeen.set(tech, row.year);
      if (row.year < from || row.year > to) continue;
      const c = inRange.get(tech) ?? { earlier: 0, later: 0, talks: [] };
      if (row.year <= earlier[1]) c.earlier++;
      else c.later++;
      c.talks.push(row);
      inRange.set(tech, c);
    }
  }
  const earlierYears = earlier[1] - earlier[0] + 1;
  const laterYears = later[1] - later[0] + 1;
  const out: MovementRow[] = [];
  for (const [technologyId, c] of inRange) {
    const growth = Math.log2((c.later / laterYears + 1) / (c.earlier / earlierYears + 1));
    const first = firstSeen.get(technologyId) ?? null;
    const later = c.later * earlierYears;
    const before = c.earlier * laterYears;
    const direction: Movement =
      c.earlier === 0 && c.later > 0 && first !== null && first > earlier[1]
        ? 'NEW'
        : later > before
          ? 'RISING'
          : later < before
            ? 'FADING'
            : 'STEADY';
    c.talks.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || compareText(a.talkId, b.talkId));
    out.push({
      technologyId,
      firstSeenYear: first,
      earlierTalks: c.earlier,
      laterTalks: c.later,
      change: c.later - c.earlier,
      growth: Math.round(growth * 1e6) / 1e6,
      direction,
      talkIds: c.talks.map((t) => t.talkId),
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
