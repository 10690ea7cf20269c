import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { markdownProseView, normalizeDate, parseDocument } from '../../loaders/parse';
import {
  expected,
  fixtures,
  load,
  projectRoot,
  seedCorpusDir,
  seedCorpusMissing,
  summarize,
} from './document-fixtures';

describe('parse stage: bad-input fixtures (test/fixtures/documents)', () => {
  for (const f of fixtures()) {
    it(f.name, () => {
      const actual = summarize(f);
      assert.deepEqual(actual.parse, expected(f, actual).parse);
    });
  }

  it('keeps Markdown text as decoded and starts the body after the closing fence', () => {
    const f = fixtures().find((x) => x.name === 'broken-front-matter.md')!;
    const { decoded, parsed } = load(f.path, f.bytes);
    assert.equal(parsed.text, decoded.text);
    assert.ok(parsed.text.slice(0, parsed.bodyStart).endsWith('---\n'));
  });

  it('shows an HTML page as its visible text: no script or style, entities decoded, blocks on their own lines', () => {
    const f = fixtures().find((x) => x.name === 'event-page.html')!;
    const { parsed } = load(f.path, f.bytes);
    assert.ok(!parsed.text.includes('不是议程') && !parsed.text.includes('color: red'));
    assert.ok(parsed.text.includes('### 《Serverless & FaaS 入门》 - 邵晨'));
    assert.ok(parsed.text.includes('邵晨，晴川金融 <云平台> 工程师'));
    assert.ok(parsed.text.includes('\n- 15:00-15:45 Kubernetes 上的函数计算 —— 郭佳宁'));
  });

  it('turns an exception inside the stage into a fatal diagnostic naming the document', () => {
    const decoded = { text: 42 as unknown as string, encoding: 'utf-8', diagnostics: [] };
    const parsed = parseDocument({ path: 'odd.md', documentId: 'doc:odd', contentHash: 'h', decoded });
    assert.equal(parsed.diagnostics.at(-1)?.severity, 'fatal');
    assert.match(parsed.diagnostics.at(-1)?.message ?? '', /^odd\.md: /);
  });
});

describe('parse stage: dates and Markdown views', () => {
  it('normalizes the ways documents write dates, without shifting time zones', () => {
    const cases: Array<[unknown, string | null]> = [
      ['2016-12-31T11:34:01+08:00', '2016-12-31'],
      ['2021-04-12T01:00:00+08:00', '2021-04-12'],
      ['2011年12月8日', '2011-12-08'],
      ['2018.10.21', '2018-10-21'],
      ['2015/10', '2015-10'],
      [2019, '2019'],
      ['Dec 8, 2011', '2011-12-08'],
      ['2019-02-30', '2019-02'],
      ['下周六', null],
    ];
    for (const [input, iso] of cases) assert.equal(normalizeDate(input), iso, String(input));
  });

  it('takes the publication date from a dateline near the top, not from the event time', () => {
    const parse = (text: string) =>
      parseDocument({
        path: 'p.txt',
        documentId: 'd',
        contentHash: 'h',
        decoded: { text, encoding: 'utf-8', diagnostics: [] },
      });
    assert.equal(parse('用 Rust 重写存储引擎\n\n原创 宋立群 码岛技术社区 2020-08-17\n\n正文').meta.date, '2020-08-17');
    assert.equal(parse('码岛沙龙报名\n\n时间：2020 年 8 月 22 日 14:00\n\n正文').meta.date, null);
  });

  it('blanks Markdown markup without moving any character', () => {
    const md = '### 《Go》 - 林书恒\n![图](http://x/y.jpg)**嘉宾介绍**见[这里](http://x)\\\n';
    const view = markdownProseView(md);
    assert.equal(view.length, md.length);
    assert.equal(view.indexOf('林书恒'), md.indexOf('林书恒'));
    assert.ok(!/[*!#\\]|http/.test(view));
    assert.ok(view.includes('嘉宾介绍') && view.includes('这里'));
  });
});

// Registered only when the seed corpus is there; the demo-corpus suite below runs in a fresh clone.
if (!seedCorpusMissing)
  describe('parse stage: the real seed corpus', () => {
    const parse = (prefix: string) => {
      const name = readdirSync(seedCorpusDir).find((n) => n.startsWith(prefix))!;
      return load(name, readFileSync(join(seedCorpusDir, name))).parsed;
    };

    it('000: front matter behind stray bytes gives date, source, tags and categories', () => {
      const p = parse('000_');
      assert.equal(p.format, 'markdown');
      assert.equal(p.meta.title, 'ECUGCon邀您共议服务端开发最深度实践');
      assert.equal(p.meta.date, '2016-12-31');
      assert.equal(p.meta.sourceUrl, 'https://segmentfault.com/a/1190000004338952');
      assert.deepEqual(p.meta.tags, ['七牛云存储', 'golang', '互联网', '云计算']);
      assert.deepEqual(p.meta.categories, ['编程语言与开发']);
      assert.ok(p.text.slice(p.bodyStart).trimStart().startsWith('\\\nECUG 全称为'));
    });

    it('001: a web page pasted as text gives title, author and date from its byline', () => {
      const p = parse('001_');
      assert.equal(p.format, 'text');
      assert.equal(p.meta.title, 'PyCon大会首次登陆中国');
      assert.equal(p.meta.author, '丁雪丰');
      assert.equal(p.meta.date, '2011-12-08');
    });

    it('003: the title survives the odd author block; comma-string tags are split; the month comes from asset URLs', () => {
      const p = parse('003_');
      assert.equal(p.meta.title, 'Techparty-深圳 10 月 18 日 Docker 专场沙龙活动总结');
      assert.equal(p.meta.author, '珠三角技术沙龙');
      assert.deepEqual(p.meta.categories, ['shenzhen']);
      // No date in its front matter; its photos live under …/events/2015/10/shenzhen/.
      assert.equal(p.meta.date, '2015-10');
      assert.ok(p.meta.tags.includes('Docker') && p.meta.tags.includes('容器'));
      assert.ok(p.text.slice(p.bodyStart).includes('### 《打造Docker航运的基础设施》 - 刘永峰'));
    });

    it('004: date as written in its own time zone, author as a string', () => {
      const p = parse('004_');
      assert.equal(p.meta.date, '2021-04-12');
      assert.equal(p.meta.author, 'SOFA 团队');
    });

    it('parses every seed document without warnings beyond the read stage', () => {
      for (const name of readdirSync(seedCorpusDir)) {
        const { decoded, parsed } = load(name, readFileSync(join(seedCorpusDir, name)));
        assert.deepEqual(parsed.diagnostics, decoded.diagnostics, name);
        assert.ok(parsed.text.length > 1000, name);
      }
    });
  });

describe('parse stage: the demo corpus', () => {
  const dir = join(projectRoot, 'demo', 'corpus');

  it('reads every demo document with a title and a publication date, spread over the years', () => {
    const years = new Set<string>();
    for (const name of readdirSync(dir)) {
      const { parsed } = load(`demo/corpus/${name}`, readFileSync(join(dir, name)));
      assert.deepEqual(
        parsed.diagnostics.filter((d) => d.severity === 'fatal'),
        [],
        name,
      );
      assert.ok(parsed.meta.title, `${name} has no title`);
      assert.ok(parsed.meta.date, `${name} has no date`);
      years.add(parsed.meta.date.slice(0, 4));
    }
    assert.ok(years.size >= 6, `years: ${[...years]}`);
  });
});
