import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getIntrospectionQuery, Kind, parse, visit } from 'graphql';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { DEFAULT_LIMITS, limitsFromEnv, type QueryLimits } from '../../src/graphql/limits/config';
import { measureOperation } from '../../src/graphql/limits/measure';
import { talkgraphSchema } from '../../src/graphql/schema';
import { nodeId } from '../../src/model/ids';
import type { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore } from '../../src/store/port';
import { counted, storeWith } from '../support/api';
import { aliased, fragmentFan, LIMITS_CORPUS } from '../support/limits-fixture';

// Each attack of issue 11 against the GraphQL endpoint is refused before it
// touches the store (store calls counted), with a code, the limit and the
// measured cost; the work the measuring itself does is counted too.

// biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary response shapes
type Response = any;

async function ask(store: GraphStore, query: string, variables?: Record<string, unknown>, limits?: QueryLimits) {
  const c = counted(store);
  const r: Response = JSON.parse(
    JSON.stringify(
      await runOperation(createApollo({ limits: limits ?? DEFAULT_LIMITS }), c.store, { query, variables }),
    ),
  );
  return { r, storeCalls: c.calls.length };
}

function fieldNodes(query: string): number {
  let n = 0;
  visit(parse(query), { Field: () => void n++ });
  return n;
}

