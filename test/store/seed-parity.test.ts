import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Neo4jStore } from '../../src/store/neo4j';
import { gql } from '../support/api';
import { queryJson, talkgraph } from '../support/cli';
import { CORPORA } from '../support/corpus';
import { tempDir } from '../support/tmp';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';

// Real documents (the demo corpus, and the seed corpus when it is there)
// through the real CLI into each store, then the export every
// user and the scorer read (../shared/CONTRACT.md's fields, page by page):
// the two stores must answer identically.

const config = neo4jTestConfig();

const EXPORT_FIELDS: Record<string, string> = {
  events: 'name aliases startDate endDate city venue organizers { name }',
  talks: 'title speakers { name } event { name } technologies { name }',
  people: 'name aliases affiliations { organization { name } role }',
  organizations: 'name aliases',
  technologies: 'name aliases category',
};

function exportAll(dataDir: string, env: NodeJS.ProcessEnv) {
  const out: Record<string, unknown[]> = {};
  for (const [field, selection] of Object.entries(EXPORT_FIELDS)) {
    const nodes: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const q = `query($after: String) { ${field}(first: 7, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
      const r = queryJson(dataDir, q, { after }, env);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      nodes.push(...r.data[field].nodes);
      if (!r.data[field].pageInfo.hasNextPage) break;
      after = r.data[field].pageInfo.endCursor;
    }
    out[field] = nodes;
  }
  return out;
}

describe('real documents on both stores', { skip: !config && NEO4J_SKIP }, () => {
  let neo: Neo4jStore;
  let release: () => void;
  const neoEnv = () => ({
    NEO4J_URI: config!.uri,
    NEO4J_USER: config!.user,
    NEO4J_PASSWORD: config!.password,
    NEO4J_DATABASE: config!.database ?? '',
  });
  before(async () => {
    release = await lockTestDatabase(config!.uri);
    neo = await openEmptyNeo4jStore(config!);
  });
  after(async () => {
    await neo?.close();
    release?.();
  });

  for (const corpus of CORPORA) {
    it(`exports the same graph from Neo4j as from the embedded store (${corpus.name} corpus)`, async () => {
      await neo.wipe();
      await neo.init();
      const data = tempDir();
      const embeddedIngest = talkgraph(['ingest', '--data-dir', data, corpus.dir]);
      assert.equal(embeddedIngest.status, 0, embeddedIngest.stderr);
      const neoIngest = talkgraph(['ingest', corpus.dir], neoEnv());
      assert.equal(neoIngest.status, 0, neoIngest.stderr);
      const again = talkgraph(['ingest', corpus.dir], neoEnv());
      assert.match(again.stdout, new RegExp(`${corpus.documents} unchanged`));
      const embedded = exportAll(data, {});
      const viaNeo4j = exportAll(tempDir(), neoEnv());
      assert.ok((embedded.talks as unknown[]).length >= 15);
      assert.deepEqual(viaNeo4j, embedded);
    });

    it(`re-ingests a changed large document in one transaction (the largest of the ${corpus.name} corpus)`, () => {
      const docs = tempDir();
      const largest = readdirSync(corpus.dir)
        .map((name) => ({ name, size: statSync(join(corpus.dir, name)).size }))
        .sort((a, b) => b.size - a.size)[0];
      const path = join(docs, largest.name);
      const original = readFileSync(join(corpus.dir, largest.name));
      writeFileSync(path, original);
      const first = talkgraph(['ingest', path], neoEnv());
      assert.equal(first.status, 0, first.stderr);
      writeFileSync(path, Buffer.concat([original, Buffer.from('\n\n补记：本期特刊由编辑部整理。\n')]));
      const second = talkgraph(['ingest', path], neoEnv());
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /1 stored/);
    });
  }

  it('costs at most one Cypher round trip per level of a GraphQL query', async () => {
    const before = neo.roundTrips;
    const r = await gql(
      neo,
      '{ events(first: 100) { nodes { name talks { title speakers { name affiliations { organization { name } } } technologies { name } } } } }',
    );
    assert.equal(r.errors, undefined);
    assert.ok(r.data.events.nodes.length > 0);
    // depth 4: events, their talks, the talks' speakers and technologies, the speakers' affiliations
    assert.ok(neo.roundTrips - before <= 4, `${neo.roundTrips - before} round trips`);
  });
});
