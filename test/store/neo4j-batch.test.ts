import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentFacts, NodeKind } from '../../src/model/graph';
import { writeDocuments } from '../../src/store/batch';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import type { BatchOutcome } from '../../src/store/port';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';
import { gaveWithoutPerson, oddNames, snapshot } from './neo4j-snapshot';

// Bulk ingest on Neo4j (many documents per transaction) must end exactly where
// writing the same documents one by one into the embedded store ends, corners
// included: a document whose relationship hangs on another's node, the same
// document twice with changed content, and one bad document in the middle.

const config = neo4jTestConfig();

const summary = (o: BatchOutcome) => (o.ok ? o.summary : { documentId: o.documentId, error: o.error.message });

function badDocument(): DocumentFacts {
  const facts = buildFacts({
    documentId: 'doc:bad',
    title: 'bad',
    talks: [{ title: 'x', speakers: ['某人'], technologies: [] }],
  });
  return { ...facts, nodes: [...facts.nodes, { ...facts.nodes[0], id: 'x:1', kind: 'Meetup' as NodeKind }] };
}

describe('neo4j bulk writes', { skip: !config && NEO4J_SKIP }, () => {
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

  it('writes a batch in one transaction per chunk with the same end state as one by one', async () => {
    const batch = [
      buildFacts(ecugAgenda),
      buildFacts(techpartyRecap),
      badDocument(),
      buildFacts(archSummitNote),
      buildFacts(oddNames),
      gaveWithoutPerson(),
      // the same document again, changed: it drops and re-creates the node gaveWithoutPerson's GAVE hangs on
      buildFacts({ ...ecugAgenda, hash: 'v2', talks: ecugAgenda.talks!.slice(0, 2) }),
      buildFacts(techpartyRecap),
    ];
    const before = neo.roundTrips;
    const fromNeo = await writeDocuments(neo, batch);
    // the embedded store has no labels to protect and takes the bad document: leave it out there
    const fromEmbedded = await writeDocuments(
      embedded,
      batch.filter((f) => f.documentId !== 'doc:bad'),
    );
    assert.deepEqual(fromNeo.filter((o) => o.ok).map(summary), fromEmbedded.map(summary));
    const failed = fromNeo.filter((o) => !o.ok);
    assert.deepEqual(
      failed.map((o) => o.documentId),
      ['doc:bad'],
    );
    assert.match((failed[0] as { error: Error }).error.message, /document doc:bad: node x:1 has unknown kind "Meetup"/);
    assert.equal(
      fromNeo.at(-1)?.ok && fromNeo.at(-1)?.ok && (fromNeo.at(-1) as { summary: { changed: boolean } }).summary.changed,
      false,
    );
    // two chunks (the repeated document starts the second), three statements each
    assert.equal(neo.roundTrips - before, 6);
    assert.deepEqual(await snapshot(neo), await snapshot(embedded));
  });

  it('keeps what earlier batches stored when a later write of the same documents is a no-op', async () => {
    const again = await writeDocuments(neo, [buildFacts(archSummitNote), buildFacts(oddNames)]);
    assert.deepEqual(
      again.map((o) => o.ok && o.summary.changed),
      [false, false],
    );
    assert.deepEqual(await snapshot(neo), await snapshot(embedded));
  });
});
