import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedStore } from '../../src/store/embedded';
import { counted, gql, storeWith } from '../support/api';
import { archSummitNote, ecugAgenda, techpartyRecap } from '../support/facts';

// path, search and neighborhood end to end over facts taken from the seed
// documents: exact answers, and what each costs in store calls.

type Named = { name: string };

describe('graph walks and search over seed facts', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith([ecugAgenda, techpartyRecap, archSummitNote]);
  });
  after(() => store.close());

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
});
