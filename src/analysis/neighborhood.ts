import type { GraphRel } from '../model/graph';
import { REL_TYPES } from '../model/graph';
import { compareText } from './text';
import { type Expand, orderSteps } from './walk';

// The nodes and relationships around one node, for graph browsers: breadth
// first, every relationship type in both directions (MENTIONS included, so a
// browser can see the documents), one Expand call per ring. Nodes join in ring
// order, inside a ring by (expanded node id, orderSteps), until `first` nodes;
// relationships are kept when both ends are in. `truncated` says something
// was left out: a node past `first`, or a relationship past 4 x first.
// Relationships among the outermost ring are not fetched (that would be one
// more hop of reading for edges a browser rarely needs).

export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;
export const DEFAULT_NODES = 50;
export const MAX_NODES = 500;

export interface SubgraphResult {
  nodeIds: string[];
  rels: GraphRel[];
  truncated: boolean;
}

export async function neighborhood(
  rootId: string,
  expand: Expand,
  depth: number,
  first: number,
): Promise<SubgraphResult> {
  const nodeIds = [rootId];
  const included = new Set(nodeIds);
  const rels = new Map<string, GraphRel>();
  const maxRels = first * 4;
  let truncated = false;
  let frontier = [rootId];
  for (let ring = 1; ring <= depth && frontier.length > 0; ring++) {
    const ids = [...frontier].sort(compareText);
    const steps = await expand(ids, REL_TYPES);
    const next: string[] = [];
    for (const list of steps) {
      for (const step of orderSteps(list)) {
        if (!included.has(step.otherId)) {
          if (nodeIds.length >= first) {
            truncated = true;
            continue;
          }
          included.add(step.otherId);
          nodeIds.push(step.otherId);
          next.push(step.otherId);
        }
        if (rels.has(step.rel.id)) continue;
        if (rels.size >= maxRels) truncated = true;
        else rels.set(step.rel.id, step.rel);
      }
    }
    frontier = next;
  }
  return { nodeIds, rels: [...rels.values()], truncated };
}

/** depth and first as asked, defaulted and capped; a RangeError names the argument when below 1. */
export function clampNeighborhood(depth?: number | null, first?: number | null): { depth: number; first: number } {
  const d = depth ?? DEFAULT_DEPTH;
  const f = first ?? DEFAULT_NODES;
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`depth must be at least 1, got ${d}`);
  if (!Number.isInteger(f) || f < 1) throw new RangeError(`first must be at least 1, got ${f}`);
  return { depth: Math.min(d, MAX_DEPTH), first: Math.min(f, MAX_NODES) };
}
