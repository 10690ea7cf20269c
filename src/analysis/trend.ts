import type { TalkRow, TrendYear, YearTalks } from '../store/port';

// Yearly series for one technology. Decisions (documented in README.md):
//  - a talk counts for a technology when it is about it or about any narrower
//    one (the caller passes the closure), the same meaning as speakersOn and
//    the list filters, so "容器" includes the Docker talks;
//  - a talk's year is TalkRow.year (its event's year, else its document's);
//    talks without a year are left out;
//  - the default range is the first to the last year of ALL talks, so several
//    series line up and a technology's absence shows as zeros; every year in
//    the range has a point (zero-filled).

/** The longest range a trend may span, so a typo like to: 20016 does not build 18 000 points. */
export const MAX_TREND_YEARS = 200;

export interface YearRange {
  from: number;
  to: number;
}

export interface TrendPointRow {
  year: number;
  talks: number;
  events: number;
  people: number;
  talkIds: string[];
  /** all talks of that year */
  yearTalks: number;
  /** talks / yearTalks, rounded to 6 decimals; null when the year has no talks */
  share: number | null;
}

/**
 * The range [from, to], missing ends taken from the data (every row's year).
 * Null when neither the arguments nor the data give a year. Throws a RangeError
 * naming the argument when the range is reversed or too long.
 */
export function yearRange(rows: readonly TalkRow[], from?: number | null, to?: number | null): YearRange | null {
  return yearRangeOf(talksPerYear(rows), from, to);
}

/** yearRange over the store's talks per year (TrendCounts.yearTalks). */
export function yearRangeOf(years: readonly YearTalks[], from?: number | null, to?: number | null): YearRange | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { year } of years) {
    if (year < min) min = year;
    if (year > max) max = year;
  }
  const lo = from ?? (Number.isFinite(min) ? min : (to ?? null));
  const hi = to ?? (Number.isFinite(max) ? Math.max(max, lo ?? max) : lo);
  if (lo === null || hi === null) return null;
  if (!Number.isInteger(lo) || !Number.isInteger(hi)) throw new RangeError('from/to: years must be whole numbers');
  if (lo > hi) throw new RangeError(`from (${lo}) is after to (${hi})`);
  if (hi - lo + 1 > MAX_TREND_YEARS)
    throw new RangeError(`from..to spans ${hi - lo + 1} years; at most ${MAX_TREND_YEARS} are served`);
  return { from: lo, to: hi };
}

/** One point per year of `range`: distinct talks about any of `technologyIds`, their events and speakers. */
export function yearlySeries(
  rows: readonly TalkRow[],
  technologyIds: readonly string[],
  range: YearRange,
  totals: ReadonlyMap<number, number> = yearlyTalks(rows),
): TrendPointRow[] {
  return seriesPoints(trendYearsOf(rows, technologyIds), range, totals);
}

/**
 * The series' points over `range`, zero-filled, from the years its talks have
 * (TrendCounts.series) and all talks per year (the share's denominator).
 */
export function seriesPoints(
  years: readonly TrendYear[],
  range: YearRange,
  totals: ReadonlyMap<number, number>,
): TrendPointRow[] {
  const byYear = new Map(years.map((y) => [y.year, y]));
  const out: TrendPointRow[] = [];
  for (let year = range.from; year <= range.to; year++) {
    const y = byYear.get(year);
    const talks = y?.talks ?? 0;
    const yearTalks = totals.get(year) ?? 0;
    out.push({
      year,
      talks,
      events: y?.events ?? 0,
      people: y?.people ?? 0,
      talkIds: y?.talkIds ?? [],
      yearTalks,
      share: yearTalks === 0 ? null : Math.round((talks / yearTalks) * 1e6) / 1e6,
    });
  }
  return out;
}

/** What a store's trendCounts gives for one group, computed from talk rows. */
export function trendYearsOf(rows: readonly TalkRow[], technologyIds: readonly string[]): TrendYear[] {
  const wanted = new Set(technologyIds);
  const years = new Map<number, { talks: Set<string>; events: Set<string>; people: Set<string> }>();
  for (const row of rows) {
    if (row.year === null || !row.technologyIds.some((t) => wanted.has(t))) continue;
    let bucket = years.get(row.year);
    if (!bucket) {
      bucket = { talks: new Set(), events: new Set(), people: new Set() };
      years.set(row.year, bucket);
    }
    bucket.talks.add(row.talkId);
    if (row.eventId) bucket.events.add(row.eventId);
    for (const p of row.speakerIds) bucket.people.add(p);
  }
  return [...years]
    .map(([year, b]) => ({
      year,
      talks: b.talks.size,
      events: b.events.size,
      people: b.people.size,
      talkIds: [...b.talks].sort(),
    }))
    .sort((a, b) => a.year - b.year);
}

/** Distinct talks per year over all rows (the share's denominator); rows without a year left out. */
export function yearlyTalks(rows: readonly TalkRow[]): Map<number, number> {
  return new Map(talksPerYear(rows).map((y) => [y.year, y.talks]));
}

/** Distinct talks per year, by year: what a store's trendCounts gives as yearTalks. */
export function talksPerYear(rows: readonly TalkRow[]): YearTalks[] {
  const talks = new Map<number, Set<string>>();
  for (const row of rows) {
    if (row.year === null) continue;
    const set = talks.get(row.year) ?? new Set<string>();
    set.add(row.talkId);
    talks.set(row.year, set);
  }
  return [...talks].map(([year, set]) => ({ year, talks: set.size })).sort((a, b) => a.year - b.year);
}
