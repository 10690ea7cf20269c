import { existsSync, fstatSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../../model/graph';
import { type DurableFs, fsyncDir, isAlive, writeFileAtomic, writeFully } from './durable';
import { LineReader } from './lines';

// On disk the embedded store is the facts of every document:
//  - `snapshot.jsonl`: a header line, then one document's facts per line;
//  - `journal.jsonl`: a header line, then one entry per write since that snapshot.
// Both headers carry a generation. Compaction writes snapshot N+1 (temp file,
// fsync, rename), copying each document's line from snapshot N or from its
// last entry in journal N (memory holds only where those bytes are), then an
// empty journal N+1 the same way; a journal older than
// the snapshot is already inside it. Replaying a write is idempotent (it
// replaces that document), so a crash at any point leaves a state that loads
// and holds every write that was reported stored. Files from before
// generations (`snapshot.json`, a journal without header) load as generation 0.

export type JournalEntry = { op: 'write'; facts: DocumentFacts } | { op: 'remove'; documentId: string };

const SNAPSHOT_FORMAT = 'talkgraph-embedded';
const JOURNAL_FORMAT = 'talkgraph-journal';
const WRITE_PREFIX = '{"op":"write","facts":';

export interface FileHead {
  generation: number;
  /** bytes of the header line (0 for a file from before headers) */
  headerBytes: number;
}

/** One parsed journal line, with the facts' JSON text kept so a snapshot never re-serializes. */
export type ParsedEntry =
  | { op: 'write'; facts: DocumentFacts; json: string }
  | { op: 'remove'; documentId: string; json?: undefined };

export function writeLine(json: string): string {
  return `${WRITE_PREFIX}${json}}\n`;
}

export function removeLine(documentId: string): string {
  return `${JSON.stringify({ op: 'remove', documentId })}\n`;
}

function parseOne(text: string): ParsedEntry {
  if (text.startsWith(WRITE_PREFIX) && text.endsWith('}')) {
    const json = text.slice(WRITE_PREFIX.length, -1);
    return { op: 'write', facts: JSON.parse(json), json };
  }
  const e = JSON.parse(text) as JournalEntry;
  if (e.op === 'write') return { op: 'write', facts: e.facts, json: JSON.stringify(e.facts) };
  if (e.op === 'remove' && typeof e.documentId === 'string') return e;
  throw new Error(`not a journal entry: op ${String((e as { op?: unknown }).op)}`);
}

/**
 * A journal line, or null for a line torn by a crash. An earlier talkgraph
 * appended after a torn line without ending it, so a whole entry may follow
 * the torn part on the same line: that entry is recovered.
 */
export function parseEntry(line: string): { entry: ParsedEntry | null; torn: boolean } {
  try {
    return { entry: parseOne(line), torn: false };
  } catch {
    const at = line.lastIndexOf('{"op":');
    if (at > 0)
      try {
        return { entry: parseOne(line.slice(at)), torn: true };
      } catch {
        // nothing whole on this line
      }
    return { entry: null, torn: true };
  }
}

/**
 * The facts' JSON of a journal line this process already applied (so it is
 * known to be a whole entry): cut out of the line without parsing it again
 * when it has the usual form, else from the parsed entry.
 */
export function writtenJson(line: string): string {
  if (line.startsWith(WRITE_PREFIX) && line.endsWith('}') && line.indexOf('{"op":', 1) === -1)
    return line.slice(WRITE_PREFIX.length, -1);
  const { entry } = parseEntry(line);
  if (entry?.op !== 'write') throw new Error('not a journal write entry');
  return entry.json;
}

/** The document a snapshot line holds, read from the line's start when it has the usual form. */
function documentOfLine(line: string): string {
  const m = /^\{"documentId":"([^"\\]*)"/.exec(line);
  return m ? m[1] : (JSON.parse(line) as DocumentFacts).documentId;
}

export class Journal {
  readonly snapshotPath: string;
  readonly legacySnapshotPath: string;
  readonly journalPath: string;

