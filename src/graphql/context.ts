import type { GraphStore } from '../store/port';
import { type Batchers, createBatchers } from './batchers';

/** What every resolver sees: the store port and this request's batchers. */
export interface GraphContext {
  store: GraphStore;
  batchers: Batchers;
}

/** A new context per request: batchers cache per request only, never across users. */
export function createContext(store: GraphStore): GraphContext {
  return { store, batchers: createBatchers(store) };
}
