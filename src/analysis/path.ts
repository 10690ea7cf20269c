import type { GraphRel, RelType } from '../model/graph';
import { REL_TYPES } from '../model/graph';
import { compareText } from './text';
import { type Expand, orderSteps, PATH_REL_TYPES } from './walk';

// Shortest connection between two nodes: a breadth-first search from both
// ends, one Expand call (one batch of store calls) per hop, always growing the
// smaller frontier. Deterministic: frontiers are expanded in id order, steps in
// orderSteps order, the first discovery of a node fixes its parent, and among
// the meeting points of the round that first connects the two searches the
// shortest path wins, then the one whose node ids compare lowest in sequence.
// `connect` first walks every relationship but MENTIONS; only when that finds
// nothing within maxHops does it allow "both mentioned in one document".

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS_CAP = 6;
/** A search that has seen this many nodes gives up rather than read the whole graph. */
export const MAX_VISITED = 50_000;

export interface PathResult {
  nodeIds: string[];
  rels: GraphRel[];
}

interface Visit {
  depth: number;
  prev: string | null;
  rel: GraphRel | null;
}

function chain(visits: Map<string, Visit>, id: string): { ids: string[]; rels: GraphRel[] } {
  const ids = [id];
  const rels: GraphRel[] = [];
  let v = visits.get(id)!;
  while (v.prev !== null) {
    rels.push(v.rel!);
    ids.push(v.prev);
    v = visits.get(v.prev)!;
  }
  return { ids, rels }; // from `id` back to the search's start
}

function joinAt(forward: Map<string, Visit>, backward: Map<string, Visit>, meet: string): PathResult {
  const f = chain(forward, meet);
  const b = chain(backward, meet);
  return {
    nodeIds: [...f.ids.reverse(), ...b.ids.slice(1)],
    rels: [...f.rels.reverse(), ...b.rels],
  };
}

function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareText(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export async function shortestPath(
  fromId: string,
  toId: string,
  expand: Expand,
  maxHops: number,
  types: readonly RelType[],
): Promise<PathResult | null> {
  if (fromId === toId) return { nodeIds: [fromId], rels: [] };
  const forward = new Map<string, Visit>([[fromId, { depth: 0, prev: null, rel: null }]]);
  const backward = new Map<string, Visit>([[toId, { depth: 0, prev: null, rel: null }]]);
  let fFrontier = [fromId];
  let bFrontier = [toId];
  let hops = 0;
  while (hops < maxHops && fFrontier.length > 0 && bFrontier.length > 0) {
    const growForward = fFrontier.length <= bFrontier.length;
    const [mine, theirs, frontier] = growForward ? [forward, backward, fFrontier] : [backward, forward, bFrontier];
    const ids = [...frontier].sort(compareText);
    const steps = await expand(ids, types);
    const next: string[] = [];
    ids.forEach((id, i) => {
      const depth = mine.get(id)!.depth + 1;
      for (const step of orderSteps(steps[i] ?? [])) {
        if (step.otherId === id || mine.has(step.otherId)) continue;
        mine.set(step.otherId, { depth, prev: id, rel: step.rel });
        next.push(step.otherId);
      }
    });
    hops++;
    if (growForward) fFrontier = next;
    else bFrontier = next;
    const meets = next.filter((id) => theirs.has(id));
    if (meets.length > 0) {
      const candidates = meets.map((m) => joinAt(forward, backward, m));
      candidates.sort((a, b) => a.rels.length - b.rels.length || compareIdSequences(a.nodeIds, b.nodeIds));
      return candidates[0].rels.length <= maxHops ? candidates[0] : null;
    }
    if (forward.size + backward.size > MAX_VISITED) return null;
  }
  return null;
}

/** The shortest path over real relationships, else (within the same hops) one through a shared document. */
export async function connect(
  fromId: string,
  toId: string,
  expand: Expand,
  maxHops: number,
): Promise<PathResult | null> {
  return (
    (await shortestPath(fromId, toId, expand, maxHops, PATH_REL_TYPES)) ??
    (await shortestPath(fromId, toId, expand, maxHops, REL_TYPES))
  );
}

/** maxHops as asked, defaulted and capped; a RangeError names the argument when it is below 1. */
export function clampHops(maxHops: number | null | undefined): number {
  if (maxHops === null || maxHops === undefined) return DEFAULT_MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new RangeError(`maxHops must be at least 1, got ${maxHops}`);
  return Math.min(maxHops, MAX_HOPS_CAP);
}
