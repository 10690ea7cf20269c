import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts, GraphNode, NodeKind } from '../../model/graph';
import { decodeCursor, encodeCursor } from '../cursor';
import type {
  Adjacent,
  AdjacentKey,
  BatchOutcome,
  BreakdownCounts,
  BreakdownKey,
  Cooccurrence,
  EventRow,
  GraphStore,
  NameRow,
  NodePage,
  PageRequest,
  StoreStats,
  TalkRow,
  TechnologyKeyHit,
  TechnologyRow,
  TechnologyYears,
  TopicSpeaker,
  TrendCounts,
  WriteSummary,
} from '../port';
import { AnalysisIndex } from './analysis-index';
import { type DurableFs, withFs } from './durable';
import { checkFrom, graphSnapshotBytes, journalCheck, readGraphHead, writeGraphSnapshot } from './graph-snapshot';
import { Journal, JournalAppender, removeLine, writeLine } from './journal';
import { ListCache } from './list-cache';
import { Listing } from './listing';
import type { JournalPlace, MemoryGraph } from './memory-graph';
import * as reads from './reads';
import { type LoadReport, Replica } from './replica';
import { TopicIndex } from './topic-index';
import { WriteLock } from './write-lock';

export interface EmbeddedStoreOptions {
  /** the file operations writes go through; the fault tests make them fail */
  fs?: Partial<DurableFs>;
  /** snapshot once the journal holds this many bytes… */
  compactMinBytes?: number;
  /** …and at least this fraction of the snapshot's size (so snapshots cost linear time in all) */
  compactRatio?: number;
  /** a reader applies a tail up to this size at once; a longer one is read in the background */
  syncTailBytes?: number;
  /** false: a missing data dir opens as an empty store and is not created (commands that only read) */
  create?: boolean;
  /** how often an idle reader looks for writes of other processes (0: only when asked) */
  pollMs?: number;
  /** a writer closing writes a graph snapshot when the journal after the last one holds this many bytes… */
  graphSnapshotMinBytes?: number;
  /** …and at least this fraction of that snapshot's size (a small write to a big store does not rewrite it) */
  graphSnapshotRatio?: number;
  /** where a problem that does not stop the store is said (a stale graph snapshot); default stderr */
  warn?: (message: string) => void;
}

const DEFAULTS = {
  compactMinBytes: 16 * 1024 * 1024,
  compactRatio: 0.5,
  syncTailBytes: 256 * 1024,
  pollMs: 1000,
  create: true,
  graphSnapshotMinBytes: 1024 * 1024,
  graphSnapshotRatio: 0.05,
  warn: (message: string): void => {
    process.stderr.write(`talkgraph: warning: ${message}\n`);
  },
};

/** Work an embedded store did, for tests and the benchmark to assert on. */
export interface EmbeddedCounters {
  compactions: number;
  /** times a reader loaded everything again (it missed a whole generation) */
  fullLoads: number;
  /** journal bytes readers applied while catching up */
  caughtUpBytes: number;
  backgroundCatchUps: number;
  /** graph snapshots this store wrote */
  graphSnapshots: number;
}

