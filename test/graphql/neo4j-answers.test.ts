import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadCatalogs } from '../../loaders/catalogs';
import { loadDocument } from '../../loaders/pipeline';
import type { DocumentFacts } from '../../src/model/graph';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from '../store/neo4j-fixture';
import { gql } from '../support/api';
import { tempDir } from '../support/tmp';

// The GraphQL API answers alike on both stores, including the fields whose
// resolvers need what a lean read leaves out: a request that names no
// `evidence` still gets Affiliation.years (read from the evidence documents'
// dates), and one that names `documents` gets the source documents.

const salon = (year: number, org: string) => `---
title: 示例城数据库沙龙 ${year}
date: ${year}-04-11
---

# 示例城数据库沙龙 ${year}

时间：${year} 年 4 月 11 日 14:00
地点：示例城 某某会议中心

- 14:00-14:45 PostgreSQL 复制的 ${year} 年实践，讲师：温若谷（${org} 架构师）
- 14:45-15:30 Redis 集群的运维笔记 ${year}，讲师：屈明远（示例云 工程师）
`;

const QUERIES = [
  '{ talks(first: 20) { totalCount nodes { title speakers { name } event { name } technologies { name } } } }',
  '{ people(filter: { nameContains: "温若谷" }) { nodes { name affiliations { organization { name } role years } } } }',
  '{ talks(first: 20) { nodes { title documents { title } } } }',
  '{ technology(ref: "Redis") { name talks { title } evidence { snippet document { title } } } }',
];

const config = neo4jTestConfig();

describe('GraphQL answers on Neo4j and on the embedded store', { skip: !config && NEO4J_SKIP }, () => {
  let release: () => void;
  let neo4jStore: Neo4jStore;
  let embedded: EmbeddedStore;
  before(async () => {
    const catalogs = loadCatalogs();
    const facts = [
      [2019, '北辰数据'],
      [2022, '南岸科技'],
      [2023, '南岸科技'],
    ].map(([year, org]) => {
      const r = loadDocument(`/salons/salon-${year}.md`, Buffer.from(salon(year as number, org as string)), catalogs);
      assert.equal(r.status, 'stored', JSON.stringify(r.diagnostics));
      return r.facts as DocumentFacts;
    });
    release = await lockTestDatabase(config!.uri);
    neo4jStore = await openEmptyNeo4jStore(config!);
    embedded = new EmbeddedStore(tempDir());
    await embedded.init();
    for (const f of facts) {
      await neo4jStore.writeDocument(f);
      await embedded.writeDocument(f);
    }
  });
  after(async () => {
    await neo4jStore?.close();
    await embedded?.close();
    release?.();
  });

  for (const query of QUERIES)
    it(query.slice(0, 60), async () => {
      const ours = await gql(embedded, query);
      assert.equal(ours.errors, undefined, JSON.stringify(ours.errors));
      assert.deepEqual(await gql(neo4jStore, query), ours);
    });

  it('years and documents are there on Neo4j without asking for evidence', async () => {
    const r = await gql(neo4jStore, QUERIES[1]);
    const years = Object.fromEntries(
      r.data.people.nodes[0].affiliations.map((a: { organization: { name: string }; years: number[] }) => [
        a.organization.name,
        a.years,
      ]),
    );
    assert.deepEqual(years, { 北辰数据: [2019], 南岸科技: [2022, 2023] });
    const docs = (await gql(neo4jStore, QUERIES[2])).data.talks.nodes;
    assert.ok(docs.length >= 6 && docs.every((t: { documents: unknown[] }) => t.documents.length === 1));
  });

  // [query, Cypher statements it takes]: a list page reads its nodes' relationship
  // fields (the first nested level) in its own statement; each deeper level is one more
  const PAGES: [string, number][] = [
    ['{ talks(first: 20) { nodes { title speakers { name } event { name } technologies { name } } } }', 1],
    ['{ people(first: 50) { nodes { name affiliations { organization { name } role } talks { title } } } }', 1],
    [
      '{ talks(first: 5, filter: { yearFrom: 2022 }) { edges { node { ...T } } } } fragment T on Talk { title event { name } speakers { name affiliations { role } } }',
      2,
    ],
    ['{ events { nodes { name talks { title technologies { name } } } } }', 2],
    // the topic with its speakers, then their people and talks: its depth, 2
    ['{ speakersOn(topic: "数据库") { person { name } talks { title } share topicTalks } }', 2],
    // a typo no name key matches reads every technology, then the speakers: one more
    ['{ speakersOn(topic: "PostgreSQLL") { person { name } talks { title year } share topicTalks totalTalks } }', 4],
  ];
  for (const [query, statements] of PAGES)
    it(`${statements} statement(s): ${query.slice(0, 50)}`, async () => {
      const before = neo4jStore.roundTrips;
      const r = await gql(neo4jStore, query);
      assert.equal(neo4jStore.roundTrips - before, statements);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const expected = await gql(embedded, query);
      assert.ok(JSON.stringify(expected.data).length > 200, 'the page has nested answers');
      assert.deepEqual(r, expected);
    });
});
