import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jConfig } from '../../src/store/neo4j';
import { Neo4jStore } from '../../src/store/neo4j';

// Where the Neo4j tests find their database: NEO4J_TEST_URI (+ NEO4J_TEST_USER,
// NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE), which scripts/run-tests.mjs sets
// to a throwaway instance. The tests wipe that database, so test files that
// use it take a lock first: node --test runs files in parallel processes.

export const NEO4J_SKIP =
  'NEO4J_TEST_URI is not set: Neo4j tests skipped (npm test starts a throwaway Neo4j when Java 17 and Maven exist)';

// CI runs the Neo4j tests always (scripts/run-tests.mjs starts one or fails):
// a test file run there without a Neo4j fails instead of skipping.
if (process.env.CI && !process.env.NEO4J_TEST_URI)
  throw new Error('CI runs the Neo4j tests too, but NEO4J_TEST_URI is not set (run them via scripts/run-tests.mjs)');

export function neo4jTestConfig(): Neo4jConfig | null {
  const env = process.env;
  if (!env.NEO4J_TEST_URI) return null;
  return {
    uri: env.NEO4J_TEST_URI,
    user: env.NEO4J_TEST_USER || 'neo4j',
    password: env.NEO4J_TEST_PASSWORD ?? '',
    database: env.NEO4J_TEST_DATABASE || undefined,
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until no other test process holds this database; returns the release function. */
export async function lockTestDatabase(uri: string): Promise<() => void> {
  const dir = join(tmpdir(), `talkgraph-neo4j-test-${createHash('sha1').update(uri).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      const release = () => rmSync(dir, { recursive: true, force: true });
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = 0;
      try {
        holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // the holder is between mkdir and writing its pid
      }
      if (holder && !alive(holder)) rmSync(dir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Neo4j test database ${uri} stayed locked by pid ${holder}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** An initialized store on an emptied test database. */
export async function openEmptyNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const store = new Neo4jStore(config);
  await store.wipe();
  await store.init();
  return store;
}
