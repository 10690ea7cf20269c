import type { GraphStore } from '../../store/port';
import { deadlineError } from '../errors';

/** What one request has asked of the store so far (a work counter tests and logs can read). */
export interface RequestWork {
  storeCalls: number;
  /** store calls refused because the deadline had passed */
  refused: number;
}

/** True once the request must stop: its deadline passed, or its client hung up. */
export type Stopped = () => boolean;

/**
 * The request's stop check: a clock comparison (no timer, no AbortSignal per
 * request; a store call is when it matters) plus, when given, an outside
 * check (a closed connection) or signal (a test).
 */
export function stopWhen(timeoutMs: number, outside?: { signal?: AbortSignal; gone?: Stopped }): Stopped {
  const at = Date.now() + timeoutMs;
  const signal = outside?.signal;
  const gone = outside?.gone;
  return () => Date.now() > at || signal?.aborted === true || gone?.() === true;
}

/**
 * The store as one request sees it: every call first checks whether the
 * request must stop, and once the deadline has passed refuses with
 * DEADLINE_EXCEEDED instead of reaching the store, so a runaway query stops
 * doing work rather than only losing its answer. Resolvers and batchers reach
 * the store only through this view.
 */
export function storeUntil(
  store: GraphStore,
  stopped: Stopped,
  timeoutMs?: number,
): { store: GraphStore; work: RequestWork } {
  const work: RequestWork = { storeCalls: 0, refused: 0 };
  const guarded = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (stopped()) {
          work.refused++;
          // rejected, not thrown: DataLoader would wrap a synchronous throw in a TypeError
          return Promise.reject(deadlineError(timeoutMs));
        }
        work.storeCalls++;
        return value.apply(target, args);
      };
    },
  });
  return { store: guarded, work };
}
