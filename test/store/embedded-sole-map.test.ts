import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SoleMap } from '../../src/store/embedded/sole-map';

// Claims by document hold one claim inline and a Map from the second on; for
// any sequence of sets and deletes it must answer exactly as a Map does.

const op = fc.record({
  kind: fc.constantFrom('set', 'delete'),
  key: fc.constantFrom('doc:a', 'doc:b', 'doc:c'),
  value: fc.nat(9),
});

describe('embedded store: claims by document (SoleMap)', () => {
  it('answers get, size and any like a Map through every transition (0 → 1 → many → 1 → 0)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const sole = new SoleMap<number>();
        const map = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            sole.set(o.key, o.value);
            map.set(o.key, o.value);
          } else assert.equal(sole.delete(o.key), map.delete(o.key));
          assert.equal(sole.size, map.size);
          for (const k of ['doc:a', 'doc:b', 'doc:c']) assert.equal(sole.get(k), map.get(k));
          const any = sole.any();
          if (map.size === 0) assert.equal(any, undefined);
          else assert.ok([...map.values()].includes(any as number));
        }
      }),
      { numRuns: 500 },
    );
  });
});
