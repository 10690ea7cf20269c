import type { GraphStore, ReadOptions } from '../store/port';
import { type Batchers, createBatchers } from './batchers';
import { readingWith } from './evidence';
import { DEFAULT_LIMITS } from './limits/config';
import { type RequestWork, type Stopped, stopWhen, storeUntil } from './limits/deadline';
import type { SourceReader } from './sources/types';

/** What every resolver sees: the store port (behind this request's deadline) and this request's batchers. */
export interface GraphContext {
  store: GraphStore;
  batchers: Batchers;
  /** true once the request's deadline has passed or its client hung up */
  stopped: Stopped;
  work: RequestWork;
  /** reads a document's text for the source viewer; null where nobody provided one */
  sources: SourceReader | null;
  /** what this request's reads ship: set from the operation (evidence.ts) before resolvers run */
  reads: ReadOptions;
}

export interface ContextOptions {
  /** the request's deadline in ms (default DEFAULT_LIMITS.timeoutMs) */
  timeoutMs?: number;
  /** an outside signal that also stops the request (a test, a caller's own deadline) */
  signal?: AbortSignal;
  /** an outside check that also stops the request (the HTTP layer: the client hung up) */
  gone?: Stopped;
  /** the file reader behind Document.source (the server and CLI pass the loader's) */
  sources?: SourceReader;
}

/** A new context per request: batchers cache per request only, never across users. */
export function createContext(store: GraphStore, options: ContextOptions = {}): GraphContext {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const stopped = stopWhen(timeoutMs, options);
  const reads: ReadOptions = {};
  const guarded = storeUntil(readingWith(store, reads), stopped, timeoutMs);
  return {
    store: guarded.store,
    batchers: createBatchers(guarded.store),
    stopped,
    work: guarded.work,
    sources: options.sources ?? null,
    reads,
  };
}
