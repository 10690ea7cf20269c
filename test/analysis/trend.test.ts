import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveTopic } from '../../src/analysis/topic';
import { yearlySeries, yearlyTalks, yearRange } from '../../src/analysis/trend';
import { TALKS, TECHNOLOGIES } from './fixture';

const counts = (points: ReturnType<typeof yearlySeries>) => points.map((p) => [p.year, p.talks, p.events, p.people]);

describe('technology trend', () => {
  it('defaults to the years of all talks and fills the gaps with zeros', () => {
    const range = yearRange(TALKS)!;
    assert.deepEqual(range, { from: 2015, to: 2018 });
    assert.deepEqual(counts(yearlySeries(TALKS, ['tech:docker'], range)), [
      [2015, 1, 1, 1],
      [2016, 0, 0, 0],
      [2017, 0, 0, 0],
      [2018, 0, 0, 0],
    ]);
  });

  it('counts talks on narrower technologies in a broader series, each talk once', () => {
    const ids = resolveTopic('容器', TECHNOLOGIES).ids;
    const points = yearlySeries(TALKS, ids, yearRange(TALKS)!);
    assert.deepEqual(counts(points), [
      [2015, 2, 1, 2], // Docker and Kubernetes at the salon
      [2016, 1, 1, 1],
      [2017, 0, 0, 0],
      [2018, 1, 1, 1],
    ]);
    assert.deepEqual(points[0].talkIds, ['talk:s/docker在生产环境的实践', 'talk:s/kubernetes调度初探']);
  });

  it('honours an explicit range, also outside the data', () => {
    const points = yearlySeries(TALKS, ['tech:raft'], yearRange(TALKS, 2014, 2016)!);
    assert.deepEqual(counts(points), [
      [2014, 0, 0, 0],
      [2015, 0, 0, 0],
      [2016, 1, 1, 1],
    ]);
    assert.deepEqual(yearRange(TALKS, 2017), { from: 2017, to: 2018 });
    assert.deepEqual(yearRange(TALKS, 2030), { from: 2030, to: 2030 });
    assert.deepEqual(yearRange([], null, 2016), { from: 2016, to: 2016 });
    assert.equal(yearRange([]), null);
  });

  it('rejects a reversed or absurd range with the argument named', () => {
    assert.throws(() => yearRange(TALKS, 2018, 2015), /from \(2018\) is after to \(2015\)/);
    assert.throws(() => yearRange(TALKS, 2015, 20016), /at most 200/);
  });

  it('gives each point its share of all talks of that year, null for a year without talks', () => {
    const range = { from: 2014, to: 2016 };
    const points = yearlySeries(TALKS, ['tech:docker'], range, yearlyTalks(TALKS));
    const totals = yearlyTalks(TALKS);
    assert.deepEqual(
      points.map((p) => [p.year, p.talks, p.yearTalks, p.share]),
      [
        [2014, 0, 0, null],
        [2015, 1, totals.get(2015), Math.round((1 / totals.get(2015)!) * 1e6) / 1e6],
        [2016, 0, totals.get(2016), 0],
      ],
    );
    assert.ok(totals.get(2015)! >= 2, 'the fixture has other talks in 2015, so the share is below 1');
  });
});
