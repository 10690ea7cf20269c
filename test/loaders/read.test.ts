import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { decodeBytes } from '../../loaders/read';
import { expected, fixtures, projectRoot, seedCorpusDir, seedCorpusMissing, summarize } from './document-fixtures';

describe('read stage: bad-input fixtures (test/fixtures/documents)', () => {
  for (const f of fixtures()) {
    it(`${f.name}: ${expectationLine(f.expectedFile)}`, () => {
      const actual = summarize(f);
      assert.deepEqual(actual.read, expected(f, actual).read);
    });
  }
});

function expectationLine(file: string): string {
  if (!existsSync(file)) return 'no expected outcome yet (run with UPDATE=1)';
  const e = JSON.parse(readFileSync(file, 'utf8'));
  return e.read.fatal.length ? `rejected (${e.read.fatal.join(', ')})` : `read as ${e.read.encoding}`;
}

describe('read stage: encodings and limits', () => {
  const agenda = '10:00-10:55 深入解析 raft 协议和工程实现——吴思远（星河数据 存储负责人）\n';

  it('drops a UTF-8 byte-order mark', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(agenda)]), 'bom.md');
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.text, agenda);
  });

  it('reads UTF-16BE with a byte-order mark', () => {
    const le = Buffer.from(agenda, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    const d = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt');
    assert.equal(d.encoding, 'utf-16be');
    assert.equal(d.text, agenda);
  });

  it('reads GBK and names the encoding in a warning', () => {
    const d = decodeBytes(iconv.encode(agenda, 'gbk'), 'gbk.txt');
    assert.equal(d.encoding, 'gbk');
    assert.equal(d.text, agenda);
    assert.ok(d.diagnostics.some((x) => x.code === 'encoding' && x.message.includes('GBK')));
  });

  it('decodes a UTF-8 page with pasted GBK lines line by line', () => {
    const gbkLine = '15:00-15:45 ZooKeeper 与分布式协调——赵明远（北辰网络 高级工程师）\n';
    const bytes = Buffer.concat([Buffer.from(agenda.repeat(5)), iconv.encode(gbkLine, 'gbk'), Buffer.from(agenda)]);
    const d = decodeBytes(bytes, 'mixed.txt');
    assert.equal(d.encoding, 'utf-8+gbk');
    assert.equal(d.text, agenda.repeat(5) + gbkLine + agenda);
    assert.ok(d.diagnostics.some((x) => x.code === 'encoding' && x.message.includes('1 GBK line')));
  });

  it('keeps a UTF-8 document with a few injected bytes as UTF-8 and counts what it dropped', () => {
    const bytes = Buffer.concat([Buffer.from(agenda), Buffer.from([0xff, 0xc3]), Buffer.from(agenda)]);
    const d = decodeBytes(bytes, 'stray.txt');
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.text, agenda + agenda);
    const warning = d.diagnostics.find((x) => x.code === 'encoding');
    assert.match(warning?.message ?? '', /stray\.txt: dropped 2 byte/);
  });

  it('turns CRLF, CR and form feeds into \\n and drops control characters', () => {
    const d = decodeBytes(Buffer.from('第一行\r\n第二行\r第三行\f第四\u0007行\u200b'), 'crlf.txt');
    assert.equal(d.text, '第一行\n第二行\n第三行\n第四行');
    assert.ok(d.diagnostics.some((x) => x.code === 'control-chars'));
  });

  it('rejects a document over the size limit, from the option or TALKGRAPH_MAX_DOCUMENT_BYTES', () => {
    const bytes = Buffer.from(agenda.repeat(10));
    const d = decodeBytes(bytes, 'big.md', { maxBytes: 100 });
    assert.deepEqual(
      d.diagnostics.map((x) => [x.severity, x.code]),
      [['fatal', 'too-large']],
    );
    assert.match(d.diagnostics[0].message, /^big\.md: \d+ bytes is over the 100-byte limit/);
    const before = process.env.TALKGRAPH_MAX_DOCUMENT_BYTES;
    process.env.TALKGRAPH_MAX_DOCUMENT_BYTES = '50';
    try {
      assert.equal(decodeBytes(bytes, 'big.md').diagnostics[0]?.code, 'too-large');
    } finally {
      if (before === undefined) delete process.env.TALKGRAPH_MAX_DOCUMENT_BYTES;
      else process.env.TALKGRAPH_MAX_DOCUMENT_BYTES = before;
    }
    assert.equal(decodeBytes(bytes, 'big.md').diagnostics.length, 0);
  });

  it('does not take a setext heading, a JSON brace or a lone heading mark for junk', () => {
    for (const text of ['Go\n---\n并发模型介绍\n', '{\n  "title": "议程"\n}\n', '#\n正文\n', '1\n议程\n']) {
      const d = decodeBytes(Buffer.from(text), 'short-first-line.md');
      assert.equal(d.text, text);
      assert.deepEqual(d.diagnostics, []);
    }
  });
});

describe('read stage: the demo corpus', () => {
  const dir = join(projectRoot, 'demo', 'corpus');
  it('decodes every demo document without a fatal problem, the GBK one as GBK', () => {
    for (const name of readdirSync(dir)) {
      const d = decodeBytes(readFileSync(join(dir, name)), name);
      assert.equal(d.encoding, name.includes('.gbk.') ? 'gbk' : 'utf-8', name);
      assert.deepEqual(
        d.diagnostics.filter((x) => x.severity === 'fatal'),
        [],
        name,
      );
      assert.ok(!/\r/.test(d.text), `${name} still has \\r`);
    }
  });
});

// The seed corpus beside the project: registered only when it is there (a fresh clone has the demo suite above).
if (!seedCorpusMissing)
  describe('read stage: the real seed corpus', () => {
    const read = (prefix: string) => {
      const name = readdirSync(seedCorpusDir).find((n) => n.startsWith(prefix))!;
      return decodeBytes(readFileSync(join(seedCorpusDir, name)), name);
    };

    it('decodes every seed document as UTF-8 without a fatal problem', () => {
      for (const name of readdirSync(seedCorpusDir)) {
        const d = decodeBytes(readFileSync(join(seedCorpusDir, name)), name);
        assert.equal(d.encoding, 'utf-8', name);
        assert.deepEqual(
          d.diagnostics.filter((x) => x.severity === 'fatal'),
          [],
          name,
        );
        assert.ok(!/[\r\ufffd]/.test(d.text), `${name} still has \\r or U+FFFD`);
      }
    });

    it('cuts the stray "Í" before 000\'s front matter', () => {
      const d = read('000_');
      assert.ok(d.text.startsWith('---\ndate: 2016-12-31'));
      assert.ok(d.diagnostics.some((x) => x.code === 'leading-junk' && x.message.includes('Í')));
    });

    it('cuts the stray "BT" line before 001\'s text and keeps the text', () => {
      const d = read('001_');
      assert.ok(!d.text.startsWith('BT'));
      assert.ok(d.text.includes('PyCon大会首次登陆中国'));
      assert.ok(d.diagnostics.some((x) => x.code === 'leading-junk' && x.message.includes('BT')));
    });
  });
