import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from '../../../loaders/parse/html';

// HTML tables reach the segmenter as Markdown rows, so one table frame reads
// Markdown and HTML programmes alike.

const lines = (html: string) =>
  htmlToText(html)
    .text.split('\n')
    .filter((l) => l.trim());

describe('parse html: tables as Markdown rows', () => {
  it('renders a <th> row as a header with a separator, <td> rows as rows, <br> in a cell as a space', () => {
    const out = lines(
      '<table><tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>' +
        '<tr><td>10:00</td><td>Tuning the <b>Widget</b> cache<br/>slides</td><td>Jane Roe</td></tr></table>',
    );
    assert.deepEqual(out, [
      '| Time | Talk | Speaker |',
      '| --- | --- | --- |',
      '| 10:00 | Tuning the Widget cache slides | Jane Roe |',
    ]);
  });

  it('treats <thead> rows as headers, keeps block markup inside a cell on the row, and escapes bars', () => {
    const out = lines(
      '<table><thead><tr><td>时间</td><td>议题</td></tr></thead><tbody>' +
        '<tr><td><div>14:00</div></td><td><p>存储 | 引擎</p><ul><li>要点</li></ul></td></tr></tbody></table>',
    );
    assert.deepEqual(out, ['| 时间 | 议题 |', '| --- | --- |', '| 14:00 | 存储 ｜ 引擎 要点 |']);
  });

  it('flattens a table nested in a cell into that cell', () => {
    const out = lines(
      '<table><tr><td>09:00</td><td><table><tr><td>Opening</td><td>Ann Lee</td></tr></table></td></tr>' +
        '<tr><td>09:30</td><td>Next</td></tr></table>',
    );
    assert.equal(out.length, 2);
    assert.match(out[0], /^\| 09:00 \| Opening Ann Lee \|$/);
    assert.equal(out[1], '| 09:30 | Next |');
  });
});
