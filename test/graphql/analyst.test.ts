import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore } from '../../src/store/port';
import { lockTestDatabase, NEO4J_SKIP, neo4jTestConfig, openEmptyNeo4jStore } from '../store/neo4j-fixture';
import { counted, gql } from '../support/api';
import { buildFacts } from '../support/facts';
import { tempDir } from '../support/tmp';
import { ANALYST_DOCUMENTS } from './analyst-fixture';

// The analyst questions of issue 12 asked of each store holding the same four
// made-up documents (see analyst-fixture.ts for the table every count below is
// read from): the same exact answers from the embedded store and from Neo4j.

type Row = Record<string, unknown>;
const pick = (rows: Row[], ...fields: string[]) => rows.map((r) => fields.map((f) => r[f]));
const speakerRows = (rows: { person: { name: string }; topicTalks: number; totalTalks: number; share: number }[]) =>
  rows.map((r) => [r.person.name, r.topicTalks, r.totalTalks, r.share]);

function analystSuite(open: () => Promise<{ store: GraphStore; close: () => Promise<void> }>): void {
  let store: GraphStore;
  let close: () => Promise<void>;
  before(async () => {
    ({ store, close } = await open());
    for (const spec of ANALYST_DOCUMENTS) await store.writeDocument(buildFacts(spec));
  });
  after(() => close?.());

  it('speakersOn: TALKS puts the one who spoke most first, SHARE the specialist, both with their counts', async () => {
    const q = (sort: string) =>
      `speakersOn(topic: "Kubernetes", sort: ${sort}) { person { name } topicTalks totalTalks share score }`;
    const r = await gql(
      store,
      `{ talks: ${q('TALKS')} share: ${q('SHARE')} plain: speakersOn(topic: "k8s") { person { name } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(speakerRows(r.data.talks), [
      ['王小川', 3, 4, 0.75],
      ['周晓', 1, 1, 1],
      ['赵一鸣', 1, 2, 0.5],
    ]);
    assert.deepEqual(speakerRows(r.data.share), [
      ['周晓', 1, 1, 1],
      ['王小川', 3, 4, 0.75],
      ['赵一鸣', 1, 2, 0.5],
    ]);
    assert.deepEqual(
      r.data.plain.map((s: { person: { name: string } }) => s.person.name),
      ['周晓', '王小川', '赵一鸣'],
      'the default order is SHARE, as before',
    );
  });

  it('talks filtered by city, by all of several technologies, and both', async () => {
    const titles = async (filter: string) => {
      const r = await gql(store, `{ talks(filter: ${filter}, first: 50) { totalCount nodes { title } } }`);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      return r.data.talks.nodes.map((n: { title: string }) => n.title).sort();
    };
    assert.deepEqual(await titles('{ city: "成都" }'), [
      'Go 泛型前瞻',
      'Kubeflow 上的训练流水线',
      'Kubernetes Operator 开发',
    ]);
    assert.deepEqual(await titles('{ technologiesAll: ["Kubernetes", "golang"] }'), [
      'Kubernetes Operator 开发',
      '用 Go 写控制器',
    ]);
    // 容器 covers Docker and Kubernetes, so "容器 and Go" is the same two talks
    assert.deepEqual(await titles('{ technologiesAll: ["容器", "Go"] }'), [
      'Kubernetes Operator 开发',
      '用 Go 写控制器',
    ]);
    assert.deepEqual(await titles('{ technologiesAll: ["Kubernetes", "Go"], city: "杭州" }'), ['用 Go 写控制器']);
    assert.deepEqual(await titles('{ technologiesAll: ["Rust", "Go"] }'), []);
    const events = await gql(store, '{ events(filter: { city: "深圳" }) { nodes { name city } } }');
    assert.deepEqual(events.data.events.nodes, [{ name: '深圳容器沙龙 2021', city: '深圳' }]);
    const people = await gql(store, '{ people(filter: { city: "深圳" }) { totalCount } }');
    assert.equal(people.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(people.errors[0].extensions.field, 'filter.city');
  });

  it('technologyTrend: the share of each year’s talks next to the counts, zero-filled', async () => {
    const r = await gql(
      store,
      `{ counts: technologyTrend(names: ["Kubernetes"], from: 2018, to: 2021) { points { year talks yearTalks share value } }
         shares: technologyTrend(names: ["Kubernetes"], from: 2019, to: 2021, normalize: SHARE) { points { year value } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(pick(r.data.counts[0].points, 'year', 'talks', 'yearTalks', 'share', 'value'), [
      [2018, 0, 0, null, 0],
      [2019, 2, 3, 0.666667, 2],
      [2020, 2, 3, 0.666667, 2],
      [2021, 1, 5, 0.2, 1],
    ]);
    assert.deepEqual(pick(r.data.shares[0].points, 'year', 'value'), [
      [2019, 0.666667],
      [2020, 0.666667],
      [2021, 0.2],
    ]);
  });

  it('technologyBreakdown by city, organization and event; talks without one counted last', async () => {
    const q = (name: string, by: string) =>
      `technologyBreakdown(name: "${name}", by: ${by}) { technology { name } totalTalks entries { key id talks share talkList { title } } }`;
    const r = await gql(
      store,
      `{ city: ${q('Kubernetes', 'CITY')} go: ${q('Go', 'CITY')} org: ${q('Kubernetes', 'ORGANIZATION')} event: ${q('Kubernetes', 'EVENT')} }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data.city.totalTalks, 5);
    assert.deepEqual(pick(r.data.city.entries, 'key', 'id', 'talks', 'share'), [
      ['成都', null, 2, 0.4],
      ['杭州', null, 2, 0.4],
      ['深圳', null, 1, 0.2],
    ]);
    assert.deepEqual(
      r.data.city.entries[1].talkList.map((t: { title: string }) => t.title),
      ['Kubernetes 调度器实战', '用 Go 写控制器'],
    );
    assert.deepEqual(pick(r.data.go.entries, 'key', 'talks', 'share'), [
      ['成都', 2, 0.5],
      ['杭州', 1, 0.25],
      [null, 1, 0.25], // the blog post has no event, so no city
    ]);
    assert.deepEqual(pick(r.data.org.entries, 'key', 'talks', 'share'), [
      ['竹云科技', 3, 0.6],
      ['山海数据', 1, 0.2],
      [null, 1, 0.2], // 周晓 has no affiliation
    ]);
    assert.deepEqual(pick(r.data.event.entries, 'key', 'talks'), [
      ['云原生杭州站 2019', 2],
      ['成都 Gopher 聚会 2020', 2],
      ['深圳容器沙龙 2021', 1],
    ]);
    assert.match(r.data.event.entries[0].id, /^event:/);
  });

  it('a breakdown costs the same few store calls however many groups and talks it lists', async () => {
    for (const by of ['CITY', 'ORGANIZATION', 'EVENT']) {
      const { store: countedStore, calls } = counted(store);
      const r = await gql(
        countedStore,
        `{ technologyBreakdown(name: "容器", by: ${by}) { entries { key talkList { title speakers { name } } } } }`,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.ok(r.data.technologyBreakdown.entries.length >= 2, by);
      // technologies, talk rows, the grouping read (events or affiliations), the entity, the talks, their speakers
      assert.ok(calls.length <= 6, `${by}: ${calls.join(', ')}`);
    }
  });

  it('trendingTechnologies: STEADY only when nothing changed', async () => {
    const r = await gql(
      store,
      '{ trendingTechnologies(from: 2019, to: 2020) { technology { name } earlierTalks laterTalks change direction } }',
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const byName = Object.fromEntries(
      r.data.trendingTechnologies.map((m: Row & { technology: { name: string } }) => [
        m.technology.name,
        [m.earlierTalks, m.laterTalks, m.direction],
      ]),
    );
    assert.deepEqual(byName.Kubernetes, [2, 2, 'STEADY']);
    assert.deepEqual(byName.Go, [1, 2, 'RISING']);
    assert.deepEqual(byName.Rust, [1, 0, 'FADING']);
    for (const m of r.data.trendingTechnologies)
      if (m.direction === 'STEADY') assert.equal(m.change, 0, `${m.technology.name} changed by ${m.change}`);
  });

  it('neighborhood by name as well as by id', async () => {
    const r = await gql(
      store,
      `{ byName: neighborhood(id: "周晓") { nodes { id kind name } }
         byId: neighborhood(id: "person:周晓") { nodes { id kind name } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(r.data.byName, r.data.byId);
    assert.deepEqual(
      r.data.byName.nodes.map((n: { name: string }) => n.name).sort(),
      ['Kubernetes 多集群', '周晓', '深圳容器沙龙回顾'].sort(),
    );
  });

  it('one rule for unknown names: BAD_USER_INPUT naming the argument and the input, with close matches', async () => {
    const cases: [string, string, string, string[]][] = [
      ['{ speakersOn(topic: "Kube") { score } }', 'topic', 'Kube', ['Kubeflow', 'Kubernetes']],
      ['{ talks(filter: { speaker: "王小" }) { totalCount } }', 'filter.speaker', '王小', ['王小川']],
      [
        '{ talks(filter: { technology: "Kube" }) { totalCount } }',
        'filter.technology',
        'Kube',
        ['Kubeflow', 'Kubernetes'],
      ],
      ['{ talks(filter: { organization: "竹云" }) { totalCount } }', 'filter.organization', '竹云', ['竹云科技']],
      ['{ talks(filter: { city: "深川" }) { totalCount } }', 'filter.city', '深川', ['深圳']],
      [
        '{ talks(filter: { technologiesAll: ["Go", "Rus"] }) { totalCount } }',
        'filter.technologiesAll',
        'Rus',
        ['Rust'],
      ],
      ['{ technologyTrend(names: ["Go", "Rus"]) { query } }', 'names', 'Rus', ['Rust']],
      ['{ technologyBreakdown(name: "Kube", by: CITY) { totalTalks } }', 'name', 'Kube', ['Kubeflow', 'Kubernetes']],
      ['{ relatedTechnologies(name: "Kube") { score } }', 'name', 'Kube', ['Kubeflow', 'Kubernetes']],
      ['{ path(from: "周小", to: "Go") { length } }', 'from', '周小', ['周晓']],
      ['{ neighborhood(id: "陈思源") { truncated } }', 'id', '陈思源', ['陈思远']],
      ['{ speakersOn(topic: "区块链") { score } }', 'topic', '区块链', []],
    ];
    for (const [query, field, input, suggestions] of cases) {
      const r = await gql(store, query);
      assert.equal(r.errors?.length, 1, `${query}: ${JSON.stringify(r)}`);
      const [e] = r.errors;
      assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', field, input, suggestions }, query);
      assert.ok(e.message.startsWith(`${field}: `) && e.message.includes(JSON.stringify(input)), e.message);
      if (suggestions.length > 0) assert.ok(e.message.endsWith(`(did you mean ${suggestions.join(', ')}?)`), e.message);
    }
    const missing = await gql(store, '{ neighborhood(id: "person:nobody") { truncated } }');
    assert.equal(missing.errors[0].extensions.code, 'NOT_FOUND', 'an id no node has is still NOT_FOUND');
  });
}

describe('analyst API (issue 12): embedded store', () => {
  analystSuite(async () => {
    const store = new EmbeddedStore(tempDir());
    await store.init();
    return { store, close: () => store.close() };
  });
});

const config = neo4jTestConfig();
describe('analyst API (issue 12): Neo4j', { skip: !config && NEO4J_SKIP }, () => {
  analystSuite(async () => {
    const release = await lockTestDatabase(config!.uri);
    const store = await openEmptyNeo4jStore(config!);
    return {
      store,
      close: async () => {
        await store.close();
        release();
      },
    };
  });
});
