import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nodeId, talkId } from '../../src/model/ids';
import type { BreakdownCounts, GraphStore, TechnologyKeyHit } from '../../src/store/port';
import { buildFacts, type DocSpec } from '../support/facts';

// The analyses' aggregates (issue #10), part of the store contract: each store
// answers them from its own indexes (embedded: maps per graph version; Neo4j:
// one Cypher statement each), and both must give these answers. The fixture is
// two meetups and a blog note we made up: two cities, two years, a hierarchy
// 容器 → 容器编排 → Kubernetes, aliases in two languages, shared speakers.

const hangzhou: DocSpec = {
  documentId: 'doc:beian-meetup',
  title: '北岸云原生 Meetup 回顾',
  event: { name: '北岸云原生 Meetup 2019', startDate: '2019-04-13', city: '杭州', organizers: ['北岸社区'] },
  technologies: [
    { name: '容器编排', broader: ['容器'] },
    { name: 'Kubernetes', category: 'platform', aliases: ['k8s'], broader: ['容器编排'] },
    { name: 'Service Mesh', aliases: ['服务网格'] },
    { name: 'Istio', broader: ['Service Mesh'] },
  ],
  people: [
    { name: '林晓舟', affiliations: [{ org: '云栈科技' }] },
    { name: '陈未央', affiliations: [{ org: '云栈科技' }, { org: '北岸大学' }] },
  ],
  talks: [
    { title: 'Kubernetes 调度器剖析', speakers: ['林晓舟'], technologies: ['Kubernetes'] },
    { title: 'Istio 在生产环境', speakers: ['陈未央'], technologies: ['Istio', 'Kubernetes'] },
    { title: '开场', speakers: ['林晓舟'], technologies: [] },
  ],
};

const wuhan: DocSpec = {
  documentId: 'doc:nanhu-salon',
  title: '南湖架构沙龙议程',
  event: { name: '南湖架构沙龙 2021', startDate: '2021-09-04', city: '武汉' },
  technologies: [
    { name: 'Kubernetes', category: 'platform', aliases: ['k8s'], broader: ['容器编排'] },
    { name: 'Go', aliases: ['golang'] },
    { name: 'Service Mesh', aliases: ['服务网格'] },
  ],
  people: [
    { name: '周启明', affiliations: [{ org: '南湖数据' }] },
    { name: '陈未央', affiliations: [{ org: '云栈科技' }] },
  ],
  talks: [
    { title: 'Go 写 Operator', speakers: ['周启明'], technologies: ['Go', 'Kubernetes'] },
    { title: '服务网格两年', speakers: ['陈未央', '周启明'], technologies: ['Service Mesh', 'Go'] },
    { title: 'Operator 与 Go 泛型', speakers: ['林晓舟'], technologies: ['Kubernetes', 'Go'] },
  ],
};

/** A blog note: a talk with a year but no event (no city, no event key). */
const blogNote: DocSpec = {
  documentId: 'doc:song-blog',
  title: '宋一鸣的博客',
  year: 2021,
  technologies: [{ name: 'Go', aliases: ['golang'] }],
  talks: [{ title: '一次 Go 内存排查', speakers: ['宋一鸣'], technologies: ['Go'] }],
};

const tech = (name: string) => nodeId('Technology', name);
const hz = nodeId('Event', hangzhou.event!.name);
const wh = nodeId('Event', wuhan.event!.name);
const T = {
  scheduler: talkId('Kubernetes 调度器剖析', hz),
  istio: talkId('Istio 在生产环境', hz),
  opening: talkId('开场', hz),
  operator: talkId('Go 写 Operator', wh),
  mesh: talkId('服务网格两年', wh),
  generics: talkId('Operator 与 Go 泛型', wh),
  memory: talkId('一次 Go 内存排查', null),
};
const byId = (...ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const orchestration = byId(tech('Kubernetes'), tech('容器编排'));

/** Hits in a fixed order (the port promises none). */
const hitsOf = (hits: TechnologyKeyHit[]) =>
  hits
    .map((h) => [h.key, h.technology.id, h.rank, h.closureIds] as const)
    .sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));