function measure(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const fragments = new Map(
    doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  assert.ok(op && op.kind === Kind.OPERATION_DEFINITION);
  return measureOperation(talkgraphSchema(), fragments, op, variables, DEFAULT_LIMITS.listFanout);
}

describe('query limits', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith(LIMITS_CORPUS);
  });
  after(() => store.close());

  it('measures a fragment fan in work linear in the query, and refuses it', async () => {
    for (const k of [30, 60, 200]) {
      const q = fragmentFan(k);
      const m = measure(q);
      // each field node of the text is visited once, whatever the fan's 2^k expansion
      assert.ok(m.fieldsVisited <= fieldNodes(q), `k=${k}: visited ${m.fieldsVisited} of ${fieldNodes(q)} field nodes`);
      assert.ok(m.cost >= 2 ** Math.min(k, 60), `k=${k}: cost ${m.cost} counts every spread`);
    }
    const { r, storeCalls } = await ask(store, fragmentFan(30));
    assert.equal(r.errors[0].extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(r.errors[0].extensions.limit, DEFAULT_LIMITS.maxCost);
    assert.ok(r.errors[0].extensions.cost > DEFAULT_LIMITS.maxCost);
    assert.equal(storeCalls, 0);
  });

  it('refuses a query nested past the depth limit, naming limit and depth', async () => {
    let deep = 'name';
    for (let i = 0; i < 6; i++) deep = `talks { speakers { ${deep} } }`;
    const { r, storeCalls } = await ask(store, `{ people(first: 1) { nodes { ${deep} } } }`); // 2 + 12 levels
    assert.equal(r.errors[0].extensions.code, 'QUERY_TOO_DEEP');
    assert.deepEqual([r.errors[0].extensions.limit, r.errors[0].extensions.cost], [12, 14]);
    assert.match(r.errors[0].message, /nested 14 levels deep; the limit is 12/);
    assert.equal(storeCalls, 0);
    // the standard introspection query (deep in `ofType`) is the schema's size, not the data's
    const intro = await ask(store, getIntrospectionQuery());
    assert.equal(intro.r.errors, undefined);
  });

  it("refuses the issue's 220-byte depth-12 query by cost, counting `first` sent as a variable", async () => {
    const q = `query($n: Int) { talks(first: $n) { nodes { speakers { talks { technologies { talks { speakers {
      affiliations { organization { name } } } } } } } } } }`;
    const big = await ask(store, q, { n: 1000 });
    assert.equal(big.r.errors[0].extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(big.r.errors[0].extensions.cost, measure(q, { n: 1000 }).cost);
    assert.equal(big.storeCalls, 0);
    const small = await ask(store, `{ talks(first: 1) { nodes { speakers { talks { title } } } } }`);
    assert.equal(small.r.errors, undefined);
    assert.ok(small.r.data.talks.nodes[0].speakers.length > 0);
  });

  it('serves the export the scorer runs (first: 1000 on every root list) under the default budget', async () => {
    const exportFields = {
      events: 'name aliases startDate endDate city venue organizers { name }',
      talks: 'title speakers { name } event { name } technologies { name }',
      people: 'name aliases affiliations { organization { name } role }',
      organizations: 'name aliases',
      technologies: 'name aliases category',
    };
    for (const [field, selection] of Object.entries(exportFields)) {
      const q = `query($after: String) { ${field}(first: 1000, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
      const { r } = await ask(store, q, { after: null });
      assert.equal(r.errors, undefined, `${field}: ${JSON.stringify(r.errors)}`);
      assert.ok(r.data[field].nodes.length > 0, field);
    }
  });

  it('caps aliases, and stops parsing past the token limit', async () => {
    const hundred = await ask(store, aliased(100, 'search(text: "Raft", first: 1) { score }'));
    assert.equal(hundred.r.errors, undefined);
    const over = await ask(store, aliased(101, 'search(text: "Raft", first: 1) { score }'));
    assert.equal(over.r.errors[0].extensions.code, 'TOO_MANY_ALIASES');
    assert.deepEqual([over.r.errors[0].extensions.limit, over.r.errors[0].extensions.cost], [100, 101]);
    assert.equal(over.storeCalls, 0);
    // the 25,000 search aliases: refused by the parser before any measuring
    const flood = await ask(store, aliased(25_000, 'search(text: "x") { score }'));
    assert.equal(flood.r.errors[0].extensions.code, 'QUERY_TOO_LARGE');
    assert.equal(flood.r.errors[0].extensions.limit, DEFAULT_LIMITS.maxTokens);
    assert.equal(flood.storeCalls, 0);
  });

  it('counts an empty page at least once: its pageInfo is still resolved', () => {
    // talks itself, and the pageInfo object answered under it
    assert.ok(measure('{ talks(first: 0) { pageInfo { hasNextPage } totalCount } }').cost >= 2);
    assert.ok(measure('{ talks(first: 5) { pageInfo { hasNextPage } } }').cost >= 2);
  });

  it('weighs analysis fields: neighborhoods of depth 3 add up past the budget', async () => {
    const hoods = await ask(
      store,
      aliased(60, 'neighborhood(id: "person:nobody", depth: 3, first: 500) { nodes { id } edges { id } }'),
    );
    assert.equal(hoods.r.errors[0].extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(hoods.storeCalls, 0);
    assert.ok(
      measure('{ neighborhood(id: "x", depth: 3) { nodes { id } } }').cost >
        measure('{ neighborhood(id: "x", depth: 1) { nodes { id } } }').cost,
    );
    assert.ok(
      measure('{ search(text: "x", first: 100) { score } }').cost >
        measure('{ search(text: "x", first: 1) { score } }').cost,
    );
    // the browser's own request: 40 speakers' neighbourhoods at once
    const ada = nodeId('Person', 'Ada Qiu');
    const browser = await ask(
      store,
      aliased(
        40,
        `neighborhood(id: "${ada}", depth: 1, first: 10) { truncated nodes { id kind name } edges { id type from to } }`,
      ),
    );
    assert.equal(browser.r.errors, undefined);
    assert.equal(browser.r.data.a39.nodes[0].id, ada);
  });

  it('takes every limit from options or the environment, and names a malformed variable', async () => {
    const tight = { ...DEFAULT_LIMITS, maxCost: 5 };
    const { r } = await ask(store, '{ talks(first: 10) { nodes { title } } }', undefined, tight);
    assert.equal(r.errors[0].extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(r.errors[0].extensions.limit, 5);
    const env = limitsFromEnv({
      TALKGRAPH_MAX_DEPTH: '4',
      TALKGRAPH_MAX_COST: '900',
      TALKGRAPH_MAX_ALIASES: '3',
      TALKGRAPH_MAX_TOKENS: '77',
      TALKGRAPH_REQUEST_TIMEOUT_MS: '1500',
      TALKGRAPH_LIST_FANOUT: '4',
    });
    assert.deepEqual(
      [env.maxDepth, env.maxCost, env.maxAliases, env.maxTokens, env.timeoutMs, env.listFanout],
      [4, 900, 3, 77, 1500, 4],
    );
    const tokens = await ask(store, aliased(20, 'talk(ref: "x") { title }'), undefined, env);
    assert.equal(tokens.r.errors[0].extensions.code, 'QUERY_TOO_LARGE');
    assert.equal(tokens.r.errors[0].extensions.limit, 77);
    assert.throws(() => limitsFromEnv({ TALKGRAPH_MAX_COST: 'lots' }), /TALKGRAPH_MAX_COST must be a positive integer/);
  });

  it('answers mutations and subscriptions with BAD_REQUEST, not an internal error', async () => {
    for (const op of ['mutation { talks { totalCount } }', 'subscription { talks { totalCount } }']) {
      const { r } = await ask(store, op);
      assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
      assert.equal(r.errors[0].extensions.code, 'BAD_REQUEST', op);
      assert.notEqual(r.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
    }
  });

  it('turns introspection and "Did you mean" off in production, or by switch', async () => {
    const prod = limitsFromEnv({ NODE_ENV: 'production' });
    assert.deepEqual([prod.introspection, prod.suggestions], [false, false]);
    const intro = await ask(store, '{ __schema { types { name } } }', undefined, prod);
    assert.equal(intro.r.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(intro.r.errors[0].message, /introspection/i);
    const typo = await ask(store, '{ talkz { totalCount } }', undefined, prod);
    assert.doesNotMatch(typo.r.errors[0].message, /Did you mean/);
    const dev = limitsFromEnv({});
    assert.match((await ask(store, '{ talkz { totalCount } }', undefined, dev)).r.errors[0].message, /Did you mean/);
    const off = limitsFromEnv({
      TALKGRAPH_INTROSPECTION: 'false',
      TALKGRAPH_SUGGESTIONS: 'true',
      NODE_ENV: 'production',
    });
    assert.deepEqual([off.introspection, off.suggestions], [false, true]);
    assert.throws(
      () => limitsFromEnv({ TALKGRAPH_INTROSPECTION: 'maybe' }),
      /TALKGRAPH_INTROSPECTION must be true or false/,
    );
  });
});
