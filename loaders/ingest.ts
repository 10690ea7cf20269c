import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { DocumentFacts } from '../src/model/graph';
import { documentId } from '../src/model/ids';
import { writeDocuments } from '../src/store/batch';
import type { BatchOutcome, GraphStore } from '../src/store/port';
import { type Catalogs, loadCatalogs } from './catalogs';
import { countFound, genreOf, notADocumentByName } from './genre';
import { ExtractionPool, type PoolCounters } from './pool';
import { maxDocumentBytes } from './read';
import type { Diagnostic, LoadResult } from './types';
import { type FoundFile, findDocuments } from './walk';

// The loader's only I/O: walk the given paths, read each file (size checked
// before reading), run the pure pipeline in the extraction pool (pool.ts: worker
// threads, a deadline per document), and write each document's facts in one
// store transaction, in walk order, on this thread. A document that fails is
// reported and skipped; the batch goes on, and always ends with a report, even
// when the store goes away halfway.

export interface IngestReport {
  results: LoadResult[];
  /** documents not stored because they could not be read, parsed, extracted in time, or written */
  failed: number;
  /** what the extraction pool did (threads started, documents timed out) */
  pool: PoolCounters;
}

export interface IngestOptions {
  catalogs?: Catalogs;
  /** called once the paths are walked, with the number of results that will follow */
  onStart?: (total: number) => void;
  /** called after each document, in walk order, e.g. to print progress */
  onResult?: (r: LoadResult) => void;
  /** a pool to reuse across calls (the caller closes it); otherwise one is made for this call and closed after */
  pool?: ExtractionPool;
  /** extraction threads; 0 runs inline without a deadline (default: TALKGRAPH_WORKERS, else the cores, at least 2) */
  workers?: number;
  /** per-document extraction deadline in ms (default: TALKGRAPH_DOCUMENT_DEADLINE_MS, else 20 s) */
  deadlineMs?: number;
  /** files larger than this are rejected without being read (default: TALKGRAPH_MAX_DOCUMENT_BYTES, else 20 MB) */
  maxBytes?: number;
  /**
   * false: `results` keep each document's status and diagnostics but not its
   * facts (null once `onResult` had them). Kept, the facts of 30k documents
   * held 3 GB until the end of the ingest; the CLI only counts statuses.
   */
  keepFacts?: boolean;
}

/** The documents under `paths` as plain file paths (each real file once), and the named paths that do not exist. */
export function walkDocuments(paths: readonly string[]): { files: string[]; missing: string[] } {
  const walk = findDocuments(paths);
  return { files: walk.files.map((f) => f.path), missing: walk.missing };
}

/** A document read and checked on this thread: either already decided, or bytes for the pool. */
type Prepared = { done: LoadResult } | { file: FoundFile; id: string; hash: string; bytes: Buffer };

