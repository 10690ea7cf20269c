import type { GraphStore } from '../../store/port';
import { deadlineError } from '../errors';

/** What one request has asked of the store so far (a work counter tests and logs can read). */
export interface RequestWork {
  storeCalls: number;
  /** store calls refused because the deadline had passed */
  refused: number;
}

/**
 * The store as one request sees it: every call first checks the request's
 * signal, and once the deadline has passed refuses with DEADLINE_EXCEEDED
 * instead of reaching the store, so a runaway query stops doing work rather
 * than only losing its answer. Resolvers and batchers reach the store only
 * through this view.
 */
export function storeUntil(
  store: GraphStore,
  signal: AbortSignal,
  timeoutMs?: number,
): { store: GraphStore; work: RequestWork } {
  const work: RequestWork = { storeCalls: 0, refused: 0 };
  const guarded = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (signal.aborted) {
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