/**
 * The default store: a graph in this process (adjacency.ts), persisted under the
 * data dir as a snapshot plus a journal (journal.ts). A reader notices when
 * another process has written (e.g. `talkgraph ingest` while `talkgraph serve`
 * runs) and reads only the new entries; a long tail is read in the
 * background while requests are answered from what is loaded.
 */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly options: typeof DEFAULTS;
  private readonly journal: Journal;
  private readonly lock: WriteLock;
  private replica: Replica;
  private appender: JournalAppender | null = null;
  /** the journal must be replaced before the next append: a compaction stopped after its snapshot */
  private journalBehind = false;
  private listing: Listing;
  private listCache = new ListCache();
  /** speakersOn's maps, rebuilt only when the graph's version moves */
  readonly topicIndex = new TopicIndex();
  /** the technology catalog and per-talk records the analyses read, rebuilt only when the graph's version moves */
  readonly analysisIndex = new AnalysisIndex();
  private background: Promise<void> | null = null;
  private poll: NodeJS.Timeout | null = null;
  private lastError: Error | null = null;
  readonly counters: EmbeddedCounters = {
    compactions: 0,
    fullLoads: 0,
    caughtUpBytes: 0,
    backgroundCatchUps: 0,
    graphSnapshots: 0,
  };
  /** temporary files of crashed processes removed at init */
  orphansRemoved: string[] = [];

  constructor(
    readonly dataDir: string,
    options: EmbeddedStoreOptions = {},
  ) {
    const { fs, ...rest } = options;
    this.options = { ...DEFAULTS, ...rest };
    const durable = withFs(fs);
    this.journal = new Journal(join(dataDir, 'embedded'), durable);
    this.lock = new WriteLock(join(dataDir, 'embedded', 'write.lock'), durable);
    this.replica = new Replica(this.journal);
    this.listing = new Listing(this.replica.mg);
  }

  /** journal lines lost to a crash mid-write, found while loading */
  get tornLines(): number {
    return this.replica.tornLines;
  }

  async init(): Promise<void> {
    // A reader pointed at a mistyped folder must not leave an empty store behind there.
    if (!this.options.create && !existsSync(this.journal.dir)) return;
    mkdirSync(this.journal.dir, { recursive: true });
    this.orphansRemoved = this.journal.cleanOrphans();
    this.swap(Replica.loadSync(this.journal));
    const { problem } = this.replica.loaded;
    if (problem)
      this.options.warn(
        `${problem}; the whole journal was replayed instead (slower), and the next write makes a new one`,
      );
    if (this.options.pollMs > 0 && !this.poll) {
      this.poll = setInterval(() => this.lookForWrites(), this.options.pollMs);
      this.poll.unref();
    }
  }

  /** How the store was loaded when opened: from the graph snapshot and a journal tail, or by replay. */
  get loaded(): LoadReport {
    return this.replica.loaded;
  }

  private swap(replica: Replica): void {
    if (replica !== this.replica) this.replica.close();
    this.replica = replica;
    this.listing = new Listing(replica.mg);
    // a new graph's versions start again: lists cached by version would match the wrong graph
    this.listCache = new ListCache();
  }

  /** Starts a background catch-up when another process wrote; never waits for it. */
  private lookForWrites(): void {
    if (this.lock.isHeld || this.background) return;
    try {
      const { change, bytes } = this.replica.change();
      if (change === 'none') return;
      if (bytes <= this.options.syncTailBytes) this.catchUpNow();
      else this.startBackground();
    } catch (e) {
      this.lastError = e as Error;
    }
  }

  private catchUpNow(): void {
    if (!this.replica.catchUpSync()) {
      this.counters.fullLoads++;
      this.swap(Replica.loadSync(this.journal));
    }
  }

  private startBackground(): void {
    this.counters.backgroundCatchUps++;
    this.background = (async () => {
      try {
        if (!(await this.replica.catchUp())) {
          this.counters.fullLoads++;
          this.swap(await Replica.loadAsync(this.journal));
        }
        this.lastError = null;
      } catch (e) {
        this.lastError = e as Error;
      } finally {
        this.background = null;
      }
    })();
  }

  /** Waits until everything other processes stored so far is loaded. */
  async refresh(): Promise<void> {
    if (this.lock.isHeld) return;
    while (this.background) await this.background;
    this.catchUpNow();
  }

  /** Readers call this first: a short tail is applied now, a long one in the background. */
  private fresh(): MemoryGraph {
    this.lookForWrites();
    return this.replica.mg;
  }

  private async beginWrite(): Promise<void> {
    if (this.lock.isHeld) return;
    while (this.background) await this.background;
    if (this.lock.isHeld) return;
    this.lock.acquire();
    try {
      // write on top of whatever others stored before we took the lock
      this.catchUpNow();
      if (!this.replica.journalReader) {
        this.journal.replaceJournal(this.replica.generation);
        this.replica.followNewJournal(this.replica.generation, this.replica.snapshotBytes);
      }
      this.appender = new JournalAppender(this.journal, this.replica.journalReader!.offset);
    } catch (e) {
      this.lock.release();
      throw e;
    }
  }

  /**
   * Appends lines durably with one write (or throws, with nothing applied);
   * returns the bytes each line's entry spans in the journal, for the next
   * snapshot to copy it from there.
   */
  private append(lines: readonly string[]): JournalPlace[] {
    if (this.journalBehind) {
      this.appender?.close();
      this.journal.replaceJournal(this.replica.generation);
      this.replica.followNewJournal(this.replica.generation, this.replica.snapshotBytes);
      this.appender = new JournalAppender(this.journal, this.replica.journalReader!.offset);
      this.journalBehind = false;
    }
    let at = this.appender!.size;
    const places = lines.map((line) => {
      const bytes = Buffer.byteLength(line);
      const place = { start: at, end: at + bytes - 1 }; // the newline is not part of the entry
      at += bytes;
      return place;
    });
    this.appender!.append(lines.join(''));
    this.replica.appended(this.appender!.size);
    return places;
  }

  private maybeCompact(): void {
    const bytes = this.appender!.size;
    if (bytes < this.options.compactMinBytes || bytes < this.options.compactRatio * this.replica.snapshotBytes) return;
    try {
      this.compact();
    } catch (e) {
      // what was written is durable in the journal; the snapshot is tried again later
      this.lastError = e as Error;
    }
  }

  private compact(): void {
    const mg = this.replica.mg;
    const generation = this.replica.generation + 1;
    const documents = this.journal.documentsFromFiles((id) => mg.inSnapshot(id), mg.journalPlaces(), mg.documentCount);
    const bytes = this.journal.writeSnapshot(documents, mg.documentCount, generation);
    // from here the old journal is inside the snapshot: nothing may be appended to it
    this.journalBehind = true;
    mg.allInSnapshot();
    this.replica.generation = generation;
    this.replica.snapshotBytes = bytes;
    this.counters.compactions++;
    this.appender!.close();
    this.appender = null;
    this.journal.replaceJournal(generation);
    this.replica.followNewJournal(generation, bytes);
    this.appender = new JournalAppender(this.journal, this.replica.journalReader!.offset);
    this.journalBehind = false;
    // during a long ingest, a reader opening now starts from here, not from the first document
    this.writeGraphSnapshot();
  }

  /**
   * Writes the graph as it is now, with the journal bytes it holds, for the
   * next open to load instead of replaying. It is only a cache of the
   * snapshot and journal: when writing it fails, nothing stored is lost.
   */
  private writeGraphSnapshot(): void {
    const reader = this.replica.journalReader;
    if (!reader || !this.appender || this.journalBehind) return;
    const journalBytes = this.appender.size;
    const from = checkFrom(this.replica.journalHeaderBytes, journalBytes);
    try {
      writeGraphSnapshot(this.journal.fs, this.journal.dir, this.replica.mg, {
        generation: this.replica.generation,
        journalBytes,
        checkFrom: from,
        journalCheck: journalCheck(reader.fd, from, journalBytes),
      });
      this.counters.graphSnapshots++;
    } catch (e) {
      this.options.warn(`${this.journal.dir}: graph snapshot not written (${(e as Error).message})`);
    }
  }

  /** A writer closing: is the journal after the last graph snapshot long enough to write a new one? */
  private graphSnapshotBehind(): boolean {
    if (!this.appender || this.journalBehind) return false;
    const head = readGraphHead(this.journal.dir);
    if (!head || head.generation !== this.replica.generation || head.journalBytes > this.appender.size) return true;
    const tail = this.appender.size - head.journalBytes;
    const min = Math.max(
      this.options.graphSnapshotMinBytes,
      this.options.graphSnapshotRatio * graphSnapshotBytes(this.journal.dir),
    );
    return tail > 0 && tail >= min;
  }

  async documentHash(documentId: string): Promise<string | null> {
    return this.fresh().documentHash(documentId);
  }

  async writeDocument(facts: DocumentFacts): Promise<WriteSummary> {
    await this.beginWrite();
    const mg = this.replica.mg;
    const hash = facts.nodes.find((n) => n.id === facts.documentId)?.props.contentHash ?? null;
    if (hash && mg.documentHash(facts.documentId) === hash) return unchanged(facts.documentId);
    // Journal first, durably: if the append fails, memory still matches disk and nothing is reported stored.
    const [place] = this.append([writeLine(JSON.stringify(facts))]);
    const counts = mg.write(facts, place);
    this.maybeCompact();
    return { documentId: facts.documentId, changed: true, ...counts };
  }

  /**
   * Group commit: the batch's lines are appended with one write and one fsync,
   * then applied in memory. Nothing is reported stored before its bytes are
   * durable; if the append fails, none of the batch is applied or stored.
   */
  async writeDocuments(batch: readonly DocumentFacts[]): Promise<BatchOutcome[]> {
    try {
      await this.beginWrite();
    } catch (e) {
      // like writeDocument one by one: each document fails with the reason, the caller goes on
      return batch.map((facts) => ({ documentId: facts.documentId, ok: false, error: asError(e) }));
    }
    const mg = this.replica.mg;
    const outcomes: BatchOutcome[] = new Array(batch.length);
    const pending: { i: number; facts: DocumentFacts; json: string }[] = [];
    // a document twice in one batch compares with its earlier entry, not with memory
    const hashes = new Map<string, string | null>();
    for (const [i, facts] of batch.entries()) {
      try {
        const hash = facts.nodes.find((n) => n.id === facts.documentId)?.props.contentHash ?? null;
        const before = hashes.has(facts.documentId) ? hashes.get(facts.documentId) : mg.documentHash(facts.documentId);
        if (hash && before === hash) {
          outcomes[i] = { documentId: facts.documentId, ok: true, summary: unchanged(facts.documentId) };
          continue;
        }
        pending.push({ i, facts, json: JSON.stringify(facts) });
        hashes.set(facts.documentId, typeof hash === 'string' ? hash : null);
      } catch (e) {
        outcomes[i] = { documentId: facts.documentId, ok: false, error: asError(e) };
      }
    }
    if (pending.length > 0) {
      let places: JournalPlace[];
      try {
        places = this.append(pending.map((p) => writeLine(p.json)));
      } catch (e) {
        for (const p of pending) outcomes[p.i] = { documentId: p.facts.documentId, ok: false, error: asError(e) };
        return outcomes;
      }
      for (const [k, p] of pending.entries()) {
        const counts = mg.write(p.facts, places[k]);
        outcomes[p.i] = {
          documentId: p.facts.documentId,
          ok: true,
          summary: { documentId: p.facts.documentId, changed: true, ...counts },
        };
      }
      this.maybeCompact();
    }
    return outcomes;
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.beginWrite();
    if (!this.replica.mg.hasDocument(documentId)) return;
    this.append([removeLine(documentId)]);
    this.replica.mg.remove(documentId);
    this.maybeCompact();
  }

  async nodesById(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const mg = this.fresh();
    return ids.map((id) => mg.node(id));
  }

  async listNodes(kind: NodeKind, page: PageRequest): Promise<NodePage> {
    const mg = this.fresh();
    const key = JSON.stringify([kind, page.filter ?? null, page.sort ?? null]);
    let all = this.listCache.get(key, mg.version);
    if (!all) {
      const techs = page.filter?.technologyId ? this.listing.technologyClosure(page.filter.technologyId) : null;
      const allTechs = page.filter?.allTechnologyIds?.map((id) => this.listing.technologyClosure(id)) ?? null;
      const nodes = reads.nodesOfKind(mg, kind).filter((n) => this.listing.matches(n, page.filter, techs, allTechs));
      all = this.listing.sorted(kind, nodes, page.sort);
      this.listCache.set(key, mg.version, all);
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
    return reads.adjacent(this.fresh(), keys);
  }

  async talkRows(technologyIds?: readonly string[]): Promise<TalkRow[]> {
    return reads.talkRows(this.fresh(), technologyIds);
  }

  async topicSpeakers(technologyIds: readonly string[]): Promise<TopicSpeaker[]> {
    return this.topicIndex.topicSpeakers(this.fresh(), technologyIds);
  }

  async technologyRows(): Promise<TechnologyRow[]> {
    return [...this.analysisIndex.technologyRows(this.fresh())];
  }

  async technologiesByKey(keys: readonly string[]): Promise<TechnologyKeyHit[]> {
    return this.analysisIndex.technologiesByKey(this.fresh(), keys);
  }

  async trendCounts(groups: readonly (readonly string[])[]): Promise<TrendCounts> {
    return this.analysisIndex.trendCounts(this.fresh(), groups);
  }

  async technologyYears(from: number, to: number, talkCap: number): Promise<TechnologyYears[]> {
    return this.analysisIndex.technologyYears(this.fresh(), from, to, talkCap);
  }

  async cooccurrence(technologyIds: readonly string[], talkCap: number): Promise<Cooccurrence> {
    return this.analysisIndex.cooccurrence(this.fresh(), technologyIds, talkCap);
  }

  async breakdownCounts(technologyIds: readonly string[], by: BreakdownKey, talkCap: number): Promise<BreakdownCounts> {
    return this.analysisIndex.breakdownCounts(this.fresh(), technologyIds, by, talkCap);
  }

  async nameRows(kinds?: readonly NodeKind[]): Promise<NameRow[]> {
    return reads.nameRows(this.fresh(), kinds);
  }

  async eventRows(): Promise<EventRow[]> {
    return reads.eventRows(this.fresh());
  }

  async stats(): Promise<StoreStats> {
    return reads.stats(this.fresh());
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      this.fresh();
      if (this.lastError) return { ok: false, detail: `embedded store: ${this.lastError.message}` };
      return { ok: true, detail: 'embedded store' };
    } catch (e) {
      return { ok: false, detail: (e as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    while (this.background) await this.background;
    try {
      // the end of an ingest: the next open loads this instead of replaying it
      if (this.graphSnapshotBehind()) this.writeGraphSnapshot();
      this.appender?.close();
    } finally {
      this.appender = null;
      this.lock.release();
      this.replica.close();
    }
  }

  /** Folds the journal into a fresh snapshot now (normally done as the journal grows). */
  async compactNow(): Promise<void> {
    await this.beginWrite();
    this.compact();
  }
}

function unchanged(documentId: string): WriteSummary {
  return { documentId, changed: false, nodes: 0, rels: 0 };
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
