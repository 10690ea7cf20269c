import type { BreakdownCounts, BreakdownKey, TalkRow } from '../store/port';
import { compareText } from './text';

// A technology's talks split by where they were given (CITY: their event's
// city), who gave them (ORGANIZATION: every organization a speaker is
// affiliated with, so one talk by two companies' people counts for both and the
// shares may add up past 1) or at which event (EVENT). A talk without a key
// (no event, no city, no affiliated speaker) is counted under null,
// so the counts always add up to what the analyst asked about.
// Order: most talks first, then the key (UTF-16); the null group always last.

export type BreakdownBy = BreakdownKey;

export interface BreakdownRow {
  /** the city's name, the organization's or event's id; null for talks without one */
  key: string | null;
  talks: number;
  /** talks / all the technology's talks, rounded to 6 decimals */
  share: number;
  /** the talks, by year (unknown last), then id */
  talkIds: string[];
}

/**
 * @param rows the talks about the technology (narrower ones included)
 * @param keysOf the keys of one talk (empty: none known)
 */
export function breakdown(rows: readonly TalkRow[], keysOf: (row: TalkRow) => readonly string[]): BreakdownRow[] {
  return breakdownFrom(breakdownCountsOf(rows, keysOf));
}

/** Shares and order over the store's groups (GraphStore.breakdownCounts). */
export function breakdownFrom(counts: BreakdownCounts): BreakdownRow[] {
  const total = counts.totalTalks;
  return counts.groups
    .map((g) => ({
      key: g.key,
      talks: g.talks,
      share: Math.round((g.talks / total) * 1e6) / 1e6,
      talkIds: g.talkIds,
    }))
    .sort(
      (a, b) =>
        (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
        b.talks - a.talks ||
        compareText(a.key ?? '', b.key ?? ''),
    );
}

/** What a store's breakdownCounts gives (every talk listed), computed from talk rows and their keys. */
export function breakdownCountsOf(
  rows: readonly TalkRow[],
  keysOf: (row: TalkRow) => readonly string[],
  talkCap = Number.POSITIVE_INFINITY,
): BreakdownCounts {
  const groups = new Map<string | null, TalkRow[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.talkId)) continue;
    seen.add(row.talkId);
    const keys = [...new Set(keysOf(row))];
    for (const key of keys.length > 0 ? keys : [null]) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return {
    totalTalks: seen.size,
    groups: [...groups].map(([key, talks]) => ({
      key,
      talks: talks.length,
      talkIds: talks
        .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareText(a.talkId, b.talkId))
        .slice(0, talkCap)
        .map((t) => t.talkId),
    })),
  };
}
