import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import type { GraphStore } from '../../src/store/port';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from '../store/neo4j-fixture';
import { gql } from '../support/api';
import { archSummitNote, buildFacts, type DocSpec, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';

// Every relationship and trend query, asked of the embedded store and of Neo4j
// holding the same documents: the answers must be identical, ties included.

const config = neo4jTestConfig();

/** Ties everywhere: equal scores, equal path lengths, names whose UTF-16 and code-point orders differ. */
const ties: DocSpec = {
  documentId: 'doc:ties',
  title: '容器沙龙 𠀀 notes',
  event: { name: '容器沙龙 2017', startDate: '2017-05-06', city: '深圳', organizers: ['ＡＢＣ社', '😀 Club'] },
  technologies: [
    { name: 'Kubernetes', category: 'platform', aliases: ['k8s'], broader: ['容器'] },
    { name: 'ｅｔｃｄ', category: 'tool' },
  ],
  people: [{ name: '𠀀字' }, { name: 'Ｚhang', affiliations: [{ org: '😀 Club' }] }, { name: '洪强宁' }],
  talks: [
    { title: '𠀀 调度', speakers: ['𠀀字'], technologies: ['Kubernetes', 'ｅｔｃｄ'] },
    { title: 'Ｚ 容器', speakers: ['Ｚhang'], technologies: ['Docker', 'ｅｔｃｄ'] },
    { title: '镜像', speakers: ['洪强宁', 'Ｚhang'], technologies: ['Docker'] },
  ],
};

const QUERIES: string[] = [
  '{ speakersOn(topic: "containers") { person { id name } talks { id } score topicTalks totalTalks } }',
  '{ speakersOn(topic: "ETCD", first: 2) { person { id } score } }',
  '{ technologyTrend(names: ["docker", "容器", "k8s", "Raft"]) { query technology { id } points { year talks events people talkList { id } } } }',
  '{ technologyTrend(names: ["docker"], from: 2010, to: 2020) { points { year talks } } }',
  '{ trendingTechnologies(from: 2015, to: 2018) { technology { id } firstSeenYear earlierTalks laterTalks change growth direction talks { id } } }',
  '{ relatedTechnologies(name: "docker") { technology { id } score sharedTalks talks { id } } }',
  '{ relatedTechnologies(name: "容器") { technology { id } score sharedTalks } }',
  '{ path(from: "刘奇", to: "许式伟") { length nodes { id kind name aliases } edges { id type from to role evidence { snippet start end document { id } } } } }',
  '{ path(from: "𠀀字", to: "Docker", maxHops: 6) { nodes { id } edges { id } } }',
  '{ path(from: "Ｚhang", to: "七牛", maxHops: 6) { nodes { id } edges { id } } }',
  '{ path(from: "刘奇", to: "许式伟", maxHops: 2) { nodes { id } edges { id type } } }',
  '{ search(text: "docker", first: 20) { score kind id name matched node { id kind name aliases } } }',
  '{ search(text: "kubernets") { score id matched } }',
  '{ search(text: "容器") { score id matched } }',
  '{ neighborhood(id: "tech:docker", depth: 2, first: 12) { truncated nodes { id kind name } edges { id type from to role } } }',
  '{ neighborhood(id: "event:ecugcon2015", depth: 3) { truncated nodes { id } edges { id } } }',
  '{ neighborhood(id: "Hong Qiangning", first: 8) { truncated nodes { id } edges { id } } }',
  '{ speakersOn(topic: "容器", sort: TALKS) { person { id } topicTalks totalTalks share } }',
  '{ technologyTrend(names: ["容器"], normalize: SHARE) { points { year talks yearTalks share value } } }',
  '{ technologyBreakdown(name: "容器", by: CITY) { totalTalks entries { key id talks share talkList { id } } } }',
  '{ technologyBreakdown(name: "Docker", by: ORGANIZATION) { entries { key id talks share talkList { id } } } }',
  '{ technologyBreakdown(name: "容器", by: EVENT) { entries { key id talks share } } }',
  '{ talks(filter: { city: "深圳" }) { totalCount nodes { id } } }',
  '{ talks(filter: { technologiesAll: ["Docker", "ETCD"] }) { totalCount nodes { id } } }',
  '{ events(filter: { city: "深圳" }) { totalCount nodes { id } } }',
];

describe(
  'relationship and trend queries: Neo4j answers as the embedded store does',
  { skip: !config && NEO4J_SKIP },
  () => {
    let neo: Neo4jStore;
    let embedded: EmbeddedStore;
    let release: () => void;
    before(async () => {
      release = await lockTestDatabase(config!.uri);
      neo = await openEmptyNeo4jStore(config!);
      embedded = new EmbeddedStore(tempDir());
      await embedded.init();
      for (const store of [embedded, neo] as GraphStore[])
        for (const spec of [ecugAgenda, techpartyRecap, archSummitNote, ties])
          await store.writeDocument(buildFacts(spec));
    });
    after(async () => {
      await neo?.close();
      await embedded?.close();
      release?.();
    });

    for (const query of QUERIES)
      it(query.slice(2, 60), async () => {
        const expected = await gql(embedded, query);
        assert.equal(expected.errors, undefined, JSON.stringify(expected.errors));
        const [answer] = Object.values(expected.data) as unknown[];
        assert.ok(answer !== null && (!Array.isArray(answer) || answer.length > 0), 'a query that finds something');
        assert.deepEqual(await gql(neo, query), expected);
      });
  },
);
