import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { topicFromHits, topicKeySteps } from '../../src/analysis/topic';
import type { GraphNode, NodeKind } from '../../src/model/graph';
import type { Neo4jStore } from '../../src/store/neo4j';
import { listStatement } from '../../src/store/neo4j/statements';
import type { AdjacentKey, FollowKey, TechnologyKeyHit } from '../../src/store/port';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from './neo4j-fixture';

// The Neo4j read path of issue #10: default list pages read off the
// entity_kind_sort index in order (no sort of every node of the kind), and
// reads with `evidence: false` leave the evidence JSON in the database.

const config = neo4jTestConfig();

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}
const operators = (p: PlanNode): string[] => [
  `${p.operatorType.replace(/@.*/, '')} ${String(p.arguments.Details ?? '')}`,
  ...p.children.flatMap(operators),
];

const withoutEvidence = (n: GraphNode | null) => n && { ...n, evidence: [] };

describe('neo4j read path', { skip: !config && NEO4J_SKIP }, () => {
  let release: () => void;
  let store: Neo4jStore;
  before(async () => {
    release = await lockTestDatabase(config!.uri);
    store = await openEmptyNeo4jStore(config!);
    for (const spec of [ecugAgenda, techpartyRecap, archSummitNote]) await store.writeDocument(buildFacts(spec));
  });
  after(async () => {
    await store?.close();
    release?.();
  });

  for (const name of ['read/list/by-name', 'read/list/by-name-desc'])
    it(`${name} takes its order from the index: no Sort or Top over the kind`, async () => {
      const driver = neo4j.driver(
        config!.uri,
        config!.password ? neo4j.auth.basic(config!.user || 'neo4j', config!.password) : undefined,
      );
      try {
        const { summary } = await driver.executeQuery(
          `EXPLAIN ${listStatement(name, 'Talk')}`,
          {
            kind: 'Talk',
            includeImplied: false,
            skip: neo4j.int(0),
            first: neo4j.int(20),
            evidence: false,
            sources: false,
            count: false,
            follow: [{ type: 'GAVE', out: false }],
          },
          { database: config!.database },
        );
        const ops = operators(summary.plan as unknown as PlanNode);
        assert.ok(
          ops.some((o) => o.startsWith('NodeIndexSeek') && o.includes('Entity(kind, sortName, sortId)')),
          ops.join('\n'),
        );
        assert.ok(!ops.some((o) => /^(Sort|Top|PartialSort|PartialTop) /.test(o)), ops.join('\n'));
      } finally {
        await driver.close();
      }
    });

  it('pages in name order, either way, add up to the whole list', async () => {
    for (const kind of ['Talk', 'Person', 'Technology'] as NodeKind[]) {
      const all = await store.listNodes(kind, { first: 1000 });
      assert.ok(all.nodes.length >= 3, `${kind}: ${all.nodes.length}`);
      const ids = all.nodes.map((n) => n.id);
      const names = all.nodes.map((n) => n.name);
      assert.deepEqual(
        names,
        [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await store.listNodes(kind, { first: 2, after });
        assert.equal(page.totalCount, all.totalCount);
        paged.push(...page.nodes.map((n) => n.id));
        if (!page.hasNextPage) break;
        after = page.cursors.at(-1)!;
      }
      assert.deepEqual(paged, ids);
      const desc = await store.listNodes(kind, { first: 1000, sort: { field: 'NAME', descending: true } });
      assert.deepEqual(
        desc.nodes.map((n) => n.id),
        [...ids].reverse(),
      );
    }
  });

  it('reads with evidence: false give the same nodes and relationships, without evidence', async () => {
    const talks = await store.listNodes('Talk', { first: 1000 });
    assert.ok(
      talks.nodes.some((n) => n.evidence.length > 0),
      'the fixtures carry evidence',
    );
    const light = await store.listNodes('Talk', { first: 1000 }, { evidence: false });
    assert.deepEqual(light.nodes, talks.nodes.map(withoutEvidence));
    const filteredLight = await store.listNodes('Talk', { first: 1000, filter: { yearFrom: 1 } }, { evidence: false });
    assert.ok(filteredLight.nodes.length > 0 && filteredLight.nodes.every((n) => n.evidence.length === 0));

    const ids = talks.nodes.map((n) => n.id);
    assert.deepEqual(
      await store.nodesById(ids, { evidence: false }),
      (await store.nodesById(ids)).map(withoutEvidence),
    );

    const keys = ids.map((id) => ({ id, type: 'GAVE' as const, direction: 'in' as const }));
    const full = await store.adjacent(keys);
    assert.ok(full.flat().some((a) => a.rel.evidence.length > 0 && a.other.evidence.length > 0));
    const lean = await store.adjacent(keys, { evidence: false });
    assert.deepEqual(
      lean,
      full.map((list) =>
        list.map((a) => ({ ...a, rel: { ...a.rel, evidence: [] }, other: { ...a.other, evidence: [] } })),
      ),
    );
  });

  it('pages read with count: false are the same pages, hasNextPage included, with no total', async () => {
    for (const sort of [undefined, { field: 'NAME' as const, descending: true }, { field: 'TALKS' as const }]) {
      const counted = await store.listNodes('Person', { first: 1000, sort });
      assert.ok(counted.totalCount >= 3);
      let after: string | null = null;
      const paged: string[] = [];
      for (;;) {
        const page = await store.listNodes('Person', { first: 2, after, sort }, { count: false });
        const full = await store.listNodes('Person', { first: 2, after, sort });
        assert.deepEqual({ ...page, totalCount: full.totalCount }, full);
        if (!sort || sort.field === 'NAME') assert.equal(page.totalCount, -1, 'the name-ordered page skips the count');
        paged.push(...page.nodes.map((n) => n.id));
        if (!page.hasNextPage) break;
        after = page.cursors.at(-1)!;
      }
      assert.deepEqual(
        paged,
        counted.nodes.map((n) => n.id),
      );
    }
  });

  it('reads with sources: false give the same nodes and relationships, without source ids', async () => {
    const bare = <T extends { sources: string[] }>(x: T) => ({ ...x, sources: [] });
    const talks = await store.listNodes('Talk', { first: 1000 });
    assert.ok(
      talks.nodes.every((n) => n.sources.length > 0),
      'the fixtures name their documents',
    );
    const light = await store.listNodes('Talk', { first: 1000 }, { sources: false });
    assert.deepEqual(light.nodes, talks.nodes.map(bare));
    const filtered = await store.listNodes('Talk', { first: 1000, filter: { yearFrom: 1 } }, { sources: false });
    assert.ok(filtered.nodes.length > 0 && filtered.nodes.every((n) => n.sources.length === 0));

    const ids = talks.nodes.map((n) => n.id);
    assert.deepEqual(
      await store.nodesById(ids, { sources: false }),
      (await store.nodesById(ids)).map((n) => n && bare(n)),
    );

    const keys = ids.map((id) => ({ id, type: 'ABOUT' as const, direction: 'out' as const }));
    const full = await store.adjacent(keys);
    assert.ok(full.flat().some((a) => a.rel.sources.length > 0 && a.other.sources.length > 0));
    const lean = await store.adjacent(keys, { sources: false, evidence: false });
    assert.deepEqual(
      lean,
      full.map((list) =>
        list.map((a) => ({
          ...a,
          rel: { ...bare(a.rel), evidence: [] },
          other: { ...bare(a.other), evidence: [] },
        })),
      ),
    );
  });

  it('a page read with follow carries, for each node, what adjacent answers for each key, in one statement', async () => {
    const follows: [NodeKind, FollowKey[]][] = [
      [
        'Talk',
        [
          { type: 'GAVE', direction: 'in' },
          { type: 'AT', direction: 'out' },
          { type: 'ABOUT', direction: 'out' },
        ],
      ],
      [
        'Person',
        [
          { type: 'AFFILIATED_WITH', direction: 'out' },
          { type: 'GAVE', direction: 'out' },
        ],
      ],
      ['Technology', [{ type: 'BROADER_THAN', direction: 'in' }]],
    ];
    let related = 0;
    for (const [kind, follow] of follows)
      for (const page of [
        { first: 3 },
        { first: 1000, sort: { field: 'NAME' as const, descending: true } },
        { first: 1000, filter: { yearFrom: 1 } },
        { first: 1000, sort: { field: 'TALKS' as const } },
      ])
        for (const shipped of [{}, { evidence: false, sources: false, count: false }]) {
          const before = store.roundTrips;
          const read = await store.listNodes(kind, page, { ...shipped, follow });
          assert.equal(store.roundTrips - before, 1, 'the page and its relationships in one statement');
          const plain = await store.listNodes(kind, page, shipped);
          const { followed, ...rest } = read;
          assert.deepEqual(rest, plain, 'the page itself is the page read without follow');
          assert.ok(followed, `${kind}: the Neo4j store honours follow`);
          const keys: AdjacentKey[] = plain.nodes.flatMap((n) => follow.map((f) => ({ id: n.id, ...f })));
          const expected = await store.adjacent(keys, shipped);
          assert.deepEqual(followed.flat(), expected);
          related += expected.flat().length;
        }
    assert.ok(related > 20, `the fixtures have relationships to follow (${related})`);
  });

  it('topicSpeakersByKey answers in one statement what technologiesByKey and topicSpeakers answer in two', async () => {
    const byKeyThenId = (a: TechnologyKeyHit, b: TechnologyKeyHit) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : a.technology.id < b.technology.id ? -1 : 1;
    let speakers = 0;
    // a name, an alias, a broader term (its narrower ones count), a plural, an id, a typo, nothing at all
    for (const topic of ['Docker', 'k8s', '容器', 'containers', 'tech:raft', 'Dockr', '   ']) {
      const steps = topicKeySteps(topic);
      const before = store.roundTrips;
      const read = await store.topicSpeakersByKey(steps.map((s) => s.keys));
      assert.equal(store.roundTrips - before, steps.length > 0 ? 1 : 0, topic);
      const hits = await store.technologiesByKey([...new Set(steps.flatMap((s) => s.keys))]);
      assert.deepEqual([...read.hits].sort(byKeyThenId), [...hits].sort(byKeyThenId), topic);
      const { ids } = topicFromHits(topic, steps, hits);
      assert.deepEqual(read.ids, ids, topic);
      assert.deepEqual(read.speakers, await store.topicSpeakers(ids), topic);
      speakers += read.speakers.length;
    }
    assert.ok(speakers >= 8, `the topics have speakers (${speakers})`);
  });
});
