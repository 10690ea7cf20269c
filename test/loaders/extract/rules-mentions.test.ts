import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Mentions and the rules that read whole documents: organizations by pattern and
// by recurrence, talks titled after an organization, reports that recount talks,
// mastheads and tables of contents.

const orgs = (x: ReturnType<typeof extract>) => x.organizations.map((o) => o.name);

describe('orgPatternRule', () => {
  it('finds city-named institutions and Latin names with 公司/基金会, not one-off companies', () => {
    const text = [
      '星河银行联合上海华瑞银行、杭州亦笔科技推出了新平台。',
      'Linux 基金会宣布了新项目。Acme 公司发布了新版本，Acme 也开源了工具。',
      'Polyvore 公司被收购。',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(orgs(x).sort(), ['Acme 公司', 'Linux 基金会', '上海华瑞银行', '杭州亦笔科技'].sort());
  });
});

describe('orgMentionRule', () => {
  it('keeps catalog organizations that recur or act, drops a passing name-drop', () => {
    const text = [
      '谷歌推出了新框架。',
      '',
      '他们也提到了七牛云。',
      '',
      '后来 InfoQ 报道了此事，InfoQ 的编辑认为，InfoQ 读者很关心。',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(orgs(x).sort(), ['InfoQ', '谷歌'].sort());
  });
});

describe('talkOrgRule and coverageBodyRule', () => {
  const text = [
    'GoConf 2019 大会报道',
    '',
    '作者 孙悦',
    '',
    'GoConf 2019 于 2019 年 5 月 18 日在杭州举行，大会主题是 Go 与 Docker。',
    '',
    '叶知秋详细介绍了七牛云的 Kubernetes 实践。',
  ].join('\n');
  const x = extract(makeDoc(text, { title: 'GoConf 2019 大会报道' }), testCatalog);

  it('affiliates a speaker with the organization their untitled talk is about', () => {
    assert.deepEqual(
      x.affiliations.filter((a) => a.person === '叶知秋').map((a) => a.organization),
      ['七牛云'],
    );
  });
  it('keeps the report about its lede, not the talks it recounts', () => {
    const report = x.talks.find((t) => t.title === 'GoConf 2019 大会报道');
    assert.ok(report);
    const about = new Set(
      x.technologies
        .filter((m) => report.bodies.some((b) => m.span.start >= b.start && m.span.end <= b.end))
        .map((m) => m.name),
    );
    assert.deepEqual([...about].sort(), ['Docker', 'Go']);
  });
});

describe('mastheadRule and tocRule', () => {
  it('reads credits with the publisher and table-of-contents entries with a speaker lead', () => {
    const text = [
      'DevSummit 2020 特刊',
      '',
      '- 03 专访周明远：存储的十年',
      '- 09 容器编排的现状',
      '- 15 孟雪:我如何做开源产品',
      '',
      '本期主编 孙悦',
      '',
      'InfoQ 出品。InfoQ 是技术媒体。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'DevSummit 2020 特刊' }), testCatalog);
    assert.deepEqual(
      x.affiliations.map((a) => [a.person, a.organization, a.role]),
      [['孙悦', 'InfoQ', '主编']],
    );
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['专访周明远：存储的十年', ['周明远']],
        ['孟雪:我如何做开源产品', ['孟雪']],
      ],
    );
  });
});