/** Groups by key, the null group last (the port promises no order). */
const groupsOf = (counts: BreakdownCounts) =>
  [...counts.groups].sort((a, b) =>
    a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );

/** Registers the analysis cases inside a store contract's describe (which resets the store before each). */
export function analysisContract(store: () => GraphStore): void {
  const writeAll = async () => {
    for (const spec of [hangzhou, wuhan, blogNote]) await store().writeDocument(buildFacts(spec));
  };

  it('finds technologies by id, name key or alias key, with their narrower closure', async () => {
    await writeAll();
    const hits = await store().technologiesByKey([
      'k8s',
      'kubernetes',
      'tech:go',
      'servicemesh',
      '服务网格',
      '容器',
      'nosuch',
    ]);
    assert.deepEqual(hitsOf(hits), [
      ['k8s', tech('Kubernetes'), 1, [tech('Kubernetes')]],
      ['kubernetes', tech('Kubernetes'), 0, [tech('Kubernetes')]],
      ['servicemesh', tech('Service Mesh'), 0, byId(tech('Istio'), tech('Service Mesh'))],
      ['tech:go', tech('Go'), 0, [tech('Go')]],
      ['容器', tech('容器'), 0, byId(tech('Kubernetes'), tech('容器'), tech('容器编排'))],
      ['服务网格', tech('Service Mesh'), 1, byId(tech('Istio'), tech('Service Mesh'))],
    ]);
    const k8s = hits.find((h) => h.key === 'k8s')!.technology;
    assert.deepEqual(k8s, {
      id: tech('Kubernetes'),
      name: 'Kubernetes',
      aliases: ['k8s'],
      category: 'platform',
      broaderIds: [tech('容器编排')],
    });
    assert.deepEqual(await store().technologiesByKey([]), []);
  });

  it('counts talks per year for each topic, with their events and speakers once each', async () => {
    await writeAll();
    const counts = await store().trendCounts([orchestration, [tech('Go')], [tech('nothing')]]);
    assert.deepEqual(counts.yearTalks, [
      { year: 2019, talks: 3 },
      { year: 2021, talks: 4 },
    ]);
    assert.deepEqual(counts.series, [
      [
        { year: 2019, talks: 2, events: 1, people: 2, talkIds: byId(T.scheduler, T.istio) },
        { year: 2021, talks: 2, events: 1, people: 2, talkIds: byId(T.operator, T.generics) },
      ],
      // the blog's talk has no event: four talks, one event; 周启明 gave two of them
      [{ year: 2021, talks: 4, events: 1, people: 4, talkIds: byId(T.operator, T.mesh, T.generics, T.memory) }],
      [],
    ]);
    assert.deepEqual((await store().trendCounts([])).series, []);

    // a write changes the answer at once
    await store().removeDocument(blogNote.documentId);
    const later = await store().trendCounts([[tech('Go')]]);
    assert.deepEqual(later.yearTalks.at(-1), { year: 2021, talks: 3 });
    assert.equal(later.series[0][0].talks, 3);
  });

  it("gives each technology's direct talks per year in a range, its first year and its first talks", async () => {
    await writeAll();
    assert.deepEqual(await store().technologyYears(2019, 2021, 2), [
      {
        technologyId: tech('Go'),
        name: 'Go',
        firstYear: 2021,
        years: [{ year: 2021, talks: 4 }],
        talkIds: byId(T.operator, T.mesh, T.generics, T.memory).slice(0, 2),
      },
      {
        technologyId: tech('Istio'),
        name: 'Istio',
        firstYear: 2019,
        years: [{ year: 2019, talks: 1 }],
        talkIds: [T.istio],
      },
      {
        technologyId: tech('Kubernetes'),
        name: 'Kubernetes',
        firstYear: 2019,
        years: [
          { year: 2019, talks: 2 },
          { year: 2021, talks: 2 },
        ],
        // by year, then id: both 2019 talks come first
        talkIds: byId(T.scheduler, T.istio),
      },
      {
        technologyId: tech('Service Mesh'),
        name: 'Service Mesh',
        firstYear: 2021,
        years: [{ year: 2021, talks: 1 }],
        talkIds: [T.mesh],
      },
    ]);
    // the first year is the whole graph's, the counts only the range's; 容器 has no talk of its own
    const later = await store().technologyYears(2020, 2030, 50);
    assert.deepEqual(
      later.map((t) => [t.technologyId, t.firstYear, t.years]),
      [
        [tech('Go'), 2021, [{ year: 2021, talks: 4 }]],
        [tech('Kubernetes'), 2019, [{ year: 2021, talks: 2 }]],
        [tech('Service Mesh'), 2021, [{ year: 2021, talks: 1 }]],
      ],
    );
    assert.deepEqual(await store().technologyYears(2000, 2010, 50), []);
  });

  it('counts how a topic shares talks with every other technology', async () => {
    await writeAll();
    const go = await store().cooccurrence([tech('Go')], 1);
    // six talks have a technology (开场 has none); four are about Go
    assert.equal(go.talks, 6);
    assert.equal(go.topicTalks, 4);
    assert.deepEqual(go.related, [
      {
        technologyId: tech('Kubernetes'),
        name: 'Kubernetes',
        talks: 4,
        sharedTalks: 2,
        // both shared talks are of 2021: the first by id
        talkIds: byId(T.operator, T.generics).slice(0, 1),
      },
      { technologyId: tech('Service Mesh'), name: 'Service Mesh', talks: 1, sharedTalks: 1, talkIds: [T.mesh] },
    ]);
    // a topic with its narrower technologies: those are not "related", the rest are
    const orchestrated = await store().cooccurrence(orchestration, 50);
    assert.equal(orchestrated.topicTalks, 4);
    assert.deepEqual(
      orchestrated.related.map((r) => [r.technologyId, r.talks, r.sharedTalks, r.talkIds]),
      [
        [tech('Go'), 4, 2, byId(T.operator, T.generics)],
        [tech('Istio'), 1, 1, [T.istio]],
      ],
    );
    const none = await store().cooccurrence([tech('nothing')], 50);
    assert.deepEqual([none.talks, none.topicTalks, none.related], [6, 0, []]);
  });

  it("groups a topic's talks by city, organization or event, talks without one in the null group", async () => {
    await writeAll();
    const city = await store().breakdownCounts(orchestration, 'CITY', 50);
    assert.equal(city.totalTalks, 4);
    assert.deepEqual(groupsOf(city), [
      { key: '杭州', talks: 2, talkIds: byId(T.scheduler, T.istio) },
      { key: '武汉', talks: 2, talkIds: byId(T.operator, T.generics) },
    ]);
    assert.deepEqual(groupsOf(await store().breakdownCounts(orchestration, 'EVENT', 1)), [
      { key: hz, talks: 2, talkIds: byId(T.scheduler, T.istio).slice(0, 1) },
      { key: wh, talks: 2, talkIds: byId(T.operator, T.generics).slice(0, 1) },
    ]);
    const org = (name: string) => nodeId('Organization', name);
    // 陈未央 is with two organizations (her talk counts for both); 宋一鸣 with none
    const goByOrg = await store().breakdownCounts([tech('Go')], 'ORGANIZATION', 50);
    assert.equal(goByOrg.totalTalks, 4);
    assert.deepEqual(
      groupsOf(goByOrg),
      [
        { key: org('云栈科技'), talks: 2, talkIds: byId(T.mesh, T.generics) },
        { key: org('北岸大学'), talks: 1, talkIds: [T.mesh] },
        { key: org('南湖数据'), talks: 2, talkIds: byId(T.operator, T.mesh) },
        { key: null, talks: 1, talkIds: [T.memory] },
      ].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1)),
    );
    assert.deepEqual(groupsOf(await store().breakdownCounts([tech('Go')], 'CITY', 50)), [
      { key: '武汉', talks: 3, talkIds: byId(T.operator, T.mesh, T.generics) },
      { key: null, talks: 1, talkIds: [T.memory] },
    ]);
    assert.deepEqual(await store().breakdownCounts([tech('nothing')], 'EVENT', 50), { totalTalks: 0, groups: [] });

    // a write changes the answer at once
    await store().removeDocument(blogNote.documentId);
    assert.deepEqual(
      groupsOf(await store().breakdownCounts([tech('Go')], 'CITY', 50)).map((g) => g.key),
      ['武汉'],
    );
  });
}