  constructor(
    readonly dir: string,
    readonly fs: DurableFs,
  ) {
    this.snapshotPath = join(dir, 'snapshot.jsonl');
    this.legacySnapshotPath = join(dir, 'snapshot.json');
    this.journalPath = join(dir, 'journal.jsonl');
  }

  /** Removes temporary files a crashed process left (a compaction or lock cut short); a live one's stay. */
  cleanOrphans(): string[] {
    const removed: string[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = /\.(\d+)(?:\.[a-z0-9]+)?\.tmp$/.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      try {
        this.fs.unlinkSync(join(this.dir, name));
        removed.push(name);
      } catch {
        // another process removed it first
      }
    }
    return removed;
  }

  /**
   * The snapshot's generation and size from its header alone (none yet: 0
   * and 0); null for a snapshot from before headers or a header that cannot
   * be read, which only reading the whole snapshot can settle.
   */
  snapshotHead(): { generation: number; bytes: number } | null {
    if (!existsSync(this.snapshotPath)) return existsSync(this.legacySnapshotPath) ? null : { generation: 0, bytes: 0 };
    const fd = this.fs.openSync(this.snapshotPath, 'r');
    try {
      const buf = Buffer.alloc(512);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, n).indexOf(0x0a);
      if (nl === -1) return null;
      const head = JSON.parse(buf.toString('utf8', 0, nl)) as { format?: string; generation?: number };
      if (head.format !== SNAPSHOT_FORMAT) return null;
      return { generation: head.generation ?? 0, bytes: fstatSync(fd).size };
    } catch {
      return null;
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** Reads the snapshot, calling `onDocument` per document; returns its generation and size. */
  readSnapshot(onDocument: (facts: DocumentFacts, json: string) => void): { generation: number; bytes: number } {
    if (!existsSync(this.snapshotPath)) return this.readLegacySnapshot(onDocument);
    const fd = this.fs.openSync(this.snapshotPath, 'r');
    try {
      const reader = new LineReader(fd, 0);
      const lines = this.snapshotLines(onDocument);
      reader.readSync(lines.onLine);
      return lines.finish(reader.pending, fstatSync(fd).size);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** The same, a chunk at a time, so a reader that must reload keeps answering meanwhile. */
  async readSnapshotAsync(
    onDocument: (facts: DocumentFacts, json: string) => void,
  ): Promise<{ generation: number; bytes: number }> {
    if (!existsSync(this.snapshotPath)) return this.readLegacySnapshot(onDocument);
    const fd = this.fs.openSync(this.snapshotPath, 'r');
    try {
      const reader = new LineReader(fd, 0);
      const lines = this.snapshotLines(onDocument);
      await reader.read((batch) => {
        for (const line of batch) lines.onLine(line.text);
      });
      return lines.finish(reader.pending, fstatSync(fd).size);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  private snapshotLines(onDocument: (facts: DocumentFacts, json: string) => void) {
    type Head = { format?: string; generation?: number; documents?: number };
    let head: Head | null = null as Head | null;
    let count = 0;
    return {
      onLine: (line: string) => {
        if (head) {
          count++;
          onDocument(JSON.parse(line), line);
          return;
        }
        const parsed = JSON.parse(line) as Head;
        if (parsed.format !== SNAPSHOT_FORMAT)
          throw new Error(`${this.snapshotPath}: not a talkgraph snapshot (format ${String(parsed.format)})`);
        head = parsed;
      },
      finish: (pending: number, bytes: number) => {
        const h = head;
        if (!h || count !== h.documents || pending)
          throw new Error(`${this.snapshotPath}: incomplete snapshot (${count} of ${h?.documents ?? '?'} documents)`);
        return { generation: h.generation ?? 0, bytes };
      },
    };
  }

  private readLegacySnapshot(onDocument: (facts: DocumentFacts, json: string) => void): {
    generation: number;
    bytes: number;
  } {
    if (!existsSync(this.legacySnapshotPath)) return { generation: 0, bytes: 0 };
    let snap: { format?: string; documents: DocumentFacts[] };
    try {
      snap = JSON.parse(readFileSync(this.legacySnapshotPath, 'utf8'));
    } catch (e) {
      throw new Error(`${this.legacySnapshotPath}: not a readable talkgraph snapshot (${(e as Error).message})`);
    }
    if (snap.format !== SNAPSHOT_FORMAT)
      throw new Error(`${this.legacySnapshotPath}: not a talkgraph snapshot (format ${String(snap.format)})`);
    for (const facts of snap.documents) onDocument(facts, JSON.stringify(facts));
    return { generation: 0, bytes: statSync(this.legacySnapshotPath).size };
  }

  /** Opens the journal for reading: its descriptor, inode and header. Null when there is none yet. */
  openForReading(): { fd: number; ino: number; head: FileHead } | null {
    let fd: number;
    try {
      fd = this.fs.openSync(this.journalPath, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return { fd, ino: fstatSync(fd).ino, head: readHead(fd, this.journalPath) };
  }

  /** The inode and size now at the journal's path (null: none), to notice a compaction replaced it. */
  current(): { ino: number; size: number } | null {
    try {
      const s = statSync(this.journalPath);
      return { ino: s.ino, size: s.size };
    } catch {
      return null;
    }
  }

  /** Puts an empty journal of this generation in place (atomically), e.g. after a compaction. */
  replaceJournal(generation: number): void {
    const head = `${JSON.stringify({ format: JOURNAL_FORMAT, version: 2, generation })}\n`;
    writeFileAtomic(this.fs, this.journalPath, `${this.journalPath}.${process.pid}.tmp`, [Buffer.from(head)]);
    fsyncDir(this.fs, this.dir);
  }

  /**
   * The facts' JSON of every document held, in the next snapshot's order,
   * read from the files instead of memory (holding each document's JSON cost
   * more memory than its graph): a document `inSnapshot` says is unchanged
   * since the snapshot is copied from it, the others from their last journal
   * entry, at the bytes `journalPlaces` gives. Throws at the end when the count
   * is not `count` (the files do not hold what memory does), so that snapshot
   * is never put in place.
   */
  *documentsFromFiles(
    inSnapshot: (documentId: string) => boolean,
    journalPlaces: Iterable<{ start: number; end: number }>,
    count: number,
  ): Iterable<string> {
    let written = 0;
    if (existsSync(this.snapshotPath)) {
      const fd = this.fs.openSync(this.snapshotPath, 'r');
      try {
        let head = true;
        for (const line of fileLines(fd, 0)) {
          if (head) {
            head = false;
            continue;
          }
          if (!inSnapshot(documentOfLine(line))) continue;
          written++;
          yield line;
        }
      } finally {
        this.fs.closeSync(fd);
      }
    } else
      for (const facts of this.legacyDocuments())
        if (inSnapshot(facts.documentId)) {
          written++;
          yield JSON.stringify(facts);
        }
    const fd = this.fs.openSync(this.journalPath, 'r');
    try {
      for (const { start, end } of journalPlaces) {
        const buf = Buffer.allocUnsafe(end - start);
        const n = readSync(fd, buf, 0, buf.length, start);
        if (n !== buf.length) throw new Error(`${this.journalPath}: ${n} of ${buf.length} bytes at ${start}`);
        written++;
        yield writtenJson(buf.toString('utf8'));
      }
    } finally {
      this.fs.closeSync(fd);
    }
    if (written !== count)
      throw new Error(`${this.dir}: the files hold ${written} documents, memory ${count}: snapshot not written`);
  }

  private legacyDocuments(): DocumentFacts[] {
    if (!existsSync(this.legacySnapshotPath)) return [];
    return (JSON.parse(readFileSync(this.legacySnapshotPath, 'utf8')) as { documents: DocumentFacts[] }).documents;
  }

  /**
   * Writes every document's facts as snapshot `generation` (temp file, fsync,
   * rename). The journal before it is then inside the snapshot; the caller
   * replaces it with an empty one of this generation before appending again.
   */
  writeSnapshot(documents: Iterable<string>, count: number, generation: number): number {
    const head = JSON.stringify({ format: SNAPSHOT_FORMAT, version: 2, generation, documents: count });
    const tmp = `${this.snapshotPath}.${process.pid}.tmp`;
    writeFileAtomic(this.fs, this.snapshotPath, tmp, batched(withHead(head, documents)));
    fsyncDir(this.fs, this.dir);
    if (existsSync(this.legacySnapshotPath)) this.fs.unlinkSync(this.legacySnapshotPath);
    return statSync(this.snapshotPath).size;
  }
}

/** The complete lines of a file, a chunk at a time (a torn last line, with no newline yet, is left out). */
function* fileLines(fd: number, from: number): Iterable<string> {
  for (const line of fileLineBytes(fd, from, 4 * 1024 * 1024))
    if (line.length > 1 && line[line.length - 1] === 0x0a) yield line.toString('utf8', 0, line.length - 1);
}

/**
 * The lines of a file from `from` on, each with its newline, as views of a reused
 * buffer (so read each before asking for the next); the last one has no newline
 * when the file does not end in one. The journal and the graph snapshot both read so.
 */
export function* fileLineBytes(fd: number, from: number, chunkBytes: number): Iterable<Buffer> {
  const buf = Buffer.allocUnsafe(chunkBytes);
  let carry: Buffer | null = null;
  let position = from;
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, position);
    if (n === 0) break;
    position += n;
    const data: Buffer = carry ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, start)) {
      yield data.subarray(start, nl + 1);
      start = nl + 1;
    }
    carry = start < data.length ? Buffer.from(data.subarray(start)) : null;
  }
  if (carry) yield carry;
}

function* withHead(head: string, lines: Iterable<string>): Iterable<string> {
  yield head;
  yield* lines;
}

/** Lines joined into buffers of a few MB, so a big snapshot is neither one huge string nor a syscall per line. */
export function* batched(lines: Iterable<string>): Iterable<Buffer> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line, '\n');
    size += line.length + 1;
    if (size > 4 * 1024 * 1024) {
      yield Buffer.from(parts.join(''));
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield Buffer.from(parts.join(''));
}

function readHead(fd: number, path: string): FileHead {
  const buf = Buffer.alloc(256);
  const n = readSync(fd, buf, 0, buf.length, 0);
  const nl = buf.subarray(0, n).indexOf(0x0a);
  const first = buf.toString('utf8', 0, nl === -1 ? n : nl);
  if (!first.startsWith(`{"format":"${JOURNAL_FORMAT}"`)) return { generation: 0, headerBytes: 0 };
  if (nl === -1) throw new Error(`${path}: journal header cut short`);
  const head = JSON.parse(first) as { generation: number };
  return { generation: head.generation, headerBytes: nl + 1 };
}

/**
 * The one writer's handle on the journal: appends whole, fsynced lines at the
 * end of the last complete one, so a torn tail (a crash mid-append, or a
 * write the disk refused halfway) is cut off before anything follows it.
 */
export class JournalAppender {
  private fd: number;
  /** end of the last complete, durable line */
  private end: number;
  private dirty = false;

  constructor(
    private readonly journal: Journal,
    /** where complete lines end, as the reader found it */
    end: number,
  ) {
    this.fd = journal.fs.openSync(journal.journalPath, 'r+');
    this.end = end;
    const size = fstatSync(this.fd).size;
    this.dirty = size !== end;
    this.cutTornTail();
  }

  get size(): number {
    return this.end;
  }

  /** Appends one line and makes it durable, or throws and leaves the journal as it was. */
  append(line: string): void {
    this.cutTornTail();
    const data = Buffer.from(line);
    try {
      writeFully(this.journal.fs, this.fd, data, this.end, this.journal.journalPath);
      this.journal.fs.fsyncSync(this.fd);
    } catch (e) {
      this.dirty = true;
      try {
        this.cutTornTail();
      } catch {
        // cut on the next append, or by the next writer
      }
      throw e;
    }
    this.end += data.length;
  }

  private cutTornTail(): void {
    if (!this.dirty) return;
    this.journal.fs.ftruncateSync(this.fd, this.end);
    this.journal.fs.fsyncSync(this.fd);
    this.dirty = false;
  }

  close(): void {
    this.journal.fs.closeSync(this.fd);
  }
}
