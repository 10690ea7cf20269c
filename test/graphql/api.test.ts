import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SCHEMA_FILE, schemaSDL } from '../../src/graphql/print-schema';
import type { EmbeddedStore } from '../../src/store/embedded';
import { counted, gql, storeWith } from '../support/api';
import { archSummitNote, ecugAgenda, techpartyRecap } from '../support/facts';

describe('GraphQL API over the embedded store', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith([ecugAgenda, techpartyRecap, archSummitNote]);
  });
  after(() => store.close());

  it('answers the contract fields: who gave which talk at which event', async () => {
    const r = await gql(
      store,
      `{ talks(first: 100) { totalCount nodes { title speakers { name aliases affiliations { organization { name } role } }
           event { name startDate city venue organizers { name } } technologies { name category } } } }`,
    );
    assert.equal(r.errors, undefined);
    const raft = r.data.talks.nodes.find((t: { title: string }) => t.title === '深入解析 raft 协议和工程实现');
    assert.equal(raft.event.name, 'ECUG Con 2015');
    assert.equal(raft.event.startDate, '2016-01-22');
    assert.equal(raft.event.city, '北京');
    assert.deepEqual(raft.event.organizers, [{ name: 'ECUG' }]);
    assert.deepEqual(raft.speakers[0].affiliations, [{ organization: { name: 'PingCAP' }, role: 'CEO' }]);
    assert.deepEqual(raft.technologies.map((t: { name: string }) => t.name).sort(), ['Raft', 'etcd']);
    assert.equal(r.data.talks.totalCount, 8);
  });

  it('pages with cursors, and cuts a page past the cap instead of failing', async () => {
    const first = await gql(
      store,
      '{ people(first: 2) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }',
    );
    assert.equal(first.data.people.edges.length, 2);
    assert.equal(first.data.people.pageInfo.hasNextPage, true);
    const next = await gql(
      store,
      'query($a: String) { people(first: 100, after: $a) { nodes { name } pageInfo { hasNextPage } } }',
      {
        a: first.data.people.pageInfo.endCursor,
      },
    );
    assert.equal(next.data.people.nodes.length, 5);
    assert.equal(next.data.people.pageInfo.hasNextPage, false);
    const huge = await gql(store, '{ technologies(first: 5000) { totalCount nodes { name } } }');
    assert.equal(huge.errors, undefined);
    assert.equal(huge.data.technologies.nodes.length, huge.data.technologies.totalCount);
  });

  it('filters by names in any spelling and sorts by counts', async () => {
    const r = await gql(
      store,
      `{ talks(filter: { technology: "容器", yearFrom: 2016 }, sort: { field: DATE }) { nodes { title year } }
         people(filter: { organization: "pingcap" }) { nodes { name } }
         technologies(first: 1, sort: { field: TALKS, descending: true }) { nodes { name } }
         k8s: talks(filter: { technology: "K8S" }) { totalCount } }`,
    );
    assert.equal(r.errors, undefined);
    assert.deepEqual(
      r.data.talks.nodes.map((t: { title: string }) => t.title),
      ['宜信的 PaaS 实践：网络管理', '从 Docker 到 Kubernetes 的演进'],
    );
    assert.deepEqual(r.data.people.nodes, [{ name: '刘奇' }]);
    assert.deepEqual(r.data.technologies.nodes, [{ name: 'Docker' }]);
    assert.equal(r.data.k8s.totalCount, 1);
  });

  it('shows the evidence and source document behind a relationship', async () => {
    const r = await gql(
      store,
      `{ person(ref: "洪强宁") { documents { title } affiliations { organization { name } evidence { snippet document { title } } } } }`,
    );
    assert.equal(r.errors, undefined);
    assert.equal(r.data.person.documents.length, 2);
    const aff = r.data.person.affiliations[0];
    assert.ok(aff.evidence[0].snippet.length > 0);
    assert.ok(aff.evidence[0].document.title);
  });

  it('costs one store call per level of the query, whatever the number of objects', async () => {
    const { store: countedStore, calls } = counted(store);
    const r = await gql(
      countedStore,
      `{ people(first: 100) { nodes { name talks { title technologies { name } speakers { name } event { name } } } } }`,
    );
    assert.equal(r.errors, undefined);
    // list (1) + talks of every person (1) + technologies, speakers and events of every talk (1)
    assert.deepEqual(
      calls.filter((c) => c !== 'nameRows'),
      ['listNodes', 'adjacent', 'adjacent'],
    );
  });

  it('reports malformed queries, bad cursors and runaway depth as errors, not crashes', async () => {
    const syntax = await gql(store, '{ talks(first: 1) { nodes { title }');
    assert.equal(syntax.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
    const cursor = await gql(store, '{ talks(after: "nonsense") { totalCount } }');
    assert.equal(cursor.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(cursor.errors[0].message, /cursor/);
    const negative = await gql(store, '{ talks(first: -1) { totalCount } }');
    assert.equal(negative.errors[0].extensions.code, 'BAD_USER_INPUT');
    let deep = 'name';
    for (let i = 0; i < 8; i++) deep = `talks { speakers { ${deep} } }`;
    const tooDeep = await gql(store, `{ people { nodes { ${deep} } } }`);
    assert.match(tooDeep.errors[0].message, /levels deep/);
  });

  it('keeps schema/schema.graphql in step with the code', () => {
    assert.equal(
      readFileSync(SCHEMA_FILE, 'utf8'),
      schemaSDL(),
      'schema/schema.graphql is stale: run `npm run schema` and commit it',
    );
  });
});
