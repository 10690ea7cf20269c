import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideTalks } from '../../../loaders/extract/decide';
import type { TalkCandidate } from '../../../loaders/extract/frames/types';
import { RuleContext } from '../../../loaders/extract/harness';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { frameEnv } from './frame-harness';
import { makeDoc, testCatalog } from './helpers';

// The decision step over hand-built candidates: what it believes, what it drops, and why.

const text = ['陆一鸣 讲 A', '韩明远 讲 B', '欧阳青岚 讲 C', 'zz 讲 D'].join('\n');
const ctxFor = () => new RuleContext(makeDoc(text), lexicon, knowledgeOf(testCatalog), { year: 2024, month: null });
const env = frameEnv(text);

const candidate = (title: string, speaker: string, line: number, over: Partial<TalkCandidate> = {}): TalkCandidate => {
  const start = text.split('\n').slice(0, line).join('\n').length + (line ? 1 : 0);
  return {
    title,
    titleSpan: { start, end: start + 5 },
    speakers: speaker ? [{ text: speaker, offset: start }] : [],
    bodies: [{ start, end: start + 5 }],
    block: line,
    frame: 'testFrame',
    score: 0.9,
    shape: 'line',
    ...over,
  };
};

describe('decideTalks', () => {
  it('records believed candidates as talks with their speakers', () => {
    const ctx = ctxFor();
    decideTalks(ctx, [candidate('微服务拆分', '陆一鸣', 0)], env);
    assert.deepEqual(
      ctx.out.talks.map((t) => [t.title, t.speakers, t.rule]),
      [['微服务拆分', ['陆一鸣'], 'testFrame']],
    );
  });

  it('drops a lone weak candidate, but believes weak ones whose layout repeats', () => {
    const lone = ctxFor();
    const d = decideTalks(lone, [candidate('只出现一次', '陆一鸣', 0, { score: 0.4, shape: 'odd' })], env);
    assert.equal(lone.out.talks.length, 0);
    assert.match(d[0].why, /weak/);

    const repeated = ctxFor();
    decideTalks(
      repeated,
      [
        candidate('题目甲', '陆一鸣', 0, { score: 0.4 }),
        candidate('题目乙', '韩明远', 1, { score: 0.4 }),
        candidate('题目丙', '欧阳青岚', 2, { score: 0.4 }),
      ],
      env,
    );
    assert.deepEqual(
      repeated.out.talks.map((t) => t.title),
      ['题目甲', '题目乙', '题目丙'],
    );
  });

  it('keeps the stronger of two readings of one title, and drops a speaker field with no person', () => {
    const ctx = ctxFor();
    const d = decideTalks(
      ctx,
      [
        candidate('同一个题目', '陆一鸣', 0, { score: 0.7, frame: 'weaker' }),
        candidate('同一个题目', '陆一鸣', 0, { score: 0.95, frame: 'stronger' }),
        candidate('没有讲者的题目', 'zz', 3, { shape: 'single' }),
      ],
      env,
    );
    assert.deepEqual(
      ctx.out.talks.map((t) => t.rule),
      ['stronger'],
    );
    assert.ok(d.some((x) => !x.accepted && /stronger reading/.test(x.why)));
    assert.ok(d.some((x) => !x.accepted && /no person/.test(x.why)));
  });

  it("drops a title that is only an edition or episode number, and records an episode's hosts as people, not speakers", () => {
    const ctx = ctxFor();
    const d = decideTalks(
      ctx,
      [
        candidate('第十四期', '陆一鸣', 0),
        candidate('Episode 7', '陆一鸣', 1),
        candidate('开源社区的十年', '陆一鸣', 2, { people: [{ text: '韩明远', offset: 0 }] }),
      ],
      env,
    );
    assert.deepEqual(
      ctx.out.talks.map((t) => [t.title, t.speakers]),
      [['开源社区的十年', ['陆一鸣']]],
    );
    assert.ok(ctx.findPerson('韩明远'));
    assert.equal(d.filter((x) => /edition or episode number/.test(x.why)).length, 2);
  });
});
