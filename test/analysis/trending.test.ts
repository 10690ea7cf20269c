import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { movementsGoing, periods, technologyMovements } from '../../src/analysis/trending';
import { nameOf, TALKS } from './fixture';

describe('trendingTechnologies', () => {
  it('splits the range at its middle year', () => {
    assert.deepEqual(periods(2015, 2018), { earlier: [2015, 2016], later: [2017, 2018] });
    assert.deepEqual(periods(2015, 2017), { earlier: [2015, 2016], later: [2017, 2017] });
    assert.throws(() => periods(2016, 2016), /at least two years/);
  });

  it('ranks what rose above what held and what faded, with counts and first-seen years', () => {
    const rows = technologyMovements(TALKS, 2015, 2018, nameOf);
    const byId = new Map(rows.map((r) => [r.technologyId, r]));
    const container = byId.get('tech:容器')!;
    assert.equal(container.direction, 'NEW');
    assert.equal(container.firstSeenYear, 2018);
    assert.equal(container.earlierTalks, 0);
    assert.equal(container.laterTalks, 1);
    assert.ok(Number.isFinite(container.growth) && container.growth > 0);
    assert.equal(byId.get('tech:etcd')!.direction, 'STEADY');
    assert.equal(byId.get('tech:go')!.direction, 'FADING');
    assert.equal(byId.get('tech:go')!.change, -3);
    // direct tags only: Docker's talks do not count for 容器
    assert.equal(byId.get('tech:docker')!.earlierTalks, 1);
    assert.equal(rows[0].technologyId, 'tech:容器');
    assert.equal(rows.at(-1)!.technologyId, 'tech:go'); // three talks, then none: faded most
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].growth >= rows[i].growth);
  });

  it('lists only what faded, steepest fall first, when asked', () => {
    const rows = technologyMovements(TALKS, 2015, 2018, nameOf);
    const faded = movementsGoing(rows, 'fading');
    assert.ok(faded.length > 0 && faded.every((r) => r.direction === 'FADING'));
    assert.equal(faded[0].technologyId, 'tech:go');
    for (let i = 1; i < faded.length; i++) assert.ok(faded[i - 1].growth <= faded[i].growth);
    assert.throws(() => movementsGoing(rows, 'sideways'), /RISING, FADING, NEW or STEADY/);
  });

  it('calls a technology seen before the range RISING, not NEW', () => {
    const rows = technologyMovements(TALKS, 2017, 2018);
    const etcd = rows.find((r) => r.technologyId === 'tech:etcd')!;
    assert.equal(etcd.firstSeenYear, 2016);
    assert.equal(etcd.earlierTalks, 0);
    assert.equal(etcd.direction, 'RISING');
    assert.deepEqual(etcd.talkIds, ['talk:m/etcd运维']);
    assert.ok(!rows.some((r) => r.technologyId === 'tech:docker'), 'no talks in range, not listed');
  });

  it('calls STEADY only what did not change: one talk more is RISING, one fewer FADING', () => {
    const rows = (tech: string, years: number[]) =>
      years.map((year, i) => ({
        talkId: `talk:${tech}-${i}`,
        year,
        eventId: null,
        speakerIds: [],
        technologyIds: [tech],
        documentIds: ['doc:a'],
      }));
    const list = technologyMovements(
      [
        ...rows('tech:a', [2015, 2015, 2015, 2015, 2015, 2015, 2015, 2016, 2016, 2016, 2016, 2016, 2016, 2016, 2016]),
        ...rows('tech:b', [2015, 2015, 2016, 2016]),
        ...rows('tech:c', [2015, 2015, 2015, 2016, 2016]),
      ],
      2015,
      2016,
    );
    const direction = Object.fromEntries(list.map((m) => [m.technologyId, [m.change, m.direction]]));
    // 7 -> 8 grows by log2(9/8) = 0.17, inside the old +-0.2 "steady" band
    assert.deepEqual(direction['tech:a'], [1, 'RISING']);
    assert.deepEqual(direction['tech:b'], [0, 'STEADY']);
    assert.deepEqual(direction['tech:c'], [-1, 'FADING']);
    // halves of unequal length compare talks per year: 2 in two years, 1 in one year is no change
    const odd = technologyMovements(rows('tech:d', [2015, 2016, 2017]), 2015, 2017);
    assert.deepEqual([odd[0].earlierTalks, odd[0].laterTalks, odd[0].direction], [2, 1, 'STEADY']);
  });
});
