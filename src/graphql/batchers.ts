import DataLoader from 'dataloader';
import type { GraphNode } from '../model/graph';
import type { Adjacent, AdjacentKey, FollowKey, GraphStore, NodePage } from '../store/port';

// Per-request DataLoaders ("batchers", so they are not confused with the
// document loaders in loaders/). Every relationship field of one GraphQL level
// lands in the same tick, so one store call serves it whatever its size.

export interface Batchers {
  nodes: DataLoader<string, GraphNode | null>;
  adjacent: DataLoader<AdjacentKey, Adjacent[], string>;
}

export function createBatchers(store: GraphStore): Batchers {
  const nodes = new DataLoader<string, GraphNode | null>((ids) => store.nodesById(ids));
  const adjacent = new DataLoader<AdjacentKey, Adjacent[], string>(
    async (keys) => {
      const rows = await store.adjacent(keys);
      // the other ends are nodes too: later levels asking for them by id cost nothing
      for (const list of rows) for (const a of list) nodes.prime(a.other.id, a.other);
      return rows;
    },
    { cacheKeyFn: (k) => `${k.id}|${k.type}|${k.direction}` },
  );
  return { nodes, adjacent };
}

/**
 * A list page's followed relationships (NodePage.followed, read in the page's
 * own statement) into this request's batchers, under the keys the nested
 * resolvers will load, so the page's first nested level costs no store call.
 */
export function primeFollowed(batchers: Batchers, page: NodePage, follow: readonly FollowKey[]): void {
  page.followed?.forEach((perKey, i) => {
    for (const [k, list] of perKey.entries()) {
      batchers.adjacent.prime({ id: page.nodes[i].id, type: follow[k].type, direction: follow[k].direction }, list);
      for (const a of list) batchers.nodes.prime(a.other.id, a.other);
    }
  });
}
