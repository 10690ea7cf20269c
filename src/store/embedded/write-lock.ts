import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { type DurableFs, isAlive, processStart, writeFully } from './durable';

// One writer at a time per data dir. The lock file appears whole or not at
// all: it is written under a temporary name and hard-linked into place, and
// link() fails when the name exists, so two processes can never both think
// they created it. It names its holder by pid and process start time, so a
// lock left by a crashed writer is recognized even after its pid was reused.

interface Holder {
  pid: number;
  /** clock ticks since boot at which the holder started (null: unknown on this platform) */
  start: string | null;
  host: string;
  since: string;
}

/** An empty or unreadable lock file younger than this may be one an older talkgraph is still writing. */
const UNREADABLE_LOCK_GRACE_MS = 30_000;
/** A takeover guard older than this was left by a process that crashed mid-takeover. */
const TAKEOVER_GUARD_STALE_MS = 10_000;

export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
}

function parseHolder(text: string): Holder | null {
  if (/^\d+$/.test(text.trim())) {
    // written by an earlier talkgraph: the pid alone
    const pid = Number(text.trim());
    return pid > 0 ? { pid, start: null, host: hostname(), since: '' } : null;
  }
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) && h.pid > 0 ? h : null;
  } catch {
    return null;
  }
}

function readLock(path: string): { text: string; ino: number; mtimeMs: number } | null {
  try {
    const s = statSync(path);
    return { text: readFileSync(path, 'utf8'), ino: s.ino, mtimeMs: s.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export class WriteLock {
  private held: string | null = null;

  constructor(
    private readonly path: string,
    private readonly fs: DurableFs,
  ) {}

  get isHeld(): boolean {
    return this.held !== null;
  }

  acquire(): void {
    if (this.held) return;
    const me: Holder = {
      pid: process.pid,
      start: processStart(process.pid),
      host: hostname(),
      since: new Date().toISOString(),
    };
    const text = JSON.stringify(me);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (this.tryLink(text)) {
        this.held = text;
        return;
      }
      const found = readLock(this.path);
      if (!found) continue; // released meanwhile: try again
      this.judge(found);
      this.takeOver(found);
    }
    throw new LockBusyError(`${this.path}: could not take the write lock (other writers keep taking it)`);
  }

  private tryLink(text: string): boolean {
    const tmp = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    const fd = this.fs.openSync(tmp, 'wx');
    try {
      writeFully(this.fs, fd, Buffer.from(text), 0, tmp);
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
    try {
      this.fs.linkSync(tmp, this.path);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      return false;
    } finally {
      this.fs.unlinkSync(tmp);
    }
  }

  /** Throws when the lock's holder may still be writing; returns when the lock is stale. */
  private judge(found: { text: string; mtimeMs: number }): void {
    const holder = parseHolder(found.text);
    if (!holder) {
      if (Date.now() - found.mtimeMs < UNREADABLE_LOCK_GRACE_MS)
        throw new LockBusyError(
          `${this.path}: the lock file is empty or unreadable, so another process may be taking it; ` +
            'if no talkgraph process is writing to this data dir, remove the file',
        );
      return;
    }
    if (holder.host !== hostname())
      throw new LockBusyError(
        `${this.path}: held by pid ${holder.pid} on ${holder.host}, which this host cannot check`,
      );
    if (!isAlive(holder.pid)) return;
    const start = holder.start === null ? null : processStart(holder.pid);
    if (holder.start !== null && start !== null && start !== holder.start) return; // the pid was reused
    throw new LockBusyError(
      `${this.path}: another talkgraph process (pid ${holder.pid}) is writing to this data dir` +
        (holder.since ? ` since ${holder.since}` : ''),
    );
  }

  /**
   * Removes a stale lock, but only the one judged stale: under a guard file
   * created exclusively, and only if the lock is still that file with that
   * content, so two processes taking over at once cannot remove a fresh lock.
   */
  private takeOver(stale: { text: string; ino: number }): void {
    const guard = `${this.path}.takeover`;
    let fd: number;
    try {
      fd = this.fs.openSync(guard, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const g = readLock(guard);
      if (g && Date.now() - g.mtimeMs > TAKEOVER_GUARD_STALE_MS) this.fs.unlinkSync(guard);
      else throw new LockBusyError(`${this.path}: another process is taking over the stale lock`);
      return;
    }
    try {
      const now = readLock(this.path);
      if (now && now.ino === stale.ino && now.text === stale.text) this.fs.unlinkSync(this.path);
    } finally {
      this.fs.closeSync(fd);
      this.fs.unlinkSync(guard);
    }
  }

  release(): void {
    if (!this.held) return;
    const now = readLock(this.path);
    // only our own lock: should another process have judged it stale, its lock stays
    if (now && now.text === this.held) this.fs.unlinkSync(this.path);
    this.held = null;
  }
}
