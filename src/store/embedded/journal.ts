import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../../model/graph';

// On disk the embedded store is what its state is made of: the facts of every
// document. `snapshot.json` holds them all; `journal.jsonl` holds the writes
// since, one fsynced line each. Replaying a write is idempotent (it replaces
// that document), so a crash anywhere — mid-line, mid-compaction — leaves a
// state that loads: a torn last line is ignored, and a journal replayed over a
// snapshot that already has it changes nothing.

export type JournalEntry = { op: 'write'; facts: DocumentFacts } | { op: 'remove'; documentId: string };

interface Snapshot {
  format: 'talkgraph-embedded';
  version: 1;
  documents: DocumentFacts[];
}

export class Journal {
  readonly snapshotPath: string;
  readonly journalPath: string;

  constructor(readonly dir: string) {
    this.snapshotPath = join(dir, 'snapshot.json');
    this.journalPath = join(dir, 'journal.jsonl');
  }

  /** Every entry to replay, snapshot first. Throws with the file named when a file is not ours. */
  read(): { entries: JournalEntry[]; tornLines: number } {
    const entries: JournalEntry[] = [];
    if (existsSync(this.snapshotPath)) {
      let snap: Snapshot;
      try {
        snap = JSON.parse(readFileSync(this.snapshotPath, 'utf8'));
      } catch (e) {
        throw new Error(`${this.snapshotPath}: not a readable talkgraph snapshot (${(e as Error).message})`);
      }
      if (snap.format !== 'talkgraph-embedded')
        throw new Error(`${this.snapshotPath}: not a talkgraph snapshot (format ${String(snap.format)})`);
      for (const facts of snap.documents) entries.push({ op: 'write', facts });
    }
    let tornLines = 0;
    if (existsSync(this.journalPath)) {
      for (const line of readFileSync(this.journalPath, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          entries.push(JSON.parse(line));
        } catch {
          tornLines++; // a write cut short by a crash: it never happened
        }
      }
    }
    return { entries, tornLines };
  }

  append(entry: JournalEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const fd = openSync(this.journalPath, 'a');
    try {
      writeSync(fd, `${JSON.stringify(entry)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  journalSize(): number {
    return existsSync(this.journalPath) ? statSync(this.journalPath).size : 0;
  }

  /** Writes the whole state as a new snapshot (atomically, by rename) and empties the journal. */
  compact(documents: DocumentFacts[]): void {
    mkdirSync(this.dir, { recursive: true });
    const snap: Snapshot = { format: 'talkgraph-embedded', version: 1, documents };
    const tmp = `${this.snapshotPath}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify(snap));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
    if (existsSync(this.journalPath)) writeFileSync(this.journalPath, '');
  }

  /** Changes whenever another process writes: size and mtime of both files. */
  version(): string {
    const part = (p: string) => {
      if (!existsSync(p)) return '-';
      const s = statSync(p);
      return `${s.size}@${s.mtimeMs}`;
    };
    return `${part(this.snapshotPath)}|${part(this.journalPath)}`;
  }
}

/**
 * One writer at a time per data dir: an exclusive lock file holding the
 * writer's pid. A lock left by a process that no longer runs is taken over.
 */
export class WriteLock {
  private fd: number | null = null;
  constructor(private readonly path: string) {}

  acquire(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        this.fd = openSync(this.path, 'wx');
        writeSync(this.fd, String(process.pid));
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = Number(readFileSync(this.path, 'utf8'));
        if (holder && holder !== process.pid && isAlive(holder))
          throw new Error(`${this.path}: another talkgraph process (pid ${holder}) is writing to this data dir`);
        unlinkSync(this.path);
      }
    }
  }

  release(): void {
    if (this.fd === null) return;
    fstatSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    try {
      unlinkSync(this.path);
    } catch {
      // already gone: nothing to release
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
