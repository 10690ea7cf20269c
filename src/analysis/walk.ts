import { type GraphRel, REL_TYPES, type RelType } from '../model/graph';
import { compareText } from './text';

// Graph walks (path, neighborhood) see the graph only through an Expand
// function: one call per hop for a whole frontier, which the GraphQL layer
// builds from the store port's batched `adjacent`. The walks themselves stay
// pure and order everything they receive, so the two stores (whose adjacency
// lists may come back in different orders) give the same answer.

/** One relationship seen from the node being expanded: `otherId` is the node it leads to. */
export interface Step {
  rel: GraphRel;
  otherId: string;
}

/** For each id (same order, same length), every relationship of the given types touching it, either direction. */
export type Expand = (ids: readonly string[], types: readonly RelType[]) => Promise<Step[][]>;

/** Relationship types a path walks first: MENTIONS would make any two entities of one document two hops apart. */
export const PATH_REL_TYPES: readonly RelType[] = REL_TYPES.filter((t) => t !== 'MENTIONS');

const TYPE_ORDER = new Map<RelType, number>(REL_TYPES.map((t, i) => [t, i]));

/** Steps in a fixed order: relationship type (REL_TYPES order), then the other node's id, then the relationship id. */
export function orderSteps(steps: readonly Step[]): Step[] {
  return [...steps].sort(
    (a, b) =>
      TYPE_ORDER.get(a.rel.type)! - TYPE_ORDER.get(b.rel.type)! ||
      compareText(a.otherId, b.otherId) ||
      compareText(a.rel.id, b.rel.id),
  );
}
