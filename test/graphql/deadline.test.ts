import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/config';

// the walk is over the cost budget on purpose: this file is about the deadline alone
const NO_BUDGET = { ...DEFAULT_LIMITS, maxCost: Number.MAX_SAFE_INTEGER };

import type { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore } from '../../src/store/port';
import { storeWith } from '../support/api';
import { LIMITS_CORPUS } from '../support/limits-fixture';

// The per-request deadline stops the work, not just the answer: once the
// request's signal fires, no further store call is made. The deadline is
// played by a signal the test fires after the k-th store call (no clocks).

/** The store, firing `controller` after its k-th call and counting every call that reaches it. */
function abortingAfter(store: GraphStore, k: number, controller: AbortController) {
  const reached: string[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reached.push(String(prop));
        if (reached.length >= k) controller.abort();
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, reached };
}

const WALK = `{ talks(first: 50) { nodes { title speakers { name talks { title technologies { name talks { title
  speakers { name affiliations { organization { name } } } } } } } } } }`;

describe('per-request deadline', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith(LIMITS_CORPUS);
  });
  after(() => store.close());

  it('runs the walk to the end when nothing fires, in a known number of store calls', async () => {
    const controller = new AbortController();
    const s = abortingAfter(store, Number.POSITIVE_INFINITY, controller);
    const r = await runOperation(
      createApollo({ limits: NO_BUDGET }),
      s.store,
      { query: WALK },
      { signal: controller.signal },
    );
    assert.equal(r.errors, undefined);
    assert.ok(s.reached.length >= 6, `the walk takes ${s.reached.length} store calls`);
  });

  it('stops issuing store calls once the deadline passes, answering DEADLINE_EXCEEDED', async () => {
    for (const k of [1, 2, 3]) {
      const controller = new AbortController();
      const s = abortingAfter(store, k, controller);
      const r = JSON.parse(
        JSON.stringify(
          await runOperation(
            createApollo({ limits: NO_BUDGET }),
            s.store,
            { query: WALK },
            { signal: controller.signal },
          ),
        ),
      );
      assert.equal(s.reached.length, k, `k=${k}: no store call after the deadline (${s.reached.join(', ')})`);
      assert.ok(r.errors.length > 0);
      for (const e of r.errors) assert.equal(e.extensions.code, 'DEADLINE_EXCEEDED', JSON.stringify(e));
    }
  });

  it('makes no store call at all for a request whose deadline has already passed', async () => {
    const controller = new AbortController();
    controller.abort();
    const s = abortingAfter(store, Number.POSITIVE_INFINITY, controller);
    const r = JSON.parse(
      JSON.stringify(
        await runOperation(
          createApollo({ limits: NO_BUDGET }),
          s.store,
          { query: '{ speakersOn(topic: "Raft") { person { name } } }' },
          { signal: controller.signal },
        ),
      ),
    );
    assert.equal(s.reached.length, 0);
    assert.equal(r.errors[0].extensions.code, 'DEADLINE_EXCEEDED');
  });
});
