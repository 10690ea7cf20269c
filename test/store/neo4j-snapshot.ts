import { type DocumentFacts, NODE_KINDS, REL_TYPES } from '../../src/model/graph';
import { nodeId } from '../../src/model/ids';
import type { AdjacentKey, GraphStore, NodeSort } from '../../src/store/port';
import { buildFacts, type DocSpec } from '../support/facts';

// What the parity suites compare: fixtures with the corners, and a snapshot of
// everything the port can tell about a store.

/** Names that sort differently by code unit (JS) and by code point (Neo4j's native order). */
export const oddNames: DocSpec = {
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
export function gaveWithoutPerson(): DocumentFacts {
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

export async function snapshot(store: GraphStore): Promise<Record<string, unknown>> {
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
