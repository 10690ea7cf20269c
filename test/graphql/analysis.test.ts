import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedStore } from '../../src/store/embedded';
import { counted, gql, storeWith } from '../support/api';
import { archSummitNote, ecugAgenda, techpartyRecap } from '../support/facts';

// The relationship and trend queries end to end (GraphQL -> resolver -> port ->
// pure analysis) over facts taken from the seed documents: exact answers,
// independent of extraction. Graph walks: analysis-graph.test.ts; the real
// seed corpus through the CLI: analysis-seeds.test.ts.

type Named = { name: string };
const names = (list: { person: Named }[]) => list.map((s) => s.person.name);

describe('relationship and trend queries over seed facts', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith([ecugAgenda, techpartyRecap, archSummitNote]);
  });
  after(() => store.close());

  it('speakersOn: "containers", 容器 and DOCKER find the container speakers, specialists first', async () => {
    const r = await gql(
      store,
      `{ en: speakersOn(topic: "containers") { person { name } talks { title } score topicTalks totalTalks }
         zh: speakersOn(topic: "容器") { person { name } }
         docker: speakersOn(topic: "DOCKER") { person { name } score } }`,
    );
    assert.equal(r.errors, undefined);
    // 洪强宁 spoke twice (Docker at ECUG Con, Kubernetes at ArchSummit); the rest once; then by name
    assert.deepEqual(names(r.data.en), ['洪强宁', '刘永峰', '吴柯', '徐立']);
    assert.deepEqual(
      r.data.en[0].talks.map((t: { title: string }) => t.title),
      ['宜信的 PaaS 实践：网络管理', '从 Docker 到 Kubernetes 的演进'], // by year: 2016, 2018
    );
    assert.deepEqual([r.data.en[0].score, r.data.en[0].topicTalks, r.data.en[0].totalTalks], [1, 2, 2]);
    assert.deepEqual(names(r.data.zh), names(r.data.en));
    assert.deepEqual(names(r.data.docker), ['刘永峰', '吴柯', '徐立', '洪强宁']);
    assert.equal(r.data.docker[3].score, 0.5, 'one of 洪强宁 two talks is on Docker itself');
  });

  it('speakersOn costs the same few store calls however many speakers it ranks', async () => {
    const { store: countedStore, calls } = counted(store);
    const r = await gql(countedStore, '{ speakersOn(topic: "容器") { person { name } talks { title } } }');
    assert.equal(r.data.speakersOn.length, 4);
    // the topic's names looked up by key, the store's speakers of it (talks and counts in one
    // call), then the nodes of the people and of their talks in one read
    assert.deepEqual(calls, ['technologiesByKey', 'topicSpeakers', 'nodesById']);
  });

  it("trends, movements, related technologies and breakdowns read the store's counts, never every talk or technology", async () => {
    const asked = {
      technologyTrend:
        '{ technologyTrend(names: ["docker", "k8s"], normalize: SHARE) { points { year talks share } } }',
      trendingTechnologies: '{ trendingTechnologies(from: 2015, to: 2018) { technology { name } talks { title } } }',
      relatedTechnologies: '{ relatedTechnologies(name: "docker") { technology { name } talks { title } } }',
      technologyBreakdown: '{ technologyBreakdown(name: "容器", by: CITY) { entries { key talkList { title } } } }',
    };
    const seen: Record<string, string[]> = {};
    for (const [field, query] of Object.entries(asked)) {
      const { store: countedStore, calls } = counted(store);
      const r = await gql(countedStore, query);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.ok(r.data[field].points ?? r.data[field].entries ?? r.data[field].length, field);
      seen[field] = calls;
    }
    assert.deepEqual(seen, {
      technologyTrend: ['technologiesByKey', 'trendCounts', 'nodesById', 'nodesById'],
      trendingTechnologies: ['technologyYears', 'nodesById', 'nodesById'],
      relatedTechnologies: ['technologiesByKey', 'cooccurrence', 'nodesById', 'nodesById'],
      technologyBreakdown: ['technologiesByKey', 'breakdownCounts', 'nodesById', 'nodesById'],
    });
  });

  it('a mistyped topic is still found, and an unknown one still gets suggestions, from the catalog', async () => {
    const { store: countedStore, calls } = counted(store);
    const typo = await gql(countedStore, '{ speakersOn(topic: "kubernets") { person { name } } }');
    assert.deepEqual(names(typo.data.speakersOn), ['洪强宁']);
    // no name or alias has the typo's key: only then is the catalog read, for the typo step
    assert.deepEqual(calls.slice(0, 3), ['technologiesByKey', 'technologyRows', 'topicSpeakers']);
  });

  it('speakersOn: raft finds 刘奇, whose person fields resolve as anywhere else', async () => {
    const r = await gql(
      store,
      `{ speakersOn(topic: "raft") { person { name affiliations { organization { name } role } } talks { title event { name } } }
         broader: speakersOn(topic: "一致性算法") { person { name } } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(r.data.speakersOn, [
      {
        person: { name: '刘奇', affiliations: [{ organization: { name: 'PingCAP' }, role: 'CEO' }] },
        talks: [{ title: '深入解析 raft 协议和工程实现', event: { name: 'ECUG Con 2015' } }],
      },
    ]);
    assert.deepEqual(names(r.data.broader).sort(), ['刘奇', '李响']);
    // a topic the graph does not hold is an error naming it, not an empty answer (issue 12)
    const none = await gql(store, '{ speakersOn(topic: "区块链") { person { name } } }');
    assert.equal(none.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(none.errors[0].extensions.input, '区块链');
  });

  it('technologyTrend: one zero-filled series per technology, narrower ones counted', async () => {
    const r = await gql(
      store,
      `{ technologyTrend(names: ["docker", "Docker", "容器"]) {
           query technology { name } points { year talks events people talkList { title } } } }`,
    );
    assert.equal(r.errors, undefined);
    const series = r.data.technologyTrend;
    assert.deepEqual(
      series.map((s: { technology: Named }) => s.technology.name),
      ['Docker', '容器'],
    );
    const counts = (s: { points: { year: number; talks: number; events: number; people: number }[] }) =>
      s.points.map((p) => [p.year, p.talks, p.events, p.people]);
    assert.deepEqual(counts(series[0]), [
      [2015, 3, 1, 3],
      [2016, 1, 1, 1],
      [2017, 0, 0, 0],
      [2018, 0, 0, 0],
    ]);
    assert.deepEqual(counts(series[1]), [
      [2015, 3, 1, 3],
      [2016, 1, 1, 1],
      [2017, 0, 0, 0],
      [2018, 1, 1, 1], // Kubernetes is narrower than 容器
    ]);
    assert.deepEqual(series[1].points[3].talkList, [{ title: '从 Docker 到 Kubernetes 的演进' }]);
    const ranged = await gql(
      store,
      '{ technologyTrend(names: ["raft"], from: 2014, to: 2016) { points { year talks } } }',
    );
    assert.deepEqual(ranged.data.technologyTrend[0].points, [
      { year: 2014, talks: 0 },
      { year: 2015, talks: 0 },
      { year: 2016, talks: 1 },
    ]);
    const reversed = await gql(store, '{ technologyTrend(names: ["raft"], from: 2018, to: 2015) { query } }');
    assert.equal(reversed.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(reversed.errors[0].message, /from \(2018\) is after to \(2015\)/);
  });

  it('trendingTechnologies: Kubernetes is new in the later half, Docker faded most', async () => {
    const r = await gql(
      store,
      `{ trendingTechnologies(from: 2015, to: 2018) { technology { name } firstSeenYear earlierTalks laterTalks
           change growth direction talks { title } } }`,
    );
    assert.equal(r.errors, undefined);
    const list = r.data.trendingTechnologies;
    assert.deepEqual(list[0], {
      technology: { name: 'Kubernetes' },
      firstSeenYear: 2018,
      earlierTalks: 0,
      laterTalks: 1,
      change: 1,
      growth: 0.584963,
      direction: 'NEW',
      talks: [{ title: '从 Docker 到 Kubernetes 的演进' }],
    });
    const last = list.at(-1);
    assert.deepEqual(
      [last.technology.name, last.earlierTalks, last.laterTalks, last.direction],
      ['Docker', 4, 0, 'FADING'],
    );
    const one = await gql(store, '{ trendingTechnologies(from: 2015, to: 2018, first: 1) { technology { name } } }');
    assert.equal(one.data.trendingTechnologies.length, 1);
    const bad = await gql(store, '{ trendingTechnologies(from: 2016, to: 2016) { direction } }');
    assert.equal(bad.errors[0].extensions.code, 'BAD_USER_INPUT');
  });

  it('relatedTechnologies: what shares talks with Docker, with the shared talks', async () => {
    const r = await gql(
      store,
      `{ docker: relatedTechnologies(name: "docker") { technology { name } score sharedTalks talks { title } }
         container: relatedTechnologies(name: "容器") { technology { name } } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(
      r.data.docker.map((x: { technology: Named; sharedTalks: number }) => [x.technology.name, x.sharedTalks]),
      [
        ['容器', 1],
        ['微服务', 1],
      ],
    );
    assert.deepEqual(r.data.docker[1].talks, [{ title: '基于Docker面向数据处理的微服务架构' }]);
    assert.ok(r.data.docker[0].score > 0 && r.data.docker[0].score < 1);
    // Docker and Kubernetes are part of 容器, so they are not "related" to it
    assert.deepEqual(r.data.container, [{ technology: { name: '微服务' } }]);
  });

  it('caps lists server-side and rejects a first below 1', async () => {
    const r = await gql(store, '{ speakersOn(topic: "容器", first: 100000) { person { name } } }');
    assert.equal(r.data.speakersOn.length, 4);
    const bad = await gql(store, '{ search(text: "docker", first: 0) { id } }');
    assert.equal(bad.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors[0].extensions.field, 'first');
  });
});
