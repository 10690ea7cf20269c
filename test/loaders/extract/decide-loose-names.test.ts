import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideTalks } from '../../../loaders/extract/decide';
import type { TalkCandidate } from '../../../loaders/extract/frames/types';
import { RuleContext } from '../../../loaders/extract/harness';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { frameEnv } from './frame-harness';
import { makeDoc, testCatalog } from './helpers';

// Speaker fields no name reader knows, in a layout that repeats: decide/ reads the names as they stand.

const lines = [
  'Zorvik (Acme)',
  'Tan Lee K M (Acme)',
  'Ivo&Rhea&Sol (Acme)',
  '周一航&林子墨 Felix&Vera',
  '开源社',
  'Lunch',
];
const text = lines.join('\n');
const ctxFor = () => new RuleContext(makeDoc(text), lexicon, knowledgeOf(testCatalog), { year: 2024, month: null });
const env = frameEnv(text);

const candidate = (title: string, line: number, shape = 'line'): TalkCandidate => {
  const start = lines.slice(0, line).join('\n').length + (line ? 1 : 0);
  return {
    title,
    titleSpan: { start, end: start + 1 },
    speakers: [{ text: lines[line], offset: start }],
    bodies: [],
    block: line,
    frame: 'testFrame',
    score: 0.85,
    shape,
  };
};

describe('decideTalks: loose names in a repeated speaker field', () => {
  it('reads one-word names, initials, several names and Han names with handles', () => {
    const ctx = ctxFor();
    decideTalks(
      ctx,
      ['题目一', '题目二', '题目三', '题目四', '题目五', '题目六'].map((t, i) => candidate(t, i)),
      env,
    );
    const by = new Map(ctx.out.talks.map((t) => [t.title, t.speakers]));
    assert.deepEqual(by.get('题目一'), ['Zorvik']);
    assert.deepEqual(by.get('题目二'), ['Tan Lee K M']);
    assert.deepEqual(by.get('题目三'), ['Ivo', 'Rhea', 'Sol']);
    assert.deepEqual(by.get('题目四'), ['周一航', '林子墨']);
    assert.deepEqual(ctx.findPerson('林子墨')?.aliases, ['Vera']);
    assert.deepEqual(by.get('题目五') ?? [], [], 'an organization word is no speaker');
    assert.deepEqual(by.get('题目六') ?? [], [], 'a slot word is no speaker');
  });

  it('leaves a speaker field alone when the layout does not repeat', () => {
    const ctx = ctxFor();
    decideTalks(ctx, [candidate('题目一', 0, 'once')], env);
    assert.equal(ctx.out.talks.length, 0);
  });

  it('gives each of several names the organization in brackets after them', () => {
    const ctx = ctxFor();
    decideTalks(
      ctx,
      ['题目一', '题目二', '题目三'].map((t, i) => candidate(t, i)),
      env,
    );
    const orgOf = (person: string) =>
      ctx.out.affiliations.filter((a) => a.person === person).map((a) => a.organization);
    for (const person of ['Zorvik', 'Tan Lee K M', 'Ivo', 'Rhea', 'Sol']) assert.deepEqual(orgOf(person), ['Acme']);
  });
});
