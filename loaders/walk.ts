import { readdirSync, type Stats, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from './types';

// Finds the documents under the paths a user named. Every real file is visited
// once however many symlinks lead to it (and symlink loops end), and every
// path that cannot be a document is reported by name instead of vanishing:
// unreadable folders, FIFOs, sockets, devices, broken links. Names are read as
// bytes, so a file whose name is not UTF-8 is still found and read.

/** Hidden files and folders, and editor/OS litter, are not documents. */
const SKIP = /^(\.|~|Thumbs\.db$|desktop\.ini$)/;

export interface FoundFile {
  /** the path as shown to users and used for the document id (invalid name bytes as \xNN) */
  path: string;
  /** the path as the file system knows it (bytes when the name is not UTF-8) */
  fsPath: string | Buffer;
  size: number;
  /** e.g. a warning that the name is not UTF-8 */
  diagnostics: Diagnostic[];
}

export interface WalkProblem {
  path: string;
  /** 'rejected' counts as a failure (exit 1); 'skipped' is reported but is not an error */
  status: 'rejected' | 'skipped';
  diagnostic: Diagnostic;
}

export interface Walk {
  files: FoundFile[];
  problems: WalkProblem[];
  /** paths named on the command line that do not exist (kept for callers of the old shape) */
  missing: string[];
  /** files or folders reached again through another path (a symlink) and not visited twice */
  duplicates: number;
}

export function findDocuments(paths: readonly (string | Buffer)[]): Walk {
  const walk: Walk = { files: [], problems: [], missing: [], duplicates: 0 };
  const seen = new Set<string>();
  const problem = (path: string, status: WalkProblem['status'], code: string, message: string) =>
    walk.problems.push({
      path,
      status,
      diagnostic: { severity: status === 'rejected' ? 'fatal' : 'warning', code, message },
    });

  const visit = (fsPath: string | Buffer, shown: string, top: boolean) => {
    let st: Stats;
    try {
      st = statSync(fsPath);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (top) {
        walk.missing.push(shown);
        problem(shown, 'rejected', 'not-found', `${shown}: no such file or folder`);
      } else if (code === 'ENOENT' || code === 'ELOOP')
        problem(shown, 'skipped', 'broken-link', `${shown}: a symbolic link to nothing (${code})`);
      else problem(shown, 'rejected', 'unreadable', `${shown}: ${(e as Error).message}`);
      return;
    }
    // dev:ino names the real file or folder, whatever path reached it
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) {
      walk.duplicates++;
      return;
    }
    seen.add(key);
    if (st.isDirectory()) {
      let names: Buffer[];
      try {
        names = readdirSync(fsPath, { encoding: 'buffer' });
      } catch (e) {
        problem(shown, 'rejected', 'unreadable', `${shown}: folder cannot be read: ${(e as Error).message}`);
        return;
      }
      names.sort(Buffer.compare);
      for (const name of names) {
        const display = showName(name);
        if (SKIP.test(display.text)) continue;
        const childFs =
          typeof fsPath === 'string' && display.utf8 ? join(fsPath, display.text) : joinBytes(fsPath, name);
        visit(childFs, join(shown, display.text), false);
      }
    } else if (st.isFile()) {
      const diagnostics: Diagnostic[] = [];
      if (typeof fsPath !== 'string')
        diagnostics.push({
          severity: 'warning',
          code: 'file-name',
          message: `${shown}: the file name is not UTF-8; its stray bytes are shown as \\xNN`,
        });
      walk.files.push({ path: shown, fsPath, size: st.size, diagnostics });
    } else problem(shown, 'skipped', 'not-a-file', `${shown}: a ${kindOf(st)}, not a regular file`);
  };

  for (const p of paths) {
    const shown = resolve(typeof p === 'string' ? p : showName(p).text);
    visit(typeof p === 'string' ? resolve(p) : p, shown, true);
  }
  return walk;
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'named pipe (FIFO)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

/** A file name's text, with bytes that are not UTF-8 written as \xNN so the name stays unique and visible. */
function showName(name: Buffer): { text: string; utf8: boolean } {
  const text = name.toString('utf8');
  if (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(name)) return { text, utf8: true };
  let out = '';
  let i = 0;
  while (i < name.length) {
    const len = utf8SequenceLength(name, i);
    if (len > 0) {
      out += name.subarray(i, i + len).toString('utf8');
      i += len;
    } else out += `\\x${name[i++].toString(16).padStart(2, '0')}`;
  }
  return { text: out, utf8: false };
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(b: Buffer, i: number): number {
  const c = b[i];
  const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return 0;
  // the strict decoder (fatal) rejects overlongs and surrogates; check the whole sequence with it
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(i, i + need + 1));
    return need + 1;
  } catch {
    return 0;
  }
}

function joinBytes(dir: string | Buffer, name: Buffer): Buffer {
  const base = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
  return Buffer.concat([base, Buffer.from('/'), name]);
}
