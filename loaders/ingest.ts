import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentId } from '../src/model/ids';
import type { GraphStore } from '../src/store/port';
import { type Catalogs, loadCatalogs } from './catalogs';
import { loadDocument } from './pipeline';
import type { Diagnostic, LoadResult } from './types';

// The loader's only I/O: walk the given paths, read each file, run the pure
// pipeline, and write each document's facts in one store transaction. A
// document that fails is reported and skipped; the batch goes on.

/** Hidden files and folders, and editor/OS litter, are not documents. */
const SKIP = /^(\.|~|Thumbs\.db$|desktop\.ini$)/;

export function walkDocuments(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (p: string, top: boolean) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      if (top) missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!SKIP.test(name)) visit(join(p, name), false);
    } else if (st.isFile()) files.push(resolve(p));
  };
  for (const p of paths) visit(p, true);
  return { files, missing };
}

export interface IngestReport {
  results: LoadResult[];
  /** documents not stored: unreadable, rejected, or failed to write */
  failed: number;
}

export interface IngestOptions {
  catalogs?: Catalogs;
  /** called after each document, e.g. to print progress */
  onResult?: (r: LoadResult) => void;
}

export async function ingestPaths(store: GraphStore, paths: readonly string[], options: IngestOptions = {}) {
  const { files, missing } = walkDocuments(paths);
  const catalogs = options.catalogs ?? loadCatalogs();
  const results: LoadResult[] = [];
  const report = (r: LoadResult) => {
    results.push(r);
    options.onResult?.(r);
  };
  for (const path of missing)
    report({
      path,
      documentId: '',
      status: 'rejected',
      facts: null,
      diagnostics: [fatal('not-found', 'no such file or folder')],
    });
  for (const path of files) report(await ingestFile(store, path, catalogs));
  const failed = results.filter((r) => r.status === 'rejected').length;
  return { results, failed } satisfies IngestReport;
}

async function ingestFile(store: GraphStore, path: string, catalogs: Catalogs): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return {
      path,
      documentId: '',
      status: 'rejected',
      facts: null,
      diagnostics: [fatal('unreadable', (e as Error).message)],
    };
  }
  // An unchanged document is not extracted again: ingest twice changes nothing, cheaply.
  const id = documentId(path);
  const hash = createHash('sha256').update(bytes).digest('hex');
  if ((await store.documentHash(id)) === hash)
    return { path, documentId: id, status: 'unchanged', facts: null, diagnostics: [] };
  const result = loadDocument(path, bytes, catalogs);
  if (result.status === 'rejected' || !result.facts) return { ...result, status: 'rejected' };
  try {
    const written = await store.writeDocument(result.facts);
    return written.changed ? result : { ...result, status: 'unchanged' };
  } catch (e) {
    // nothing of this document was stored (the write is one transaction); earlier documents stay
    return {
      ...result,
      status: 'rejected',
      diagnostics: [...result.diagnostics, fatal('store', (e as Error).message)],
    };
  }
}

function fatal(code: string, message: string): Diagnostic {
  return { severity: 'fatal', code, message };
}
