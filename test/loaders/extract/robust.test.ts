import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Extraction never throws, keeps every span inside the text, and finishes on
// pathological input (long runs of the very tokens its patterns look for).

const PIECES = [
  '由',
  '在《',
  '来自',
  '》中',
  '，',
  '陈晓峰',
  '10:00-11:00 ',
  '——',
  '（',
  '）',
  '@',
  '作者 ',
  'InfoQ：',
  '我是',
  '曾在',
  '将于',
  '2019年',
  '1 月 2 日',
  '|',
  '**',
  '《',
  'a',
  'Go',
  'Docker',
  '专访',
  '：',
  '\n',
  '。',
  '的',
  '### ',
  '- 05 ',
  '嘉宾介绍',
  '七牛云 CEO',
  'x@y.com',
  'https://a.b/c',
  'GoConf 2019',
  '\u0000',
  '\ufffd',
];

function spansInside(x: ReturnType<typeof extract>, length: number): boolean {
  const spans = [
    ...x.people.map((p) => p.span),
    ...x.organizations.map((o) => o.span),
    ...x.technologies.map((t) => t.span),
    ...x.affiliations.map((a) => a.span),
    ...x.events.map((e) => e.span),
    ...x.talks.flatMap((t) => [t.span, ...t.bodies]),
  ];
  return spans.every((s) => s.start >= 0 && s.start <= s.end && s.end <= length);
}

describe('extraction robustness', () => {
  it('never throws and keeps spans inside the text on random genre-like input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        const x = extract(makeDoc(text, { title: noise.slice(0, 20) || null }), testCatalog);
        return spansInside(x, text.length);
      }),
      { numRuns: 200 },
    );
  });

  // A guard against catastrophic backtracking, not a speed measurement (bench/ measures speed):
  // each run is linear, so the whole test finishes long before its timeout.
  it('finishes on long runs of any one token', { timeout: 60_000 }, () => {
    for (const piece of PIECES) {
      const text = piece.repeat(Math.ceil(50_000 / piece.length));
      const x = extract(makeDoc(text, { title: 'GoConf 大会' }), testCatalog);
      assert.ok(spansInside(x, text.length), JSON.stringify(piece));
    }
  });
});
