import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedStore } from '../../src/store/embedded';
import { counted, gql, storeWith } from '../support/api';
import { queryJson, SEED_CORPUS, SEEDS_SKIP, talkgraph } from '../support/cli';
import { archSummitNote, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';

// The relationship and trend queries end to end: GraphQL -> resolver -> port
// -> pure analysis. First over facts taken from the seed documents (exact
// answers, independent of extraction), then over the real seed corpus through
// the CLI (robust facts only, since extraction keeps improving).

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
    // rows, one adjacency read for everyone's talk counts, nodes for the people and the talks
    assert.deepEqual(calls.slice(0, 3), ['technologyRows', 'talkRows', 'adjacent']);
    assert.ok(calls.length <= 5, calls.join(', '));
  });

  it('speakersOn: raft finds 刘奇, whose person fields resolve as anywhere else', async () => {
    const r = await gql(
      store,
      `{ speakersOn(topic: "raft") { person { name affiliations { organization { name } role } } talks { title event { name } } }
         broader: speakersOn(topic: "一致性算法") { person { name } }
         none: speakersOn(topic: "区块链") { person { name } } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(r.data.speakersOn, [
      {
        person: { name: '刘奇', affiliations: [{ organization: { name: 'PingCAP' }, role: 'CEO' }] },
        talks: [{ title: '深入解析 raft 协议和工程实现', event: { name: 'ECUG Con 2015' } }],
      },
    ]);
    assert.deepEqual(names(r.data.broader).sort(), ['刘奇', '李响']);
    assert.deepEqual(r.data.none, []);
  });

  it('technologyTrend: one zero-filled series per technology, narrower ones counted', async () => {
    const r = await gql(
      store,
      `{ technologyTrend(names: ["docker", "Docker", "容器", "no such thing"]) {
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

  it('path: 刘奇 to 许式伟 through their talks at ECUG Con, with evidence', async () => {
    const { store: countedStore, calls } = counted(store);
    const r = await gql(
      countedStore,
      `{ path(from: "刘奇", to: "许式伟") { length nodes { name kind } edges { type from to evidence { document { title } } } } }`,
    );
    assert.equal(r.errors, undefined);
    const p = r.data.path;
    assert.equal(p.length, 4);
    assert.deepEqual(
      p.nodes.map((n: Named) => n.name),
      ['刘奇', '深入解析 raft 协议和工程实现', 'ECUG Con 2015', '一周一语言', '许式伟'],
    );
    assert.deepEqual(
      p.edges.map((e: { type: string }) => e.type),
      ['GAVE', 'AT', 'AT', 'GAVE'],
    );
    assert.equal(p.edges[0].evidence[0].document.title, 'ECUGCon邀您共议服务端开发最深度实践');
    assert.ok(calls.filter((c) => c === 'adjacent').length <= 4, `one adjacency read per hop: ${calls}`);
  });

  it('path: names in either language and aliases; a shared document only when nothing else fits', async () => {
    const r = await gql(
      store,
      `{ qiniu: path(from: "Docker", to: "七牛") { length nodes { name } }
         alias: path(from: "docker", to: "Hong Qiangning") { length nodes { name } }
         short: path(from: "刘奇", to: "许式伟", maxHops: 2) { length nodes { kind name } edges { type } } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(
      r.data.qiniu.nodes.map((n: Named) => n.name),
      ['Docker', '基于Docker面向数据处理的微服务架构', '徐立', '七牛'],
    );
    assert.equal(r.data.alias.length, 2);
    assert.deepEqual(r.data.short.nodes[1], { kind: 'Document', name: 'ECUGCon邀您共议服务端开发最深度实践' });
    assert.deepEqual(r.data.short.edges, [{ type: 'MENTIONS' }, { type: 'MENTIONS' }]);
    const unknown = await gql(store, '{ path(from: "无名氏", to: "刘奇") { length } }');
    assert.equal(unknown.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(unknown.errors[0].message, /from: nothing in the graph is named "无名氏"/);
    const far = await gql(store, '{ path(from: "刘奇", to: "Kubernetes", maxHops: 1) { length } }');
    assert.equal(far.data.path, null);
  });

  it('search: names, aliases and titles, in Chinese and English, forgiving typos', async () => {
    const r = await gql(
      store,
      `{ typo: search(text: "kubernets") { kind name score matched node { id kind } }
         zh: search(text: "刘奇", first: 1) { kind id name score }
         alias: search(text: "hong qiangning") { name matched score } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(
      r.data.typo.map((h: { name: string }) => h.name),
      ['Kubernetes', '从 Docker 到 Kubernetes 的演进'],
    );
    assert.deepEqual(r.data.typo[0].node, { id: 'tech:kubernetes', kind: 'Technology' });
    assert.ok(r.data.typo[0].score < 1);
    assert.deepEqual(r.data.zh, [{ kind: 'Person', id: 'person:刘奇', name: '刘奇', score: 1 }]);
    assert.deepEqual(r.data.alias[0], { name: '洪强宁', matched: 'Hong Qiangning', score: 0.95 });
  });

  it('neighborhood: an event with its talks, organizer and document, capped and flagged', async () => {
    const { store: countedStore, calls } = counted(store);
    const r = await gql(
      countedStore,
      `{ all: neighborhood(id: "event:ecugcon2015") { truncated nodes { id kind } edges { type from to } }
         capped: neighborhood(id: "event:ecugcon2015", first: 3) { truncated nodes { id } edges { from to } }
         two: neighborhood(id: "person:刘奇", depth: 2) { nodes { name } } }`,
    );
    assert.equal(r.errors, undefined);
    const kinds = r.data.all.nodes.map((n: { kind: string }) => n.kind).sort();
    assert.deepEqual(kinds, ['Document', 'Event', 'Organization', 'Talk', 'Talk', 'Talk', 'Talk']);
    assert.equal(r.data.all.edges.length, 6);
    assert.equal(r.data.all.truncated, false);
    assert.equal(r.data.capped.nodes.length, 3);
    assert.equal(r.data.capped.truncated, true);
    const inside = new Set(r.data.capped.nodes.map((n: { id: string }) => n.id));
    for (const e of r.data.capped.edges) assert.ok(inside.has(e.from) && inside.has(e.to));
    const two = r.data.two.nodes.map((n: Named) => n.name);
    for (const name of ['PingCAP', 'Raft', 'ECUG Con 2015']) assert.ok(two.includes(name), name);
    assert.ok(calls.filter((c) => c === 'adjacent').length <= 3, `one adjacency read per ring: ${calls}`);
    const missing = await gql(store, '{ neighborhood(id: "person:nobody") { truncated } }');
    assert.equal(missing.errors[0].extensions.code, 'NOT_FOUND');
  });

  it('caps lists server-side and rejects a first below 1', async () => {
    const r = await gql(store, '{ speakersOn(topic: "容器", first: 100000) { person { name } } }');
    assert.equal(r.data.speakersOn.length, 4);
    const bad = await gql(store, '{ search(text: "docker", first: 0) { id } }');
    assert.equal(bad.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors[0].extensions.field, 'first');
  });
});

describe('relationship and trend queries over the seed corpus (CLI)', () => {
  it('answers the questions the issue names', { skip: SEEDS_SKIP }, () => {
    const data = tempDir();
    const ingest = talkgraph(['ingest', '--data-dir', data, SEED_CORPUS]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const r = queryJson(
      data,
      `{ containers: speakersOn(topic: "containers", first: 100) { person { name } }
         raft: speakersOn(topic: "raft") { person { name } }
         mesh: speakersOn(topic: "服务网格") { person { name } }
         path(from: "刘奇", to: "许式伟") { length nodes { name } }
         trend: technologyTrend(names: ["docker"]) { technology { name } points { year talks } } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const containers = names(r.data.containers);
    for (const name of ['刘永峰', '徐立']) assert.ok(containers.includes(name), `${name} in ${containers}`);
    assert.ok(names(r.data.raft).includes('刘奇'), `刘奇 in ${names(r.data.raft)}`);
    assert.ok(r.data.mesh.length > 0, 'someone spoke about 服务网格 (Service Mesh)');
    const p = r.data.path;
    assert.ok(p, 'a path from 刘奇 to 许式伟');
    assert.deepEqual([p.nodes[0].name, p.nodes.at(-1).name], ['刘奇', '许式伟']);
    assert.ok(p.length <= 4);
    const [docker] = r.data.trend;
    assert.equal(docker.technology.name, 'Docker');
    const years = docker.points.map((pt: { year: number }) => pt.year);
    assert.deepEqual(
      years,
      years.map((_: number, i: number) => years[0] + i),
      'one point per year, no gaps',
    );
    assert.ok(
      docker.points.some((pt: { talks: number }) => pt.talks === 0),
      'years without Docker talks show 0',
    );
    assert.ok(docker.points.reduce((n: number, pt: { talks: number }) => n + pt.talks, 0) >= 3);
  });
});
