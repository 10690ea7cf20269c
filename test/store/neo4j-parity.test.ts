import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import type { GraphStore } from '../../src/store/port';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';
import { gaveWithoutPerson, oddNames, snapshot } from './neo4j-snapshot';

// The same writes into both stores, then everything the port can tell compared
// whole: the two must never differ, including the corners (a re-ingest that
// drops a node another document's relationship hangs on; names whose UTF-16
// order differs from their code-point order).

const config = neo4jTestConfig();

describe('neo4j and embedded stores agree', { skip: !config && NEO4J_SKIP }, () => {
  let neo: Neo4jStore;
  let embedded: EmbeddedStore;
  let release: () => void;
  before(async () => {
    release = await lockTestDatabase(config!.uri);
    neo = await openEmptyNeo4jStore(config!);
    embedded = new EmbeddedStore(tempDir());
    await embedded.init();
  });
  after(async () => {
    await neo?.close();
    await embedded?.close();
    release?.();
  });

  const steps: [string, (s: GraphStore) => Promise<unknown>][] = [
    [
      'three documents',
      async (s) => {
        for (const spec of [ecugAgenda, techpartyRecap, archSummitNote]) await s.writeDocument(buildFacts(spec));
      },
    ],
    ['names with odd UTF-16 order', (s) => s.writeDocument(buildFacts(oddNames))],
    ['a relationship onto a node another document supplies', (s) => s.writeDocument(gaveWithoutPerson())],
    [
      'the supplying document re-ingested changed',
      (s) => s.writeDocument(buildFacts({ ...ecugAgenda, hash: 'v2', talks: ecugAgenda.talks!.slice(0, 2) })),
    ],
    ['a document removed', (s) => s.removeDocument('doc:techparty2015')],
    [
      'the same content again',
      (s) => s.writeDocument(buildFacts({ ...ecugAgenda, hash: 'v2', talks: ecugAgenda.talks!.slice(0, 2) })),
    ],
    [
      'a removed document back, another removed',
      async (s) => {
        await s.writeDocument(buildFacts(techpartyRecap));
        await s.removeDocument('doc:oddnames');
        await s.removeDocument('doc:never-written');
      },
    ],
  ];
  for (const [name, step] of steps)
    it(`after: ${name}`, async () => {
      const [a, b] = [await step(embedded), await step(neo)];
      assert.deepEqual(b, a, 'write summaries');
      assert.deepEqual(await snapshot(neo), await snapshot(embedded));
    });
});
