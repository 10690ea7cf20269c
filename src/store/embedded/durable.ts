import * as nodeFs from 'node:fs';

// Every byte the embedded store writes goes through this seam, so the fault
// tests can make the disk fill up or a write come back short without mocking
// the store itself: the real store runs on the real file system, with one
// call misbehaving the way a full or flaky disk does.

export interface DurableFs {
  openSync(path: string, flags: string | number, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, link: string): void;
  unlinkSync(path: string): void;
}

export const realFs: DurableFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) => nodeFs.writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  ftruncateSync: (fd, length) => nodeFs.ftruncateSync(fd, length),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  linkSync: (existing, link) => nodeFs.linkSync(existing, link),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
};

export function withFs(overrides: Partial<DurableFs> | undefined): DurableFs {
  return overrides ? { ...realFs, ...overrides } : realFs;
}

/**
 * Writes all of `data` at `position` or throws: a short write is continued,
 * and a write that makes no progress is an error, never silently ignored.
 */
export function writeFully(fs: DurableFs, fd: number, data: Uint8Array, position: number, what: string): void {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done, position + done);
    if (!(n > 0)) throw new Error(`${what}: the disk accepted no more bytes (${done} of ${data.length} written)`);
    done += n;
  }
}

/** Makes a rename or a new file in `dir` durable; not every platform can fsync a folder. */
export function fsyncDir(fs: DurableFs, dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a whole file under a temporary name, fsyncs it, and renames it into place. */
export function writeFileAtomic(fs: DurableFs, path: string, tmp: string, chunks: Iterable<Uint8Array>): void {
  const fd = fs.openSync(tmp, 'w');
  try {
    let at = 0;
    for (const chunk of chunks) {
      writeFully(fs, fd, chunk, at, tmp);
      at += chunk.length;
    }
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the orphan is removed on the next open
    }
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, path);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When the process started (clock ticks since boot, from /proc), or null where /proc is not there. */
export function processStart(pid: number): string | null {
  try {
    const stat = nodeFs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: count from the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 of the whole line
  } catch {
    return null;
  }
}
