import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { relatedTechnologies } from '../../src/analysis/related';
import { searchNames } from '../../src/analysis/search';
import { rankSpeakers } from '../../src/analysis/speakers';
import { resolveTopic } from '../../src/analysis/topic';
import { yearlySeries, yearRange } from '../../src/analysis/trend';
import { technologyMovements } from '../../src/analysis/trending';
import type { NameRow, TalkRow, TechnologyRow } from '../../src/store/port';
import { shuffled } from '../support/shuffle';
import { talkCounts, tech } from './fixture';

// The two stores may return the same rows in any order (and the ids inside a
// row in any order). Every analysis must give the same answer regardless:
// that is what makes Neo4j and the embedded store agree by construction.

const TECH_IDS = ['tech:docker', 'tech:容器', 'tech:kubernetes', 'tech:go', 'tech:raft', 'tech:𠀀db', 'tech:ｅｔｃｄ'];
const PEOPLE = ['person:王小明', 'person:李雷', 'person:𠀀字', 'person:Ｚhang', 'person:alice'];
const TECHS: TechnologyRow[] = [
  tech('tech:容器', '容器', ['container']),
  tech('tech:docker', 'Docker', [], ['tech:容器']),
  tech('tech:kubernetes', 'Kubernetes', ['k8s'], ['tech:容器']),
  tech('tech:go', 'Go', ['golang']),
  tech('tech:raft', 'Raft'),
  tech('tech:𠀀db', '𠀀 DB', [], ['tech:容器']),
  tech('tech:ｅｔｃｄ', 'ｅｔｃｄ'),
];

const talkRow = fc.record({
  year: fc.option(fc.integer({ min: 2010, max: 2016 }), { nil: null }),
  eventId: fc.option(fc.constantFrom('event:a', 'event:b', 'event:c'), { nil: null }),
  speakerIds: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 2 }),
  technologyIds: fc.uniqueArray(fc.constantFrom(...TECH_IDS), { maxLength: 3 }),
});
const corpus = fc
  .array(talkRow, { minLength: 1, maxLength: 25 })
  .map((rows) => rows.map((r, i): TalkRow => ({ ...r, talkId: `talk:${i}`, documentIds: ['doc:x'] })));

const reordered = (rows: TalkRow[], seed: number): TalkRow[] =>
  shuffled(rows, seed).map((r) => ({
    ...r,
    speakerIds: shuffled(r.speakerIds, seed + 1),
    technologyIds: shuffled(r.technologyIds, seed + 2),
  }));

function everything(rows: TalkRow[], techs: TechnologyRow[]) {
  const topic = resolveTopic('containers', techs);
  const range = yearRange(rows);
  const names: NameRow[] = [
    ...techs.map((t) => ({ id: t.id, kind: 'Technology' as const, name: t.name, aliases: t.aliases })),
    ...PEOPLE.map((p) => ({ id: p, kind: 'Person' as const, name: p.slice(7), aliases: [] })),
  ];
  return {
    topic: topic.ids,
    speakers: rankSpeakers(rows, topic.ids, talkCounts(rows)),
    trend: range ? yearlySeries(rows, topic.ids, range) : null,
    trending: technologyMovements(rows, 2010, 2016),
    related: relatedTechnologies(rows, ['tech:go']),
    search: searchNames(shuffled(names, rows.length), 'd', 50),
  };
}

describe('analyses do not depend on the order a store returns rows in', () => {
  it('gives the same answers for any order of rows, ids and catalog entries', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (rows, seed) => {
        assert.deepEqual(everything(reordered(rows, seed), shuffled(TECHS, seed)), everything(rows, TECHS));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its own promises on any corpus', () => {
    fc.assert(
      fc.property(corpus, (rows) => {
        const { speakers, trend, trending } = everything(rows, TECHS);
        for (const s of speakers) assert.ok(s.score > 0 && s.score <= 1 && s.topicTalks <= s.totalTalks);
        if (trend) {
          const years = trend.map((p) => p.year);
          assert.deepEqual(
            years,
            years.map((_, i) => years[0] + i),
          );
          for (const p of trend) assert.ok(p.events <= p.talks && p.talks === p.talkIds.length);
        }
        for (const m of trending) {
          assert.ok(Number.isFinite(m.growth));
          assert.equal(m.change, m.laterTalks - m.earlierTalks);
          if (m.direction === 'NEW') assert.equal(m.earlierTalks, 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
