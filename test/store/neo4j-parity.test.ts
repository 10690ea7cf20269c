import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DocumentFacts, NODE_KINDS, REL_TYPES } from '../../src/model/graph';
import { nodeId } from '../../src/model/ids';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import type { AdjacentKey, GraphStore, NodeSort } from '../../src/store/port';
import { archSummitNote, buildFacts, type DocSpec, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';

// The same writes into both stores, then everything the port can tell compared
// whole: the two must never differ, including the corners (a re-ingest that
// drops a node another document's relationship hangs on; names whose UTF-16
// order differs from their code-point order).

const config = neo4jTestConfig();

/** Names that sort differently by code unit (JS) and by code point (Neo4j's native order). */
const oddNames: DocSpec = {
  documentId: 'doc:oddnames',
  title: '𠀀 collected notes',
  hash: 'odd-1',
  event: { name: 'Ｚ大会', startDate: '2017', organizers: ['ＡＢＣ社', '😀 Club'] },
  technologies: [
    { name: 'ｅｔｃｄ', category: 'tool' },
    { name: '😀 Emoji DB', category: 'database', broader: ['容器'] },
  ],
  people: [{ name: '𠀀字' }, { name: 'Ｚhang' }, { name: '洪强宁', affiliations: [{ org: '😀 Club' }] }],
  talks: [
    { title: '𠀀 talk', speakers: ['𠀀字'], technologies: ['ｅｔｃｄ'] },
    { title: 'Ｚ talk', speakers: ['Ｚhang', '洪强宁'], technologies: ['😀 Emoji DB', 'Docker'] },
  ],
};

/**
 * A document that names a talk's speaker only by the relationship: the person's
 * node comes from the ECUG agenda. Re-ingesting the agenda drops and re-creates
 * that node, which takes this document's GAVE claim with it (in both stores).
 */
function gaveWithoutPerson(): DocumentFacts {
  const facts = buildFacts({
    documentId: 'doc:borrowed',
    title: 'borrowed speaker',
    event: { name: 'ECUG Con 2015' },
    talks: [{ title: '一周一语言', speakers: ['许式伟'], technologies: ['Go'] }],
  });
  const person = nodeId('Person', '许式伟');
  return { ...facts, nodes: facts.nodes.filter((n) => n.id !== person && n.kind !== 'Technology') };
}

const SORTS: (NodeSort | undefined)[] = [
  undefined,
  { field: 'NAME', descending: true },
  { field: 'DATE' },
  { field: 'DATE', descending: true },
  { field: 'TALKS', descending: true },
  { field: 'MENTIONS' },
];

async function snapshot(store: GraphStore): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { stats: await store.stats() };
  const names = await store.nameRows([...NODE_KINDS]);
  out.names = names;
  const ids = names.map((n) => n.id);
  out.nodes = await store.nodesById([...ids, 'person:nobody']);
  const keys: AdjacentKey[] = ids.flatMap((id) =>
    REL_TYPES.flatMap((type) => (['out', 'in'] as const).map((direction) => ({ id, type, direction }))),
  );
  out.adjacent = await store.adjacent(keys);
  out.talkRows = await store.talkRows();
  out.dockerRows = await store.talkRows([nodeId('Technology', 'Docker')]);
  out.technologies = await store.technologyRows();
  out.hashes = await Promise.all(
    ['doc:ecug2015', 'doc:techparty2015', 'doc:oddnames', 'doc:borrowed'].map((d) => store.documentHash(d)),
  );
  const filters = [
    { technologyId: nodeId('Technology', '容器') },
    { speakerId: nodeId('Person', '洪强宁') },
    { organizationId: nodeId('Organization', '😀 Club') },
    { eventId: nodeId('Event', 'ECUG Con 2015') },
    { yearFrom: 2016 },
    { yearTo: 2016, nameContains: 'O' },
    { nameContains: 'ｚ' },
    { includeImplied: true },
    { technologyId: nodeId('Technology', '一致性算法'), includeImplied: true },
  ];
  // Lists in parallel: the answers are compared, not the timing.
  const lists: [string, Promise<unknown>][] = [];
  for (const kind of NODE_KINDS) {
    for (const [i, sort] of SORTS.entries()) {
      const all = store.listNodes(kind, { first: 1000, sort });
      lists.push([`${kind}/sort${i}`, all]);
      const second = all.then((page) => store.listNodes(kind, { first: 2, after: page.cursors[1] ?? null, sort }));
      lists.push([`${kind}/sort${i}/page2`, second]);
    }
    for (const [i, filter] of filters.entries())
      lists.push([`${kind}/filter${i}`, store.listNodes(kind, { first: 1000, filter })]);
  }
  for (const [key, answer] of lists) out[key] = await answer;
  return out;
}

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
