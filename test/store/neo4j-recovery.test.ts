import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { StoreUnavailableError } from '../../src/store/errors';
import { Neo4jStore } from '../../src/store/neo4j';
import { NEO4J_SKIP, neo4jTestConfig } from './neo4j-fixture';

// Neo4j going away and coming back: the same store object reports not ready,
// fails queries with a clear error, and works again once the server is back,
// without a restart of talkgraph. Starts its own Neo4j (the launcher in neo4j/).

interface Launched {
  uri: string;
  stop(): Promise<void>;
}
interface Launcher {
  missingTools(): string[];
  startNeo4j(options: { port: number; dataDir: string; password: string }): Promise<Launched>;
}

// A real dynamic import: tsc would turn `import()` into require(), which cannot load .mjs.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<Launcher>;
const launcherUrl = pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'neo4j.mjs')).href;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('neo4j store when the server goes away and comes back', { skip: !neo4jTestConfig() && NEO4J_SKIP }, () => {
  it('is not ready while Neo4j is down and serves again once it is up', async () => {
    const launcher = await importEsm(launcherUrl);
    assert.deepEqual(launcher.missingTools(), [], 'java and the launcher are needed here');
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const password = 'recovery-test-pw';
    const store = new Neo4jStore({ uri, user: 'neo4j', password });
    const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-recovery-'));
    let server: Launched | null = null;
    try {
      assert.equal((await store.health()).ok, false, 'not ready before Neo4j runs');
      await assert.rejects(store.stats(), StoreUnavailableError);

      server = await launcher.startNeo4j({ port, dataDir, password });
      const up = await store.health();
      assert.equal(up.ok, true, up.detail);
      await store.init();
      assert.equal((await store.stats()).documents, 0);

      await server.stop();
      server = null;
      assert.equal((await store.health()).ok, false, 'not ready after Neo4j stopped');
      await assert.rejects(store.nodesById(['person:刘奇']), /is unreachable/);
    } finally {
      await store.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
