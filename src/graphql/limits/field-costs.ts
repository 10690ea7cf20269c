import { LIMITS, type ListLimit } from '../../analysis/limits';
import { DEFAULT_NODES, MAX_DEPTH, MAX_NODES } from '../../analysis/neighborhood';
import { DEFAULT_MAX_HOPS, MAX_HOPS_CAP } from '../../analysis/path';
import { DEFAULT_PAGE, MAX_PAGE } from '../pagination';

// What one field costs before its sub-selection: `weight` is the work of
// resolving it once (analysis fields read and rank many rows), `size` how
// many items its sub-selection is resolved for. Sizes follow the caps the
// resolvers themselves apply, so the estimate is what the server would do.

export type Args = Record<string, unknown>;

export interface FieldCost {
  weight: (args: Args) => number;
  size: (args: Args) => number;
}

function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** `first` as the field's resolver reads it: the default when absent, cut to the cap. */
function sized(first: unknown, defaultSize: number, cap: number): number {
  const n = int(first);
  if (n === undefined) return defaultSize;
  return Math.max(0, Math.min(n, cap));
}

const analysisList = (weight: number, limit: ListLimit): FieldCost => ({
  weight: () => weight,
  size: (a) => sized(a.first, limit.defaultSize, limit.cap),
});

/** Root connections (`talks(first:)` …): one store page of `first` nodes. */
export const CONNECTION_COST: FieldCost = {
  weight: () => 1,
  size: (a) => sized(a.first, DEFAULT_PAGE, MAX_PAGE),
};

/** The analysis fields, by `Type.field`. */
export const FIELD_COSTS: Record<string, FieldCost> = {
  // a file read and parsed again: a query may ask for a few documents' text, not for every evidence's
  'Document.source': { weight: () => 2_000, size: () => 1 },
  'Query.speakersOn': analysisList(20, LIMITS.speakersOn),
  'Query.trendingTechnologies': analysisList(20, LIMITS.trendingTechnologies),
  'Query.relatedTechnologies': analysisList(20, LIMITS.relatedTechnologies),
  'Query.search': analysisList(10, LIMITS.search),
  'Query.technologyBreakdown': analysisList(20, LIMITS.technologyBreakdown),
  'Query.technologyTrend': {
    // one series (a scan of the technology's talks) per name
    weight: (a) => 10 * Math.min(Array.isArray(a.names) ? a.names.length : 1, LIMITS.trendNames.cap),
    size: (a) => Math.min(Array.isArray(a.names) ? a.names.length : 1, LIMITS.trendNames.cap),
  },
  'Query.neighborhood': {
    // one expansion per ring, each over up to `first` nodes
    weight: (a) => 5 * sized(a.depth, 1, MAX_DEPTH) * sized(a.first, DEFAULT_NODES, MAX_NODES),
    size: (a) => sized(a.first, DEFAULT_NODES, MAX_NODES),
  },
  'Query.path': {
    // a breadth-first search both ways, one expansion per hop
    weight: (a) => 50 * sized(a.maxHops, DEFAULT_MAX_HOPS, MAX_HOPS_CAP),
    size: (a) => sized(a.maxHops, DEFAULT_MAX_HOPS, MAX_HOPS_CAP) + 1,
  },
};

/**
 * Types whose list fields are the items a parent already counted (a
 * connection's `nodes`/`edges`, a subgraph's `nodes`/`edges`), so they are
 * not multiplied a second time.
 */
export function isContainerType(name: string): boolean {
  return name.endsWith('Connection') || name === 'Subgraph' || name === 'GraphPath';
}
