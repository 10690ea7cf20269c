import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { toNative, utf16SortKey } from '../../src/store/neo4j/codec';

// The value edge of the Neo4j store, checked without a server.

/** How Neo4j orders strings: by code point. */
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return Math.sign(x.length - y.length);
}
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('neo4j codec', () => {
  it('sort keys put strings in JS order under Neo4j’s code-point order', () => {
    assert.equal(byCodePoint('Ｚ', '😀'), -1, 'the orders really differ here');
    assert.equal(byCodeUnit('Ｚ', '😀'), 1);
    assert.equal(byCodePoint(utf16SortKey('Ｚ'), utf16SortKey('😀')), 1);
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Ｚ', '中', '\uE000', '\uFFFF', '😀'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, text, (a, b) => byCodePoint(utf16SortKey(a), utf16SortKey(b)) === byCodeUnit(a, b)),
      { numRuns: 2000 },
    );
  });

  it('turns Neo4j integers and temporal values into plain JS values', () => {
    assert.deepEqual(toNative({ year: neo4j.int(2016), ids: ['a'], at: new neo4j.types.Date(2016, 1, 22) }), {
      year: 2016,
      ids: ['a'],
      at: '2016-01-22',
    });
    assert.throws(() => toNative(neo4j.int('9007199254740993')), /exceeds 2\^53/);
  });
});
