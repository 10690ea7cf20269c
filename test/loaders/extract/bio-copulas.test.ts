import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Chinese bios that lead with a copula (目前为, 现任) instead of a comma, and bios
// whose 加入 names work rather than an employer (made-up people).

const affs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .affiliations.map((a) => `${a.person}→${a.organization}`)
    .sort();

const page = (...bios: string[]) =>
  ['# 数据库技术沙龙 第 5 期', '', '## 嘉宾介绍', '', ...bios.flatMap((b) => [b, ''])].join('\n');

describe('bio copulas: 张三目前为某某大学…', () => {
  it('reads the organization after a copula written right against the name', () => {
    const a = affs(page('柯文骁目前为南方理工大学在读博士研究生，研究兴趣为存储系统，发表过多篇论文。'));
    assert.ok(a.includes('柯文骁→南方理工大学'), a.join(', '));
  });

  it('reads a copula after the comma as it reads a plain comma', () => {
    const a = affs(page('闵若溪，现任星桥数据公司首席架构师，负责分布式存储的研发。'));
    assert.ok(a.includes('闵若溪→星桥数据公司'), a.join(', '));
    assert.ok(!a.some((x) => x.includes('现任')), a.join(', '));
  });

  it('takes no organization from joining the development of a community project', () => {
    const a = affs(page('祁望舒，云栈科技高级工程师。2012年开始加入到开源社区项目开发，之后一直参与存储引擎的维护。'));
    assert.ok(a.includes('祁望舒→云栈科技'), a.join(', '));
    assert.ok(!a.some((x) => x.includes('社区')), a.join(', '));
  });
});
