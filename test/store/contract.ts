import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { nodeId, talkId } from '../../src/model/ids';
import type { GraphStore, NodeFilter } from '../../src/store/port';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { analysisContract } from './analysis-contract';

// One contract, every store: each adapter's test file calls this with a
// function that opens an empty store. Both must give the same answers.

export interface StoreHarness {
  /** an empty, initialized store */
  open(): Promise<GraphStore>;
  /** removes everything the last open() store holds (called before each test) */
  reset(store: GraphStore): Promise<void>;
}

const liuQi = nodeId('Person', '刘奇');
const hong = nodeId('Person', '洪强宁');
const docker = nodeId('Technology', 'Docker');
const containers = nodeId('Technology', '容器');
const ecug = nodeId('Event', 'ECUG Con 2015');
const raftTalk = talkId('深入解析 raft 协议和工程实现', ecug);

export function defineStoreContract(name: string, harness: StoreHarness): void {
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;
    before(async () => {
      store = await harness.open();
    });
    after(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await harness.reset(store);
    });

    const writeAll = async () => {
      for (const spec of [ecugAgenda, techpartyRecap, archSummitNote]) await store.writeDocument(buildFacts(spec));
    };

    // the analyses' aggregates (technologiesByKey, trendCounts, technologyYears, cooccurrence, breakdownCounts)
    analysisContract(() => store);

    it('keeps what a document says, with its source and evidence', async () => {
      await store.writeDocument(buildFacts(ecugAgenda));
      const [person, talk, missing] = await store.nodesById([liuQi, raftTalk, 'person:nobody']);
      assert.equal(person?.name, '刘奇');
      assert.deepEqual(person?.aliases, ['@goroutine']);
      assert.deepEqual(person?.sources, ['doc:ecug2015']);
      assert.ok(person!.evidence.length > 0 && person!.evidence[0].documentId === 'doc:ecug2015');
      assert.equal(talk?.kind, 'Talk');
      assert.equal(talk?.props.year, 2016);
      assert.equal(missing, null);
    });

    it('makes one node of a person two documents name, with both sources', async () => {
      await writeAll();
      const [person] = await store.nodesById([hong]);
      assert.deepEqual(person?.sources, ['doc:archsummit2018', 'doc:ecug2015']);
      assert.deepEqual(person?.aliases, ['@hongqn', 'Hong Qiangning']);
      const [talks] = await store.adjacent([{ id: hong, type: 'GAVE', direction: 'out' }]);
      assert.equal(talks.length, 2);
      const [orgs] = await store.adjacent([{ id: hong, type: 'AFFILIATED_WITH', direction: 'out' }]);
      assert.deepEqual(
        orgs.map((a) => [a.otherId, a.rel.props.role]),
        [
          [nodeId('Organization', '宜信大数据创新中心'), '首席架构师'],
          [nodeId('Organization', '爱因互动'), 'CTO'],
        ],
      );
    });

    it('writing the same document twice changes nothing', async () => {
      await store.writeDocument(buildFacts(ecugAgenda));
      const before = await store.stats();
      const second = await store.writeDocument(buildFacts(ecugAgenda));
      assert.equal(second.changed, false);
      assert.deepEqual(await store.stats(), before);
      assert.equal(await store.documentHash('doc:ecug2015'), 'hash-doc:ecug2015');
    });

    it('re-ingesting a changed document replaces its facts and keeps what others support', async () => {
      await writeAll();
      const shorter = { ...ecugAgenda, hash: 'changed', talks: ecugAgenda.talks!.slice(0, 1) };
      await store.writeDocument(buildFacts(shorter));
      const [raft, person, hongNode] = await store.nodesById([raftTalk, liuQi, hong]);
      assert.equal(raft, null, 'the talk the document no longer names is gone');
      assert.ok(person, '刘奇 is still named among the people');
      assert.deepEqual(hongNode?.sources, ['doc:archsummit2018', 'doc:ecug2015']);
      const [talks] = await store.adjacent([{ id: hong, type: 'GAVE', direction: 'out' }]);
      assert.equal(talks.length, 1, 'only the ArchSummit talk remains');
    });

    it('removing a document removes only what nothing else supports', async () => {
      await writeAll();
      await store.removeDocument('doc:techparty2015');
      const [salon, dockerNode] = await store.nodesById([nodeId('Event', 'Techparty 深圳 Docker 专场沙龙'), docker]);
      assert.equal(salon, null);
      assert.deepEqual(dockerNode?.sources, ['doc:ecug2015']);
      assert.equal(await store.documentHash('doc:techparty2015'), null);
    });

    it('pages through a sorted list with cursors and a total', async () => {
      await writeAll();
      const first = await store.listNodes('Person', { first: 3 });
      assert.equal(first.totalCount, 7);
      assert.equal(first.hasNextPage, true);
      const names = first.nodes.map((n) => n.name);
      assert.deepEqual(names, [...names].sort());
      const rest = await store.listNodes('Person', { first: 100, after: first.cursors[2] });
      assert.equal(rest.nodes.length, 4);
      assert.equal(rest.hasNextPage, false);
      assert.equal(new Set([...names, ...rest.nodes.map((n) => n.name)]).size, 7);
    });

    it('filters talks by a technology including narrower ones, by speaker, organization and year', async () => {
      await writeAll();
      const aboutContainers = await store.listNodes('Talk', { first: 50, filter: { technologyId: containers } });
      assert.deepEqual(aboutContainers.nodes.map((n) => n.name).sort(), [
        '从 Docker 到 Kubernetes 的演进',
        '基于Docker面向数据处理的微服务架构',
        '宜信的 PaaS 实践：网络管理',
        '容器技术在Coding的实践及探索方向',
        '打造Docker航运的基础设施',
      ]);
      const byHong = await store.listNodes('Talk', { first: 50, filter: { speakerId: hong } });
      assert.equal(byHong.totalCount, 2);
      const byPingcap = await store.listNodes('Talk', {
        first: 50,
        filter: { organizationId: nodeId('Organization', 'PingCAP') },
      });
      assert.deepEqual(
        byPingcap.nodes.map((n) => n.name),
        ['深入解析 raft 协议和工程实现'],
      );
      const in2015 = await store.listNodes('Talk', { first: 50, filter: { yearFrom: 2015, yearTo: 2015 } });
      assert.equal(in2015.totalCount, 3);
      const dockerPeople = await store.listNodes('Person', { first: 50, filter: { technologyId: docker } });
      assert.deepEqual(dockerPeople.nodes.map((n) => n.name).sort(), ['刘永峰', '吴柯', '徐立', '洪强宁']);
      const named = await store.listNodes('Technology', { first: 50, filter: { nameContains: 'K8S' } });
      assert.deepEqual(
        named.nodes.map((n) => n.name),
        ['Kubernetes'],
      );
    });

    it('lists a broader term no document names only when asked, yet filters by it', async () => {
      await writeAll();
      const listed = await store.listNodes('Technology', { first: 100 });
      const names = listed.nodes.map((n) => n.name);
      assert.ok(!names.includes('一致性算法'), 'implied only: not a technology the documents discuss');
      assert.ok(names.includes('容器'), 'the Techparty recap names 容器 itself');
      const all = await store.listNodes('Technology', { first: 100, filter: { includeImplied: true } });
      assert.equal(all.totalCount, listed.totalCount + 1);
      const consensus = await store.listNodes('Talk', {
        first: 10,
        filter: { technologyId: nodeId('Technology', '一致性算法') },
      });
      assert.equal(consensus.totalCount, 2);
    });

    it('sorts by talk count, date and mentions, ties by name', async () => {
      await writeAll();
      const techs = await store.listNodes('Technology', { first: 3, sort: { field: 'TALKS', descending: true } });
      assert.equal(techs.nodes[0].name, 'Docker');
      const events = await store.listNodes('Event', { first: 10, sort: { field: 'DATE' } });
      assert.deepEqual(
        events.nodes.map((n) => n.name),
        ['Techparty 深圳 Docker 专场沙龙', 'ECUG Con 2015', 'ArchSummit 深圳 2018'],
      );
      const people = await store.listNodes('Person', { first: 1, sort: { field: 'MENTIONS', descending: true } });
      assert.equal(people.nodes[0].name, '洪强宁');
    });

    it('gives the rows the analyses count', async () => {
      await writeAll();
      const rows = await store.talkRows([docker]);
      assert.equal(rows.length, 4);
      const raftRows = await store.talkRows();
      const raft = raftRows.find((r) => r.talkId === raftTalk);
      assert.deepEqual(raft, {
        talkId: raftTalk,
        year: 2016,
        eventId: ecug,
        speakerIds: [liuQi],
        technologyIds: [nodeId('Technology', 'Raft'), nodeId('Technology', 'etcd')].sort(),
        documentIds: ['doc:ecug2015'],
      });
      const techs = await store.technologyRows();
      assert.deepEqual(techs.find((t) => t.id === docker)?.broaderIds, [containers]);
      const names = await store.nameRows(['Organization']);
      assert.ok(names.some((n) => n.name === 'PingCAP'));
      assert.ok(names.every((n) => n.kind === 'Organization'));
    });

    it('answers who spoke on a topic: their talks on it once each, and all the talks they gave', async () => {
      await writeAll();
      const speakers = await store.topicSpeakers([containers, docker]);
      const rows = (await store.talkRows()).filter((r) =>
        r.technologyIds.some((t) => t === containers || t === docker),
      );
      const expected = [...new Set(rows.flatMap((r) => r.speakerIds))].sort();
      assert.deepEqual(
        speakers.map((s) => s.personId),
        expected,
      );
      const wu = speakers.find((s) => s.personId === nodeId('Person', '吴柯'));
      // 吴柯's one talk is about both 容器 and Docker: counted once
      assert.deepEqual(wu?.talks.length, 1);
      const hongRow = speakers.find((s) => s.personId === hong);
      assert.deepEqual(hongRow, {
        personId: hong,
        talks: [{ talkId: talkId('宜信的 PaaS 实践：网络管理', ecug), year: 2016 }],
        totalTalks: 2,
      });
      assert.deepEqual(await store.topicSpeakers([nodeId('Technology', 'no such thing')]), []);
      assert.deepEqual(await store.topicSpeakers([]), []);

      // a write changes the answer at once (no stale index)
      await store.removeDocument('doc:ecug2015');
      const later = await store.topicSpeakers([containers, docker]);
      assert.ok(!later.some((s) => s.personId === hong), JSON.stringify(later));
      assert.ok(later.some((s) => s.personId === nodeId('Person', '吴柯')));
    });

    it('lists events with their cities, and talks by city and by all of several technologies', async () => {
      await writeAll();
      assert.deepEqual(
        (await store.eventRows()).map((e) => [e.name, e.city]),
        [
          ['ArchSummit 深圳 2018', '深圳'],
          ['ECUG Con 2015', '北京'],
          ['Techparty 深圳 Docker 专场沙龙', '深圳'],
        ].sort((a, b) => (nodeId('Event', a[0]) < nodeId('Event', b[0]) ? -1 : 1)),
      );
      const talks = async (filter: NodeFilter) =>
        (await store.listNodes('Talk', { first: 50, filter })).nodes.map((n) => n.name).sort();
      assert.equal((await talks({ cities: ['深圳'] })).length, 4);
      assert.deepEqual(await talks({ cities: ['北京'], technologyId: docker }), ['宜信的 PaaS 实践：网络管理']);
      // 容器 covers Docker; each technology must be met by the same talk
      assert.deepEqual(await talks({ allTechnologyIds: [containers, nodeId('Technology', '微服务')] }), [
        '基于Docker面向数据处理的微服务架构',
      ]);
      assert.deepEqual(await talks({ allTechnologyIds: [docker, nodeId('Technology', 'Raft')] }), []);
      const events = await store.listNodes('Event', { first: 10, filter: { cities: ['深圳'] } });
      assert.equal(events.totalCount, 2);
    });

    it('counts what it holds and says it is healthy', async () => {
      await writeAll();
      const stats = await store.stats();
      assert.equal(stats.documents, 3);
      assert.equal(stats.nodes.Talk, 8);
      assert.equal(stats.nodes.Event, 3);
      assert.ok((await store.health()).ok);
    });
  });
}
