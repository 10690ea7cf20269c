import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataDir, openStore } from '../store/open';
import type { GraphStore } from '../store/port';

export interface StoreFlags {
  dataDir?: string;
}

export interface StoreUse {
  /** the command only reads: a missing data dir stays missing */
  readOnly?: boolean;
}

/** The embedded store's folder for these flags, or null when NEO4J_URI selects Neo4j. */
export function embeddedDataDir(flags: StoreFlags, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NEO4J_URI) return null;
  return flags.dataDir ? resolve(flags.dataDir) : defaultDataDir(env);
}

/**
 * A mistyped --data-dir used to answer from an empty store without a word.
 * Commands that only read say so on stderr (stdout stays the answer): the
 * folder is missing, or it holds no documents. Checked before the store is
 * opened, because opening the embedded store creates the folder.
 */
export function dataDirWarning(flags: StoreFlags): string | null {
  const dir = embeddedDataDir(flags);
  if (dir === null || existsSync(dir)) return null;
  return `talkgraph: warning: data dir ${dir} does not exist, so the store is empty; ingest documents first (talkgraph ingest --data-dir ${dir} PATH…) or pass the right --data-dir`;
}

export async function emptyStoreWarning(store: GraphStore, flags: StoreFlags): Promise<string | null> {
  const dir = embeddedDataDir(flags);
  if (dir === null) return null;
  const { documents } = await store.stats();
  return documents === 0
    ? `talkgraph: warning: data dir ${dir} holds no documents; ingest some first (talkgraph ingest --data-dir ${dir} PATH…)`
    : null;
}

/** Opens the store for one command, runs `work`, and closes it whatever happens. */
export async function withStore<T>(
  flags: StoreFlags,
  work: (store: GraphStore) => Promise<T>,
  use: StoreUse = {},
): Promise<T> {
  const store = await openStore({ dataDir: flags.dataDir, create: !use.readOnly });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
