import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from '../store/neo4j-fixture';
import { DEMO_CORPUS, queryJson, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// `talkgraph remove` on both stores, as a user meets it: a document's file
// was deleted, so its facts must go; a person another document also names
// stays (with that document's talks), one only the removed document named goes.

const REMOVED = '2016-05-mumian-cloud-native-salon-speakers.md';
const PEOPLE = `{ people(first: 1000) { nodes { name talks { title } evidence { document { path } } } } }`;
const TALKS =
  '{ talks(first: 1000) { totalCount nodes { title event { name } } } events(first: 100) { nodes { name } } }';

interface Person {
  name: string;
  talks: { title: string }[];
  evidence: { document: { path: string } }[];
}

function removeSuite(storeName: string, env: () => NodeJS.ProcessEnv, prepare: () => Promise<void>) {
  it(`${storeName}: removes a deleted document's facts and keeps what other documents state`, async () => {
    await prepare();
    const data = tempDir();
    const docs = join(tempDir(), 'corpus');
    cpSync(DEMO_CORPUS, docs, { recursive: true });
    const ingest = talkgraph(['ingest', '-q', '--data-dir', data, docs], env());
    assert.equal(ingest.status, 0, ingest.stderr);

    const people = (): Person[] => queryJson(data, PEOPLE, undefined, env()).data.people.nodes;
    const before = people();
    const from = (p: Person) => new Set(p.evidence.map((e) => e.document.path.split(/[\\/]/).pop()));
    const onlyThere = before.filter((p) => from(p).size === 1 && from(p).has(REMOVED)).map((p) => p.name);
    const shared = before.filter((p) => from(p).has(REMOVED) && from(p).size > 1);
    // the fixture must exercise both rules, or the test proves nothing
    assert.ok(
      onlyThere.length > 0 && shared.length > 0,
      JSON.stringify({ onlyThere, shared: shared.map((p) => p.name) }),
    );
    const talksBefore = queryJson(data, TALKS, undefined, env()).data;

    rmSync(join(docs, REMOVED));
    const r = talkgraph(['remove', '--data-dir', data, join(docs, REMOVED)], env());
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /removed 1 documents, 0 paths not in the store/);

    const afterPeople = people();
    const names = new Set(afterPeople.map((p) => p.name));
    for (const n of onlyThere) assert.ok(!names.has(n), `${n} was named only by the removed document`);
    for (const p of shared) {
      const now = afterPeople.find((q) => q.name === p.name);
      assert.ok(now, `${p.name} is also named by another document`);
      assert.ok(!from(now).has(REMOVED), `${p.name} keeps no evidence from the removed document`);
      assert.ok(now.talks.length < p.talks.length, `${p.name} lost the removed document's talk`);
    }
    const talksAfter = queryJson(data, TALKS, undefined, env()).data;
    assert.ok(talksAfter.talks.totalCount < talksBefore.talks.totalCount);
    assert.equal(talksAfter.events.nodes.length, talksBefore.events.nodes.length - 1);

    // the stored documents are what is left on disk; removing a folder removes the rest
    const stats = JSON.parse(talkgraph(['stats', '--data-dir', data], env()).stdout);
    assert.equal(stats.documents, 7);
    const again = talkgraph(['remove', '--data-dir', data, join(docs, REMOVED)], env());
    assert.equal(again.status, 1);
    assert.match(again.stderr, /not in the store +.*mumian/);
    const all = talkgraph(['remove', '-q', '--data-dir', data, docs], env());
    assert.equal(all.status, 0, all.stderr);
    assert.match(all.stdout, /^removed 7 documents/);
    const empty = queryJson(
      data,
      '{ people(first: 1) { totalCount } technologies(first: 1) { totalCount } }',
      undefined,
      env(),
    );
    assert.deepEqual(empty.data, { people: { totalCount: 0 }, technologies: { totalCount: 0 } });
  });
}

describe('talkgraph remove: embedded store', () => {
  removeSuite(
    'embedded',
    () => ({}),
    async () => {},
  );
});

const config = neo4jTestConfig();
describe('talkgraph remove: neo4j', { skip: !config && NEO4J_SKIP }, () => {
  let release: () => void = () => {};
  before(async () => {
    release = await lockTestDatabase(config!.uri);
  });
  after(() => release());
  removeSuite(
    'neo4j',
    () => ({
      NEO4J_URI: config!.uri,
      NEO4J_USER: config!.user,
      NEO4J_PASSWORD: config!.password,
      NEO4J_DATABASE: config!.database ?? '',
    }),
    async () => {
      const store = await openEmptyNeo4jStore(config!);
      await store.close();
    },
  );
});