export async function ingestPaths(
  store: GraphStore,
  paths: readonly (string | Buffer)[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const walk = findDocuments(paths);
  const catalogs = options.catalogs ?? loadCatalogs();
  const maxBytes = options.maxBytes ?? maxDocumentBytes();
  const pool =
    options.pool ??
    new ExtractionPool({ catalogs, workers: options.workers, deadlineMs: options.deadlineMs, maxBytes });
  const before = { ...pool.counters };
  const results: LoadResult[] = [];
  const keepFacts = options.keepFacts ?? true;
  const report = (r: LoadResult) => {
    results.push(keepFacts || !r.facts ? r : { ...r, facts: null });
    options.onResult?.(r);
  };
  options.onStart?.(walk.problems.length + walk.files.length);
  try {
    for (const p of walk.problems)
      report({ path: p.path, documentId: '', status: p.status, facts: null, diagnostics: [p.diagnostic] });

    // Extraction runs ahead in the pool (a bounded window, so memory stays flat);
    // writes happen here, in walk order, as one batch of whatever is already
    // extracted (the store commits a batch with one fsync: group commit).
    const window = Math.max(2, pool.size * 8);
    const inFlight: { result: Promise<LoadResult>; settled: LoadResult | null }[] = [];
    let next = 0;
    const fill = () => {
      while (inFlight.length < window && next < walk.files.length) {
        const file = walk.files[next++];
        const entry = {
          result: prepare(store, file, maxBytes).then((p) => ('done' in p ? p.done : extractIn(pool, p))),
          settled: null as LoadResult | null,
        };
        entry.result.then(
          (r) => {
            entry.settled = r;
          },
          () => {}, // the loop awaits the result itself and sees the failure there
        );
        inFlight.push(entry);
      }
    };
    fill();
    while (inFlight.length > 0) {
      const batch = [await inFlight.shift()!.result];
      while (inFlight.length > 0 && inFlight[0].settled) batch.push(inFlight.shift()!.settled!);
      fill();
      for (const r of await storeAll(store, batch)) report(r);
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  const failed = results.filter((r) => r.status === 'rejected').length;
  return { results, failed, pool: since(before, pool.counters) };
}

async function prepare(store: GraphStore, file: FoundFile, maxBytes: number): Promise<Prepared> {
  const { path } = file;
  const id = documentId(path);
  const decided = (status: LoadResult['status'], diagnostics: Diagnostic[]): Prepared => ({
    done: { path, documentId: id, status, facts: null, diagnostics: [...file.diagnostics, ...diagnostics] },
  });
  const byName = notADocumentByName(path);
  if (byName) return decided('skipped', [warning('not-a-talk-document', `${path}: not a talk document (${byName})`)]);
  if (file.size > maxBytes)
    return decided('rejected', [
      fatal('too-large', `${path}: ${file.size} bytes, over the ${maxBytes}-byte limit (TALKGRAPH_MAX_DOCUMENT_BYTES)`),
    ]);
  let bytes: Buffer;
  try {
    bytes = readAtMost(file.fsPath, maxBytes + 1);
  } catch (e) {
    return decided('rejected', [fatal('unreadable', `${path}: ${(e as Error).message}`)]);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  // An unchanged document is not extracted again: ingest twice changes nothing, cheaply.
  try {
    if ((await store.documentHash(id)) === hash) return decided('unchanged', []);
  } catch (e) {
    return decided('rejected', [fatal('store', `${path}: the store could not be asked: ${(e as Error).message}`)]);
  }
  return { file, id, hash, bytes };
}

async function extractIn(pool: ExtractionPool, p: Exclude<Prepared, { done: LoadResult }>): Promise<LoadResult> {
  const result = await pool.load(p.file.path, p.bytes);
  const diagnostics = [...p.file.diagnostics, ...result.diagnostics];
  if (result.status === 'rejected' || !result.facts)
    return { ...result, documentId: p.id, status: 'rejected', diagnostics };
  const found = countFound(result.facts);
  const genre = genreOf(found);
  if (genre === 'none')
    return {
      ...result,
      status: 'skipped',
      facts: null,
      found,
      diagnostics: [
        ...diagnostics,
        warning('not-a-talk-document', `${p.file.path}: not a talk document (no event, talk or person found)`),
      ],
    };
  if (genre === 'no-programme')
    diagnostics.push(warning('no-programme', `${p.file.path}: no programme found (no talk in this document)`));
  return { ...result, status: diagnostics.length > 0 ? 'stored-with-warnings' : 'stored', found, diagnostics };
}

const toStore = (r: LoadResult): r is LoadResult & { facts: DocumentFacts } =>
  r.facts !== null && (r.status === 'stored' || r.status === 'stored-with-warnings');

/** Writes the extracted documents of a batch; a store failure rejects only the documents it did not store. */
async function storeAll(store: GraphStore, batch: readonly LoadResult[]): Promise<LoadResult[]> {
  const writes = batch.filter(toStore);
  if (writes.length === 0) return [...batch];
  let outcomes: BatchOutcome[];
  try {
    outcomes = await writeDocuments(
      store,
      writes.map((r) => r.facts),
    );
  } catch (e) {
    outcomes = writes.map((r) => ({ documentId: r.documentId, ok: false, error: e as Error }));
  }
  const byResult = new Map<LoadResult, BatchOutcome>(writes.map((r, i) => [r, outcomes[i]]));
  return batch.map((r) => {
    const o = byResult.get(r);
    if (!o) return r;
    if (o.ok) return o.summary.changed ? r : { ...r, status: 'unchanged' };
    // nothing of this document was stored (the write is one transaction); earlier documents stay
    return {
      ...r,
      status: 'rejected',
      diagnostics: [...r.diagnostics, fatal('store', `${r.path}: not stored: ${o.error.message}`)],
    };
  });
}

/** Reads up to `limit` bytes: a file that grew past the cap after its stat is still not read whole. */
function readAtMost(path: string | Buffer, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function since(before: PoolCounters, now: PoolCounters): PoolCounters {
  return {
    started: now.started - before.started,
    timedOut: now.timedOut - before.timedOut,
    crashed: now.crashed - before.crashed,
    completed: now.completed - before.completed,
  };
}

function fatal(code: string, message: string): Diagnostic {
  return { severity: 'fatal', code, message };
}

function warning(code: string, message: string): Diagnostic {
  return { severity: 'warning', code, message };
}
