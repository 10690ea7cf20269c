// Every list an analysis returns is capped server-side: a missing `first`
// takes the field's default, a larger one is cut to the cap (never an error,
// like the connections), a `first` below 1 is a clear error.

export interface ListLimit {
  defaultSize: number;
  cap: number;
}

export const LIMITS = {
  speakersOn: { defaultSize: 20, cap: 200 },
  trendingTechnologies: { defaultSize: 20, cap: 200 },
  relatedTechnologies: { defaultSize: 10, cap: 100 },
  search: { defaultSize: 10, cap: 100 },
  /** groups of a technologyBreakdown */
  technologyBreakdown: { defaultSize: 20, cap: 200 },
  /** talks listed inside one answer item (a speaker's talks, a movement's talks …) */
  talksPerItem: { defaultSize: 50, cap: 50 },
  /** names a technologyTrend may ask for at once */
  trendNames: { defaultSize: 20, cap: 20 },
} satisfies Record<string, ListLimit>;

export function clampFirst(first: number | null | undefined, limit: ListLimit, field = 'first'): number {
  if (first === null || first === undefined) return limit.defaultSize;
  if (!Number.isInteger(first) || first < 1) throw new RangeError(`${field} must be at least 1, got ${first}`);
  return Math.min(first, limit.cap);
}
