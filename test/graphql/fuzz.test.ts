import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApolloServerPlugin } from '@apollo/server';
import fc from 'fast-check';
import { type FragmentDefinitionNode, getNamedType, getVariableValues, isCompositeType, Kind } from 'graphql';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import type { GraphContext } from '../../src/graphql/context';
import { DEFAULT_LIMITS, type QueryLimits } from '../../src/graphql/limits/config';
import { measureOperation } from '../../src/graphql/limits/measure';
import { talkgraphSchema } from '../../src/graphql/schema';
import type { EmbeddedStore } from '../../src/store/embedded';
import { storeWith } from '../support/api';
import { LIMITS_CORPUS } from '../support/limits-fixture';
import { queryGenerator } from '../support/query-generator';

// Generated queries within the schema (deep, wide, aliased, fragmented) against
// the in-process API on the embedded store. Whatever comes, the server never
// does more work than its budget: a refused query reaches the store not once;
// an accepted one resolves no more object fields than its estimated cost,
// which is within the budget. A normal request sent alongside each one still
// gets its full answer. Iterations are bounded.

const LIMITS: QueryLimits = { ...DEFAULT_LIMITS, maxCost: 3_000, maxDepth: 8, maxAliases: 12 };
const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'QUERY_TOO_LARGE']);

interface Observed {
  resolvedObjects: number;
  storeCalls: number;
  estimate: number | null;
}

/** Counts, per request, the object-valued fields resolved and the store calls made, and the estimate. */
function observer(seen: Map<string, Observed>): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.query ?? '';
      const o: Observed = { resolvedObjects: 0, storeCalls: 0, estimate: null };
      seen.set(key, o);
      return {
        async didResolveOperation({ document, operation, schema }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const vars = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          o.estimate = measureOperation(schema, fragments, operation, vars.coerced ?? {}, LIMITS.listFanout).cost;
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (isCompositeType(getNamedType(info.returnType))) o.resolvedObjects++;
            },
          };
        },
        async willSendResponse({ contextValue }) {
          o.storeCalls = contextValue.work.storeCalls;
        },
      };
    },
  };
}

describe('fuzzing the GraphQL endpoint', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith(LIMITS_CORPUS);
  });
  after(() => store.close());

  it('never goes past the budget, and a normal request alongside still answers', async () => {
    const schema = talkgraphSchema();
    const seen = new Map<string, Observed>();
    const apollo = createApollo({ limits: LIMITS, plugins: [observer(seen)] });
    const ids = (await store.nameRows()).map((r) => r.id);
    const names = (await store.nameRows()).map((r) => r.name);
    const normal = '{ talks(first: 10) { totalCount nodes { title speakers { name } } } }';
    const tally = { refused: 0, answered: 0, otherErrors: 0 };

    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const generate = queryGenerator(
          schema,
          { ids, names },
          {
            below: (n) => g(fc.nat, { max: n - 1 }),
            chance: (p) => g(fc.nat, { max: 99 }) < p,
          },
        );
        const q = generate();
        const [fuzzed, plain] = await Promise.all([
          runOperation(apollo, store, { query: q.text, variables: q.variables }),
          runOperation(apollo, store, { query: normal }),
        ]);
        // the normal request is whole, whatever ran next to it
        assert.equal(plain.errors, undefined);
        assert.equal((plain.data as { talks: { totalCount: number } }).talks.totalCount, 5);

        const o = seen.get(q.text);
        assert.ok(o, 'the observer saw the request');
        const codes = (fuzzed.errors ?? []).map((e) => String(e.extensions?.code));
        assert.ok(!codes.includes('INTERNAL_SERVER_ERROR'), `${q.text}\n${JSON.stringify(fuzzed.errors)}`);
        if (codes.some((c) => LIMIT_CODES.has(c))) {
          tally.refused++;
          assert.equal(o.storeCalls, 0, `refused, yet it reached the store:\n${q.text}`);
          assert.equal(o.resolvedObjects, 0);
        } else if (o.estimate !== null && fuzzed.data) {
          tally.answered++;
          assert.ok(o.estimate <= LIMITS.maxCost, `accepted past the budget (${o.estimate}):\n${q.text}`);
          assert.ok(
            o.resolvedObjects <= o.estimate,
            `resolved ${o.resolvedObjects} object fields, estimated ${o.estimate}:\n${q.text}`,
          );
        } else tally.otherErrors++;
        seen.delete(q.text);
        seen.delete(normal);
      }),
      { numRuns: 200, seed: 11, endOnFailure: true },
    );
    // the generator reaches both sides of the budget
    assert.ok(tally.refused >= 20, JSON.stringify(tally));
    assert.ok(tally.answered >= 20, JSON.stringify(tally));
  });
});
