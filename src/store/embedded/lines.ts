import { fstatSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';

const readAsync = promisify(read);

/** A complete line and the bytes it spans in the file (its newline excluded). */
export interface Line {
  text: string;
  start: number;
  end: number;
}
const CHUNK = 4 * 1024 * 1024;

/**
 * Reads the complete lines of a file from an offset on, in chunks, and
 * remembers how far it got: a line still being written (no newline yet) is
 * left for the next read, so a reader never acts on half an entry.
 */
export class LineReader {
  /** bytes before `offset` have been handed out as complete lines */
  offset: number;
  /** bytes after `offset` seen on the last read that do not end a line yet */
  pending = 0;

  constructor(
    readonly fd: number,
    offset: number,
  ) {
    this.offset = offset;
  }

  /** Reads to the end of the file now; `onLine` gets each complete line and where its bytes are. */
  readSync(onLine: (line: string, start: number, end: number) => void): void {
    const buf = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer | null = null;
    let position = this.offset;
    for (;;) {
      const n = readSync(this.fd, buf, 0, CHUNK, position);
      if (n === 0) break;
      position += n;
      carry = this.split(carry, buf.subarray(0, n), onLine);
    }
    this.pending = carry?.length ?? 0;
  }

  /** The same, off the event loop's back: a chunk at a time, yielding between chunks. */
  async read(onLines: (lines: Line[]) => void): Promise<void> {
    const buf = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer | null = null;
    let position = this.offset;
    for (;;) {
      const { bytesRead } = await readAsync(this.fd, buf, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const lines: Line[] = [];
      carry = this.split(carry, buf.subarray(0, bytesRead), (text, start, end) => lines.push({ text, start, end }));
      onLines(lines);
      await new Promise<void>((done) => setImmediate(done));
    }
    this.pending = carry?.length ?? 0;
  }

  /** Bytes in the file not read yet (0 when nothing new was appended). */
  unread(): number {
    return fstatSync(this.fd).size - this.offset;
  }

  private split(
    carry: Buffer | null,
    chunk: Buffer,
    onLine: (line: string, start: number, end: number) => void,
  ): Buffer | null {
    const data = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    // `offset` is where data[start] sits in the file
    for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
      if (nl > start) onLine(data.toString('utf8', start, nl), this.offset, this.offset + nl - start);
      this.offset += nl + 1 - start;
      start = nl + 1;
    }
    return start < data.length ? Buffer.from(data.subarray(start)) : null;
  }
}
