import { resolve } from 'node:path';
import { EmbeddedStore } from './embedded';
import type { GraphStore } from './port';

export interface StoreOptions {
  /** embedded store location; default ./.talkgraph or TALKGRAPH_DATA_DIR */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
  /** false: a missing embedded data dir is read as empty and not created */
  create?: boolean;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TALKGRAPH_DATA_DIR || '.talkgraph');
}

/**
 * The store every command uses: Neo4j when NEO4J_URI is set, else the
 * embedded store under the data dir. Loaded lazily so the embedded path
 * never needs the Neo4j driver.
 */
export async function openStore(options: StoreOptions = {}): Promise<GraphStore> {
  const store = await createStore(options);
  await store.init();
  return store;
}

/** The store, not yet initialized: `serve` starts before Neo4j is up and initializes when it can. */
export async function createStore(options: StoreOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  let store: GraphStore;
  if (env.NEO4J_URI) {
    const { openNeo4jStore } = await import('./neo4j/index.js');
    store = await openNeo4jStore({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    });
  } else {
    store = new EmbeddedStore(options.dataDir ? resolve(options.dataDir) : defaultDataDir(env), {
      create: options.create ?? true,
    });
  }
  return store;
}
