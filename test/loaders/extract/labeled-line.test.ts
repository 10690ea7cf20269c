import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { labeledLine } from '../../../loaders/extract/text';

// labeledLine used to be one regex with three runs of \s* around the label: a
// line of 300 spaces took minutes. It is read by hand now; on short lines it
// must answer exactly what the regex answered, label and value alike.

const REFERENCE = /^\s*(?:[-*•·>]\s*)?(?:\*\*)?\s*([^:：*]{1,8}?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*\\?$/u;
const LABELS = ['讲师', '时间', 'Speaker', '活动 地点', 'a'];

function reference(text: string): { label: string; value: string } | null {
  const m = text.match(REFERENCE);
  if (!m) return null;
  const label = m[1].trim();
  if (!LABELS.some((l) => l.toLowerCase() === label.toLowerCase())) return null;
  return { label, value: m[2].trim() };
}

const piece = fc.constantFrom(
  ' ',
  '\t',
  '\u3000',
  '*',
  '**',
  '-',
  '•',
  '>',
  ':',
  '：',
  '\\',
  '讲师',
  '时间',
  'speaker',
  '活动 地点',
  'a',
  'b',
  '张三',
  'x',
);

describe('labeledLine', () => {
  it('answers as the old regex did on short lines', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const got = labeledLine({ text, start: 0 } as never, LABELS);
        assert.deepEqual(got && { label: got.label, value: got.value }, reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the usual shapes, with the value offset in the source', () => {
    const line = { text: '- **活动地点**：北京 \\', start: 100 };
    const got = labeledLine(line as never, ['活动地点']);
    assert.deepEqual(got && [got.label, got.value, got.valueStart], ['活动地点', '北京', 111]);
    assert.equal(labeledLine({ text: '讲师：', start: 0 } as never, ['讲师']), null);
  });

  it('reads a line of whitespace thousands of characters long at once', () => {
    for (const run of [' ', '\t', '\u3000', ' \t'])
      assert.equal(labeledLine({ text: run.repeat(2000), start: 0 } as never, ['讲师']), null);
  });
});

describe('labeledLine on headings', () => {
  it('reads a label written as a heading ("##时间：…")', () => {
    const got = labeledLine({ text: '##时间：2031年9月20日', start: 0 } as never, ['时间']);
    assert.deepEqual(got && [got.label, got.value], ['时间', '2031年9月20日']);
    const spaced = labeledLine({ text: '### 地点: 某某大厦', start: 0 } as never, ['地点']);
    assert.deepEqual(spaced && [spaced.label, spaced.value], ['地点', '某某大厦']);
  });
});
