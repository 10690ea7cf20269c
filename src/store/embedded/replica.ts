import { closeSync, existsSync, fstatSync } from 'node:fs';
import { GraphSnapshotError, graphSnapshotPath, loadGraphSnapshot } from './graph-snapshot';
import { type Journal, type ParsedEntry, parseEntry } from './journal';
import { LineReader } from './lines';
import { type JournalPlace, MemoryGraph } from './memory-graph';

// A reader's copy of the store: the graph, and how far into which journal it
// has read. Catching up reads only what was appended since (the tail); when a
// compaction replaced the journal, the old one is read to its end through the
// descriptor still open on it, and the new one is followed from its start, so
// even then nothing is read twice. Only a reader that slept through two
// compactions loads everything again.

interface Followed {
  reader: LineReader;
  ino: number;
  generation: number;
  /** false for a journal older than the snapshot: its entries are already in it */
  active: boolean;
  /** file size at the last look, to tell "nothing new" cheaply */
  seen: number;
  headerBytes: number;
}

/** How a replica was loaded: the graph snapshot and the journal after it, or everything replayed (and why). */
export interface LoadReport {
  from: 'graph-snapshot' | 'replay';
  /** journal bytes replayed after the graph snapshot */
  tailBytes: number;
  /** why a graph snapshot there was not used (stale or damaged); null when there was none or it was used */
  problem: string | null;
}

export type Change = 'none' | 'tail' | 'replaced';

export class Replica {
  mg = new MemoryGraph();
  /** generation of the state held: the snapshot's, or the journal's followed since */
  generation = 0;
  snapshotBytes = 0;
  /** journal lines lost to a crash mid-write, found so far */
  tornLines = 0;
  private followed: Followed | null = null;
  loaded: LoadReport = { from: 'replay', tailBytes: 0, problem: null };

  constructor(private readonly journal: Journal) {}

  /** Reads the graph snapshot and the journal after it, or else the snapshot and the whole journal, now. */
  static loadSync(journal: Journal): Replica {
    const opened = journal.openForReading();
    const fast = Replica.fromGraphSnapshot(journal, opened);
    if (fast instanceof Replica) {
      const f = fast.followed!;
      fast.loaded.tailBytes = fstatSync(f.reader.fd).size - f.reader.offset;
      f.reader.readSync((line, start, end) => fast.applyLine(line, start, end));
      fast.countTornTail();
      return fast;
    }
    const r = new Replica(journal);
    r.loaded.problem = fast;
    const snap = journal.readSnapshot((facts) => r.mg.write(facts));
    r.start(opened, snap);
    r.followed?.reader.readSync((line, start, end) => r.applyLine(line, start, end));
    r.countTornTail();
    return r;
  }

  /** The same, yielding between chunks: for a reader that must reload while it keeps answering. */
  static async loadAsync(journal: Journal): Promise<Replica> {
    const r = new Replica(journal);
    const opened = journal.openForReading();
    const snap = await journal.readSnapshotAsync((facts) => r.mg.write(facts));
    r.start(opened, snap);
    await r.followed?.reader.read((lines) => {
      for (const line of lines) r.applyLine(line.text, line.start, line.end);
    });
    r.countTornTail();
    return r;
  }

  /**
   * The graph snapshot when it holds this snapshot and a prefix of this
   * journal (the replica then follows the journal from there); else why not
   * (null: there is none to use).
   */
  private static fromGraphSnapshot(
    journal: Journal,
    opened: ReturnType<Journal['openForReading']>,
  ): Replica | string | null {
    if (!opened || !existsSync(graphSnapshotPath(journal.dir))) return null;
    const snap = journal.snapshotHead();
    // a journal of another generation is loaded by replay, which says what is wrong
    if (!snap || opened.head.generation !== snap.generation) return null;
    try {
      const { mg, head } = loadGraphSnapshot(journal.dir, {
        fd: opened.fd,
        generation: snap.generation,
        headerBytes: opened.head.headerBytes,
      });
      const r = new Replica(journal);
      r.mg = mg;
      r.generation = head.generation;
      r.snapshotBytes = snap.bytes;
      r.loaded.from = 'graph-snapshot';
      r.follow(opened, true, head.journalBytes);
      return r;
    } catch (e) {
      if (e instanceof GraphSnapshotError) return e.message;
      return `${graphSnapshotPath(journal.dir)}: ${(e as Error).message}`;
    }
  }

