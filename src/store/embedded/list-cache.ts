import type { GraphNode } from '../../model/graph';

/** Cached list answers hold at most this many node references in all (about 8 MB of pointers). */
const MAX_CACHED_NODES = 1_000_000;
/** and at most this many distinct lists: every distinct `nameContains` is a list of its own */
const MAX_CACHED_LISTS = 256;

/**
 * The sorted, filtered lists recent pages were cut from, so paging through a
 * list sorts it once. Bounded by count and by size, least recently used out
 * first; an entry is only good for the graph version it was computed on.
 */
export class ListCache {
  private readonly lists = new Map<string, { version: number; nodes: GraphNode[] }>();
  private held = 0;

  get(key: string, version: number): GraphNode[] | undefined {
    const hit = this.lists.get(key);
    if (!hit) return undefined;
    this.lists.delete(key);
    if (hit.version !== version) {
      this.held -= hit.nodes.length;
      return undefined;
    }
    this.lists.set(key, hit); // most recently used last
    return hit.nodes;
  }

  set(key: string, version: number, nodes: GraphNode[]): void {
    if (nodes.length > MAX_CACHED_NODES) return;
    const prev = this.lists.get(key);
    if (prev) {
      this.lists.delete(key);
      this.held -= prev.nodes.length;
    }
    this.lists.set(key, { version, nodes });
    this.held += nodes.length;
    for (const [oldest, entry] of this.lists) {
      if (this.held <= MAX_CACHED_NODES && this.lists.size <= MAX_CACHED_LISTS) break;
      this.lists.delete(oldest);
      this.held -= entry.nodes.length;
    }
  }

  get size(): { lists: number; nodes: number } {
    return { lists: this.lists.size, nodes: this.held };
  }
}
