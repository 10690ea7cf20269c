import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideTalks } from '../../../loaders/extract/decide';
import type { TalkCandidate } from '../../../loaders/extract/frames/types';
import { RuleContext } from '../../../loaders/extract/harness';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { frameEnv } from './frame-harness';
import { makeDoc, testCatalog } from './helpers';

// Two frames read one talk: the weaker reading kept what the speaker line says of the person.

const text = ['**Widgets at scale**', '', '演讲人：Jane Quill，七牛云架构师'].join('\n');
const nameAt = text.indexOf('Jane Quill');

const candidate = (speaker: string, score: number, frame: string): TalkCandidate => ({
  title: 'Widgets at scale',
  titleSpan: { start: 2, end: 18 },
  speakers: [{ text: speaker, offset: nameAt, labeled: true }],
  bodies: [],
  block: 0,
  frame,
  score,
  shape: frame,
});

describe('decideTalks: the weaker reading of a talk', () => {
  it('adds the affiliation its speaker field holds for a speaker the stronger reading credits', () => {
    const ctx = new RuleContext(makeDoc(text), lexicon, knowledgeOf(testCatalog), { year: 2031, month: null });
    decideTalks(
      ctx,
      [candidate('Jane Quill', 0.88, 'strongFrame'), candidate('Jane Quill，七牛云架构师', 0.85, 'weakFrame')],
      frameEnv(text),
    );
    assert.deepEqual(
      ctx.out.talks.map((t) => [t.title, t.speakers]),
      [['Widgets at scale', ['Jane Quill']]],
    );
    assert.deepEqual(
      ctx.out.affiliations.map((a) => `${a.person}→${a.organization}`),
      ['Jane Quill→七牛云'],
    );
  });

  it('adds no one the stronger reading does not credit', () => {
    const ctx = new RuleContext(makeDoc(text), lexicon, knowledgeOf(testCatalog), { year: 2031, month: null });
    decideTalks(
      ctx,
      [candidate('Jane Quill', 0.88, 'strongFrame'), candidate('Mark Fenn，七牛云架构师', 0.85, 'weakFrame')],
      frameEnv(text),
    );
    assert.deepEqual(
      ctx.out.people.map((p) => p.name),
      ['Jane Quill'],
    );
    assert.deepEqual(ctx.out.affiliations, []);
  });
});
