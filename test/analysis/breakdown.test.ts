import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakdown } from '../../src/analysis/breakdown';
import type { TalkRow } from '../../src/store/port';

const row = (talkId: string, year: number | null, eventId: string | null, speakerIds: string[]): TalkRow => ({
  talkId,
  year,
  eventId,
  speakerIds,
  technologyIds: ['tech:go'],
  documentIds: ['doc:a'],
});

const ROWS = [
  row('talk:b', 2020, 'event:成都', ['person:赵']),
  row('talk:a', 2019, 'event:成都', ['person:王', 'person:赵']),
  row('talk:c', 2021, 'event:杭州', ['person:王']),
  row('talk:d', null, null, ['person:孙']),
];

describe('breakdown of a technology talks', () => {
  it('counts each talk once per group, the keyless group last, shares of all the talks', () => {
    assert.deepEqual(
      breakdown(ROWS, (r) => (r.eventId ? [r.eventId] : [])),
      [
        { key: 'event:成都', talks: 2, share: 0.5, talkIds: ['talk:a', 'talk:b'] },
        { key: 'event:杭州', talks: 1, share: 0.25, talkIds: ['talk:c'] },
        { key: null, talks: 1, share: 0.25, talkIds: ['talk:d'] },
      ],
    );
  });

  it('puts a talk in every group it belongs to, so shares may add up past 1', () => {
    const orgs: Record<string, string[]> = { 'person:王': ['org:竹云'], 'person:赵': ['org:山海', 'org:竹云'] };
    const groups = breakdown([...ROWS, ROWS[0]], (r) => r.speakerIds.flatMap((p) => orgs[p] ?? []));
    assert.deepEqual(
      groups.map((g) => [g.key, g.talks, g.share]),
      [
        ['org:竹云', 3, 0.75], // talk:a once although both its speakers are there
        ['org:山海', 2, 0.5],
        [null, 1, 0.25],
      ],
    );
  });

  it('orders groups of equal size by key, and gives nothing for no talks', () => {
    const groups = breakdown(ROWS.slice(0, 3), (r) => [r.talkId === 'talk:c' ? 'a' : 'b']);
    assert.deepEqual(
      groups.map((g) => g.key),
      ['b', 'a'],
    );
    assert.deepEqual(
      breakdown(ROWS.slice(2, 3), () => ['z']).map((g) => g.key),
      ['z'],
    );
    assert.deepEqual(
      breakdown([], () => ['x']),
      [],
    );
  });
});
