import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { isOrgName } from '../../../loaders/extract/affiliation';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { makeDoc, testCatalog } from './helpers';

// "来自 X 的 role Name": a recap introduces the speaker by where they come from (made-up people and companies).

const affs = (x: ReturnType<typeof extract>) => x.affiliations.map((a) => `${a.person}→${a.organization}`).sort();

const recap = (body: string) =>
  [
    '# 星河技术沙龙第三期回顾',
    '',
    '## 嘉宾',
    '',
    '- 韩梅梅，星河数据 架构师',
    '- 李子轩，云帆科技 工程师',
    '- 周可欣，蓝鲸软件 高级工程师',
    '',
    body,
  ].join('\n');

describe('fromOrgRule: 来自 X 的 role Name', () => {
  it('affiliates a named person with the organization they come from', () => {
    const x = extract(
      makeDoc(
        recap(
          '活动中，来自橙光网络的资深数据库专家 李子轩分享了存储引擎的实践。来自 Northwind 官方的解决方案工程师 周可欣老师录制了视频。',
        ),
      ),
      testCatalog,
    );
    const a = affs(x);
    assert.ok(a.includes('李子轩→橙光网络'), a.join(' | '));
    assert.ok(a.includes('周可欣→Northwind'), a.join(' | '));
  });
  it('reads nothing when what follows 的 is not a role', () => {
    const x = extract(makeDoc(recap('来自各地的朋友 韩梅梅也到了现场。来自社区的反馈很多。')), testCatalog);
    const a = affs(x);
    assert.ok(!a.some((s) => s.startsWith('韩梅梅→各地')), a.join(' | '));
    assert.ok(!x.organizations.some((o) => o.name === '社区' || o.name === '各地'));
  });
});

describe('isOrgName: an unnamed employer', () => {
  const kn = knowledgeOf(testCatalog);
  it('reads no organization out of "一个创业公司"', () => {
    assert.equal(isOrgName('一个创业公司', '韩梅梅', kn), false);
  });
});
