import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentFacts, type GraphNode, NODE_KINDS, type NodeKind } from '../../model/graph';
import { decodeCursor, encodeCursor } from '../cursor';
import type {
  Adjacent,
  AdjacentKey,
  GraphStore,
  NameRow,
  NodePage,
  PageRequest,
  StoreStats,
  TalkRow,
  TechnologyRow,
  WriteSummary,
} from '../port';
import { Journal, WriteLock } from './journal';
import { Listing } from './listing';
import { MemoryGraph } from './memory-graph';

/** Compact the journal into the snapshot once it grows past this many bytes. */
const COMPACT_AT_BYTES = 8 * 1024 * 1024;

/**
 * The default store: a graphology graph in this process, persisted under the
 * data dir (see journal.ts). A reader notices when another process has written
 * (e.g. `talkgraph ingest` while `talkgraph serve` runs) and reloads.
 */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private mg = new MemoryGraph();
  private listing = new Listing(this.mg);
  private readonly journal: Journal;
  private readonly lock: WriteLock;
  private loadedVersion = '';
  private locked = false;
  private listCache = new Map<string, GraphNode[]>();
  /** lines of the journal lost to a crash mid-write, found at the last load */
  tornLines = 0;

  constructor(readonly dataDir: string) {
    this.journal = new Journal(join(dataDir, 'embedded'));
    this.lock = new WriteLock(join(dataDir, 'embedded', 'write.lock'));
  }

  async init(): Promise<void> {
    mkdirSync(this.journal.dir, { recursive: true });
    this.reload();
  }

  private reload(): void {
    const version = this.journal.version();
    if (version === this.loadedVersion) return;
    const { entries, tornLines } = this.journal.read();
    const mg = new MemoryGraph();
    for (const e of entries)
      if (e.op === 'write') mg.write(e.facts);
      else mg.remove(e.documentId);
    this.mg = mg;
    this.listing = new Listing(mg);
    this.listCache.clear();
    this.tornLines = tornLines;
    this.loadedVersion = version;
  }

  /** Readers call this first: another process may have written since. */
  private fresh(): MemoryGraph {
    if (!this.locked) this.reload();
    return this.mg;
  }

  private beginWrite(): void {
    if (this.locked) return;
    this.lock.acquire();
    this.locked = true;
    this.reload(); // write on top of whatever others stored before we took the lock
  }

  async documentHash(documentId: string): Promise<string | null> {
    return this.fresh().documentHash(documentId);
  }

  async writeDocument(facts: DocumentFacts): Promise<WriteSummary> {
    this.beginWrite();
    const hash = facts.nodes.find((n) => n.id === facts.documentId)?.props.contentHash ?? null;
    if (hash && this.mg.documentHash(facts.documentId) === hash)
      return { documentId: facts.documentId, changed: false, nodes: 0, rels: 0 };
    // Journal first: if the append fails, memory still matches disk.
    this.journal.append({ op: 'write', facts });
    const counts = this.mg.write(facts);
    this.listCache.clear();
    return { documentId: facts.documentId, changed: true, ...counts };
  }

  async removeDocument(documentId: string): Promise<void> {
    this.beginWrite();
    if (!this.mg.hasDocument(documentId)) return;
    this.journal.append({ op: 'remove', documentId });
    this.mg.remove(documentId);
    this.listCache.clear();
  }

  async nodesById(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const mg = this.fresh();
    return ids.map((id) => mg.node(id));
  }

  async listNodes(kind: NodeKind, page: PageRequest): Promise<NodePage> {
    const mg = this.fresh();
    const key = JSON.stringify([kind, page.filter ?? null, page.sort ?? null]);
    let all = this.listCache.get(key);
    if (!all) {
      const techs = page.filter?.technologyId ? this.listing.technologyClosure(page.filter.technologyId) : null;
      const nodes: GraphNode[] = [];
      mg.graph.forEachNode((_, attrs) => {
        if (attrs.merged.kind === kind && this.listing.matches(attrs.merged, page.filter, techs))
          nodes.push(attrs.merged);
      });
      all = this.listing.sorted(kind, nodes, page.sort);
      this.listCache.set(key, all);
    }
    const start = decodeCursor(page.after);
    const slice = all.slice(start, start + page.first);
    return {
      nodes: slice,
      cursors: slice.map((_, i) => encodeCursor(start + i)),
      hasNextPage: start + slice.length < all.length,
      totalCount: all.length,
    };
  }

  async adjacent(keys: readonly AdjacentKey[]): Promise<Adjacent[][]> {
    const mg = this.fresh();
    const g = mg.graph;
    return keys.map(({ id, type, direction }) => {
      if (!g.hasNode(id)) return [];
      const edges = direction === 'out' ? g.outEdges(id) : g.inEdges(id);
      const out: Adjacent[] = [];
      for (const e of edges) {
        const rel = g.getEdgeAttribute(e, 'merged');
        if (rel.type !== type) continue;
        const otherId = direction === 'out' ? rel.to : rel.from;
        out.push({ rel, otherId, other: mg.node(otherId)! });
      }
      return out.sort((a, b) => (a.otherId < b.otherId ? -1 : a.otherId > b.otherId ? 1 : 0));
    });
  }

  async talkRows(technologyIds?: readonly string[]): Promise<TalkRow[]> {
    const mg = this.fresh();
    const g = mg.graph;
    const wanted = technologyIds ? new Set(technologyIds) : null;
    const rows: TalkRow[] = [];
    g.forEachNode((id, attrs) => {
      if (attrs.merged.kind !== 'Talk') return;
      const row: TalkRow = {
        talkId: id,
        year: attrs.merged.props.year ?? null,
        eventId: null,
        speakerIds: [],
        technologyIds: [],
        documentIds: attrs.merged.sources,
      };
      g.forEachOutEdge(id, (_e, rel) => {
        // one event per talk; should a talk ever have two, both stores take the greatest id
        if (rel.merged.type === 'AT' && (row.eventId === null || rel.merged.to > row.eventId))
          row.eventId = rel.merged.to;
        else if (rel.merged.type === 'ABOUT') row.technologyIds.push(rel.merged.to);
      });
      g.forEachInEdge(id, (_e, rel) => {
        if (rel.merged.type === 'GAVE') row.speakerIds.push(rel.merged.from);
      });
      if (wanted && !row.technologyIds.some((t) => wanted.has(t))) return;
      row.speakerIds.sort();
      row.technologyIds.sort();
      rows.push(row);
    });
    return rows.sort((a, b) => (a.talkId < b.talkId ? -1 : 1));
  }

  async technologyRows(): Promise<TechnologyRow[]> {
    const g = this.fresh().graph;
    const rows: TechnologyRow[] = [];
    g.forEachNode((id, attrs) => {
      const n = attrs.merged;
      if (n.kind !== 'Technology') return;
      const broaderIds: string[] = [];
      g.forEachInEdge(id, (_e, rel) => {
        if (rel.merged.type === 'BROADER_THAN') broaderIds.push(rel.merged.from);
      });
      rows.push({
        id,
        name: n.name,
        aliases: n.aliases,
        category: n.props.category ?? null,
        broaderIds: broaderIds.sort(),
      });
    });
    return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async nameRows(kinds?: readonly NodeKind[]): Promise<NameRow[]> {
    const wanted = new Set(kinds ?? NODE_KINDS.filter((k) => k !== 'Document'));
    const rows: NameRow[] = [];
    this.fresh().graph.forEachNode((id, attrs) => {
      const n = attrs.merged;
      if (wanted.has(n.kind)) rows.push({ id, kind: n.kind, name: n.name, aliases: n.aliases });
    });
    return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async stats(): Promise<StoreStats> {
    const g = this.fresh().graph;
    const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
    g.forEachNode((_, attrs) => {
      nodes[attrs.merged.kind]++;
    });
    return { nodes, rels: g.size, documents: nodes.Document };
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      this.fresh();
      return { ok: true, detail: `embedded store at ${this.dataDir}` };
    } catch (e) {
      return { ok: false, detail: (e as Error).message };
    }
  }

  async close(): Promise<void> {
    if (!this.locked) return;
    try {
      if (this.journal.journalSize() > COMPACT_AT_BYTES) this.journal.compact(this.mg.allFacts());
    } finally {
      this.lock.release();
      this.locked = false;
    }
  }

  /** Folds the journal into a fresh snapshot now (normally done on close past a size). */
  compactNow(): void {
    this.beginWrite();
    this.journal.compact(this.mg.allFacts());
  }
}