  private start(opened: ReturnType<Journal['openForReading']>, snap: { generation: number; bytes: number }): void {
    this.generation = snap.generation;
    this.snapshotBytes = snap.bytes;
    if (!opened) return;
    if (opened.head.generation > snap.generation) {
      closeSync(opened.fd);
      throw new Error(
        `${this.journal.journalPath}: journal generation ${opened.head.generation} needs snapshot generation ` +
          `${opened.head.generation}, found ${snap.generation} (${this.journal.snapshotPath} missing or replaced?)`,
      );
    }
    this.follow(opened, opened.head.generation === snap.generation);
  }

  private follow(
    opened: NonNullable<ReturnType<Journal['openForReading']>>,
    active: boolean,
    from = opened.head.headerBytes,
  ): void {
    this.followed = {
      reader: new LineReader(opened.fd, from),
      ino: opened.ino,
      generation: opened.head.generation,
      active,
      seen: from,
      headerBytes: opened.head.headerBytes,
    };
  }

  /** Bytes of the header of the journal followed (where its entries start). */
  get journalHeaderBytes(): number {
    return this.followed?.headerBytes ?? 0;
  }

  private countTornTail(): void {
    if (this.followed?.reader.pending) this.tornLines++;
  }

  private applyLine(line: string, start: number, end: number): void {
    if (!this.followed?.active) return;
    const { entry, torn } = parseEntry(line);
    if (torn) this.tornLines++;
    if (entry) this.apply(entry, { start, end });
  }

  /** Applies one journal entry; `place` is where its bytes are in the journal followed. */
  apply(entry: ParsedEntry, place: JournalPlace): void {
    if (entry.op === 'write') this.mg.write(entry.facts, place);
    else this.mg.remove(entry.documentId);
  }

  /** The journal this replica follows: its reader, for the writer to append after. */
  get journalReader(): LineReader | null {
    return this.followed?.active ? this.followed.reader : null;
  }

  /** Has another process written since? Two stat calls. */
  change(): { change: Change; bytes: number } {
    const now = this.journal.current();
    const f = this.followed;
    if (!f) return now === null ? { change: 'none', bytes: 0 } : { change: 'replaced', bytes: now.size };
    const size = fstatSync(f.reader.fd).size;
    if (now?.ino !== f.ino) return { change: 'replaced', bytes: size - f.reader.offset + (now?.size ?? 0) };
    if (size === f.seen) return { change: 'none', bytes: 0 };
    return { change: 'tail', bytes: size - f.reader.offset };
  }

  /**
   * Applies what was appended since, and follows a journal that replaced this
   * one. Returns false when it cannot follow (it missed a whole generation):
   * the caller loads a fresh replica instead.
   */
  catchUpSync(): boolean {
    for (;;) {
      const { change } = this.change();
      if (change === 'none') return true;
      const f = this.followed;
      if (f) {
        f.seen = fstatSync(f.reader.fd).size;
        f.reader.readSync((line, start, end) => this.applyLine(line, start, end));
      }
      if (change === 'replaced' && !this.switchJournal()) return false;
    }
  }

  /** The same, a chunk at a time, yielding to requests in between. */
  async catchUp(): Promise<boolean> {
    for (;;) {
      const { change } = this.change();
      if (change === 'none') return true;
      const f = this.followed;
      if (f) {
        f.seen = fstatSync(f.reader.fd).size;
        await f.reader.read((lines) => {
          for (const line of lines) this.applyLine(line.text, line.start, line.end);
        });
      }
      if (change === 'replaced' && !this.switchJournal()) return false;
    }
  }

  /** After the old journal was read to its end: take up the one now at its path, if it continues ours. */
  private switchJournal(): boolean {
    const old = this.followed;
    const opened = this.journal.openForReading();
    if (!opened) return old === null;
    const next = old?.active ? old.generation + 1 : this.generation;
    if (opened.head.generation !== next) {
      closeSync(opened.fd);
      return false;
    }
    if (old) closeSync(old.reader.fd);
    this.generation = opened.head.generation;
    this.follow(opened, true);
    // the snapshot of this generation holds everything the old journal said
    this.mg.allInSnapshot();
    return true;
  }

  /** After this process compacted: it follows the new journal it just put in place. */
  followNewJournal(generation: number, snapshotBytes: number): void {
    if (this.followed) closeSync(this.followed.reader.fd);
    this.followed = null;
    this.generation = generation;
    this.snapshotBytes = snapshotBytes;
    const opened = this.journal.openForReading();
    if (opened) this.follow(opened, opened.head.generation === generation);
  }

  /** After this process appended: what it wrote is already applied, so the reader skips it. */
  appended(end: number): void {
    if (!this.followed) return;
    this.followed.reader.offset = end;
    this.followed.seen = end;
  }

  close(): void {
    if (this.followed) closeSync(this.followed.reader.fd);
    this.followed = null;
  }
}
