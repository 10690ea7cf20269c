import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { StoreUnavailableError } from '../../src/store/errors';
import { Neo4jStore } from '../../src/store/neo4j';
import type { GraphStore } from '../../src/store/port';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { defineStoreContract } from './contract';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';

// The store contract on a real Neo4j, plus what only a server can get wrong:
// an unreachable server must fail fast and clearly.

const config = neo4jTestConfig();

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('neo4j store, server down', () => {
  it('fails a query quickly with an error naming the URI, and reports not ready', async () => {
    const uri = `bolt://127.0.0.1:${await deadPort()}`;
    const store = new Neo4jStore({ uri, user: 'neo4j', password: 'irrelevant' });
    try {
      const started = Date.now();
      await assert.rejects(store.nodesById(['person:刘奇']), (e: unknown) => {
        assert.ok(e instanceof StoreUnavailableError, `got ${(e as Error).name}: ${(e as Error).message}`);
        assert.match(e.message, new RegExp(`Neo4j at ${uri} is unreachable`));
        return true;
      });
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
      const health = await store.health();
      assert.equal(health.ok, false);
      assert.match(health.detail, new RegExp(uri));
    } finally {
      await store.close();
    }
  });
});

if (!config) {
  describe('store contract: neo4j', { skip: NEO4J_SKIP }, () => {
    it('runs against Neo4j', () => {});
  });
} else {
  describe('neo4j store', () => {
    let release: () => void;
    before(async () => {
      release = await lockTestDatabase(config.uri);
    });
    after(() => release());

    defineStoreContract('neo4j', {
      open: () => openEmptyNeo4jStore(config),
      reset: (store: GraphStore) => (store as Neo4jStore).wipe(),
    });

    it('serves a whole batch of ids or relationship keys with one Cypher round trip', async () => {
      const store = await openEmptyNeo4jStore(config);
      try {
        const before = store.roundTrips;
        await store.nodesById(['person:a', 'person:b', 'tech:c']);
        await store.adjacent([
          { id: 'person:a', type: 'GAVE', direction: 'out' },
          { id: 'tech:c', type: 'ABOUT', direction: 'in' },
        ]);
        await store.listNodes('Talk', { first: 10, filter: { technologyId: 'tech:c' } });
        assert.equal(store.roundTrips - before, 3);
      } finally {
        await store.close();
      }
    });

    it('runs every query in cypher/explore/ with the parameters its comment suggests', async () => {
      const store = await openEmptyNeo4jStore(config);
      try {
        for (const spec of [ecugAgenda, techpartyRecap, archSummitNote]) await store.writeDocument(buildFacts(spec));
        const dir = join(__dirname, '..', '..', '..', 'cypher', 'explore');
        const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
        assert.ok(files.length >= 5);
        for (const file of files) {
          const text = readFileSync(join(dir, file), 'utf8');
          const params = Object.fromEntries([...text.matchAll(/:param (\w+) => '([^']*)'/g)].map((m) => [m[1], m[2]]));
          const rows = await store.connection.read(file, (run) => run(file, params, text));
          assert.ok(rows.length > 0, `${file} with ${JSON.stringify(params)} found nothing`);
        }
      } finally {
        await store.close();
      }
    });

    it(
      'refuses a wrong password with a clear error',
      // CI's throwaway Neo4j has auth on; a NEO4J_TEST_URI with auth off fails there rather than skip.
      { skip: !config.password && !process.env.CI && 'the test server has auth off' },
      async () => {
        const store = new Neo4jStore({ ...config, password: `${config.password}-wrong` });
        try {
          await assert.rejects(store.stats(), /refused the credentials of user "neo4j"/);
          assert.equal((await store.health()).ok, false);
        } finally {
          await store.close();
        }
      },
    );
  });
}
