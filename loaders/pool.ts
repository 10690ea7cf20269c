import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { documentId } from '../src/model/ids';
import type { Catalogs } from './catalogs';
import { loadDocument } from './pipeline';
import type { LoadResult } from './types';

// Extraction is synchronous, so a runaway document (a rule gone super-linear)
// would freeze the whole batch. The pool runs read → parse → extract → resolve
// in worker threads, one document per thread at a time, each under a deadline:
// a thread past it is terminated and replaced, and that document alone becomes
// a `timeout` error. It also spreads the work over the machine's cores.

export const DEFAULT_DEADLINE_MS = 20_000;

export interface PoolOptions {
  catalogs: Catalogs;
  /** threads; 0 runs the pipeline inline on the calling thread, without a deadline (default: TALKGRAPH_WORKERS, else the available cores, at least 2) */
  workers?: number;
  /** per-document deadline in ms (default: TALKGRAPH_DOCUMENT_DEADLINE_MS, else 20 s) */
  deadlineMs?: number;
  /** passed to the read stage (default: TALKGRAPH_MAX_DOCUMENT_BYTES, else 20 MB) */
  maxBytes?: number;
  /** heap cap per thread in MB, so one document cannot exhaust the process (default 2048) */
  maxHeapMb?: number;
}

/** What the pool did, for tests and the benchmark (work counters, not timings). */
export interface PoolCounters {
  /** threads started, including replacements */
  started: number;
  /** documents stopped at their deadline */
  timedOut: number;
  /** threads that died (out of memory, crash) and were replaced */
  crashed: number;
  completed: number;
}

export interface DocumentJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  maxBytes?: number;
}

export interface DocumentJobResult {
  id: number;
  result: LoadResult;
}

interface Pending {
  job: DocumentJob;
  done: (r: LoadResult) => void;
}

interface Slot {
  worker: Worker;
  /** modules loaded and catalogs received: the deadline measures extraction, not start-up */
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

export function poolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TALKGRAPH_WORKERS);
  if (env.TALKGRAPH_WORKERS !== undefined && Number.isInteger(n) && n >= 0) return n;
  return Math.max(2, availableParallelism());
}

export function deadlineFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TALKGRAPH_DOCUMENT_DEADLINE_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_DEADLINE_MS;
}

export class ExtractionPool {
  readonly size: number;
  readonly deadlineMs: number;
  readonly counters: PoolCounters = { started: 0, timedOut: 0, crashed: 0, completed: 0 };
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private startFailures = 0;

  constructor(private readonly options: PoolOptions) {
    this.size = options.workers ?? poolSizeFromEnv();
    this.deadlineMs = options.deadlineMs ?? deadlineFromEnv();
  }

  /** Runs one document through the pipeline; never rejects (problems are diagnostics on the result). */
  load(path: string, bytes: Buffer): Promise<LoadResult> {
    if (this.closed) throw new Error('the extraction pool is closed');
    if (this.size === 0) {
      this.counters.completed++;
      return Promise.resolve(loadDocument(path, bytes, this.options.catalogs, { maxBytes: this.options.maxBytes }));
    }
    return new Promise((done) => {
      this.queue.push({
        job: { id: this.nextId++, path, bytes: new Uint8Array(bytes), maxBytes: this.options.maxBytes },
        done,
      });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => this.retire(s)));
  }

  private pump() {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && s.current === null);
      if (!slot) {
        // start threads up to the pool size; each takes work once it says it is ready
        let starting = this.slots.filter((s) => !s.ready).length;
        while (starting < this.queue.length && this.slots.length < this.size) {
          this.spawn();
          starting++;
        }
        return;
      }
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(join(__dirname, 'worker.js'), {
      workerData: { catalogs: this.options.catalogs },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
    });
    // An idle thread must not keep the process alive; a document in flight holds its deadline timer.
    worker.unref();
    this.counters.started++;
    const slot: Slot = { worker, ready: false, current: null, timer: null };
    worker.on('message', (reply: DocumentJobResult | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      const pending = slot.current;
      if (!pending || pending.job.id !== reply.id) return;
      this.finish(slot);
      this.counters.completed++;
      pending.done(reply.result);
      this.pump();
    });
    worker.on('error', (e) => this.fail(slot, 'internal', `extraction thread failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (slot.current) this.fail(slot, 'internal', `extraction thread exited (code ${code})`);
    });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, pending: Pending) {
    slot.current = pending;
    slot.timer = setTimeout(() => {
      this.counters.timedOut++;
      this.fail(
        slot,
        'timeout',
        `${pending.job.path}: not done within the per-document deadline of ${this.deadlineMs / 1000} s; stopped`,
        false,
      );
    }, this.deadlineMs);
    slot.worker.postMessage(pending.job);
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
  }

  /** The thread is lost (deadline, crash): report its document, replace the thread, go on. */
  private fail(slot: Slot, code: string, message: string, crashed = true) {
    const pending = slot.current;
    this.finish(slot);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (crashed) this.counters.crashed++;
    void this.retire(slot);
    // a thread that cannot even start (a broken install) would be restarted forever: fail the queue instead
    if (!slot.ready && ++this.startFailures >= 3)
      for (const queued of this.queue.splice(0)) queued.done(lost(queued.job.path, code, message));
    if (pending) pending.done(lost(pending.job.path, code, message));
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot) {
    slot.worker.removeAllListeners('message');
    slot.worker.removeAllListeners('exit');
    slot.worker.on('error', () => {}); // a thread being stopped may still report; it no longer matters
    await slot.worker.terminate();
  }
}

function lost(path: string, code: string, message: string): LoadResult {
  return {
    path,
    documentId: documentId(resolve(path)),
    status: 'rejected',
    facts: null,
    diagnostics: [{ severity: 'fatal', code, message: message.startsWith(path) ? message : `${path}: ${message}` }],
  };
}
