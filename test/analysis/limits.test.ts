import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampFirst, LIMITS } from '../../src/analysis/limits';

describe('list limits', () => {
  it('defaults a missing first, cuts one past the cap, and refuses one below 1', () => {
    assert.equal(clampFirst(undefined, LIMITS.search), 10);
    assert.equal(clampFirst(null, LIMITS.speakersOn), 20);
    assert.equal(clampFirst(5, LIMITS.search), 5);
    assert.equal(clampFirst(1_000_000, LIMITS.search), LIMITS.search.cap);
    assert.throws(() => clampFirst(0, LIMITS.search), /first must be at least 1, got 0/);
    assert.throws(() => clampFirst(-3, LIMITS.search, 'names'), /names must be at least 1/);
  });
});
