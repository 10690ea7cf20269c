import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from '../../../loaders/parse/html';
import type { StackWork } from '../../../loaders/parse/html-stack';

// Unclosed and deeply nested markup is ordinary in saved pages; the parser's
// work must grow with the input, not with the input times its depth.

const work = (html: string): number => {
  const w: StackWork = { visits: 0 };
  htmlToText(html, w);
  return w.visits;
};

const shapes: Record<string, (n: number) => string> = {
  'unclosed <div>': (n) => `<html><body>${'<div>text '.repeat(n)}`,
  'lists nested in list items': (n) => `<html><body>${'<ul><li>item '.repeat(n)}`,
  'stray closing tags under a deep stack': (n) => `<html><body>${'<div>'.repeat(n)}${'</span>x'.repeat(n)}`,
  'unclosed <svg> and <title>': (n) => `<html><body>${'<svg><title>t '.repeat(n)}`,
};

describe('parse html: nesting costs linear work', () => {
  for (const [shape, make] of Object.entries(shapes)) {
    it(`${shape}: four times the markup is at most about four times the stack work`, () => {
      const small = work(make(2_000));
      const large = work(make(8_000));
      assert.ok(small > 0, 'the work counter must see the parser');
      assert.ok(large <= small * 4.5, `${shape}: ${small} visits for 2k tags, ${large} for 8k`);
    });
  }

  it('still closes what HTML closes implicitly: paragraphs, list items, cells', () => {
    const { text } = htmlToText(
      '<html><body><p>one<p>two<ul><li>first<li>second</ul>' +
        '<table><tr><th>Time<th>Talk<tr><td>09:00<td>Opening</table><div>after</div>',
    );
    assert.deepEqual(
      text.split('\n').filter((l) => l.trim()),
      ['one', 'two', '- first', '- second', '| Time | Talk |', '| --- | --- |', '| 09:00 | Opening |', 'after'],
    );
  });

  it('reads a megabyte of unclosed <div> to the end', () => {
    const { text } = htmlToText(`<html><body>${'<div>word '.repeat(100_000)}<p>the last line</p>`);
    assert.match(text, /the last line$/);
  });
});
