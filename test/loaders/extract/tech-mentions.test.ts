import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Technology mentions: a field's name counts where a talk's title makes it the subject.

const catalog = {
  ...testCatalog,
  technologies: [
    ...testCatalog.technologies,
    { name: '数据库', aliases: ['database'], category: 'concept', broader: [] },
    { name: '前端开发', aliases: [], category: 'concept', broader: [] },
  ],
};
const techs = (x: ReturnType<typeof extract>) => [...new Set(x.technologies.map((t) => t.name))].sort();

describe('techMentionRule and generic terms', () => {
  it('takes a generic term from a talk title, not from running text or a field-of-work title', () => {
    const text = [
      '# 星河技术沙龙第 3 期',
      '',
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 14:00 | 数据库内核的演进之路 | 罗青山（星河科技） |',
      '| 15:00 | 前端开发的十年 | 韩木子（远山网络） |',
      '',
      '罗青山负责公司的数据库团队，也写前端开发的文章。',
    ].join('\n');
    const x = extract(makeDoc(text), catalog);
    assert.ok(x.talks.some((t) => t.title === '数据库内核的演进之路'));
    assert.deepEqual(techs(x), ['数据库']);
    // only the title's mention: the bio's "数据库" is no technology mention
    assert.equal(x.technologies.filter((t) => t.name === '数据库').length, 1);
  });
});

describe('unknownTechRule in talk titles', () => {
  it('takes Apache projects and versions of known technologies, not years, unknown words or plain title words', () => {
    const text = [
      '# 星河开发者大会 2031',
      '',
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 09:00 | Apache Quokka 在实时计算中的实践 | 罗青山（星河科技） |',
      '| 10:00 | Go 3 的泛型设计 | 韩木子（远山网络） |',
      '| 11:00 | Go 2031 年展望 | 白小舟（远山网络） |',
      '| 14:00 | Summit 2 回顾与 Platform 1.5 | 林一苇（星河科技） |',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    const unknown = [...new Set(x.technologies.filter((t) => !t.known).map((t) => t.name))].sort();
    assert.deepEqual(unknown, ['Apache Quokka', 'Go 3']);
  });
});

describe('techMentionRule: open source, runtimes and event formats', () => {
  const genericCatalog = {
    ...testCatalog,
    technologies: [
      ...testCatalog.technologies,
      { name: '开源', aliases: ['open source'], category: 'concept', broader: [] },
      { name: '进程', aliases: [], category: 'concept', broader: [] },
      { name: '黑客马拉松', aliases: ['Hackathon'], category: 'concept', broader: [] },
    ],
  };
  it('takes 开源 from a title only, and a hackathon never', () => {
    const text = [
      '# 星河技术沙龙第 6 期',
      '',
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 14:00 | 开源社区的运营之道 | 罗青山（星河科技） |',
      '| 15:00 | 黑客马拉松的组织经验 | 韩木子（远山网络） |',
      '',
      '罗青山维护过几个开源项目，讲过进程调度，也办过黑客马拉松。',
    ].join('\n');
    const x = extract(makeDoc(text), genericCatalog);
    assert.deepEqual(techs(x), ['开源']);
    assert.equal(x.technologies.filter((t) => t.name === '开源').length, 1);
  });
});

describe('unknownTechRule: the project a title leads with', () => {
  it('takes a lead name described as software, not a slot word or a lead with no such description', () => {
    const text = [
      '# 星河开发者大会 2032',
      '',
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 09:00 | quokkadb：面向边缘节点的嵌入式数据库 | 罗青山（星河科技） |',
      '| 10:00 | Wombat: A Tiny Toolkit for Terminal Apps | 韩木子（远山网络） |',
      '| 11:00 | Workshop: 从零写一个编译器 | 白小舟（远山网络） |',
      '| 14:00 | Lessons: what we learned in ten years | 林一苇（星河科技） |',
      '| 15:00 | Toolbox 的十年 | 宁小溪（豆瓣） |',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    const unknown = [...new Set(x.technologies.filter((t) => !t.known).map((t) => t.name))].sort();
    assert.deepEqual(unknown, ['Wombat', 'quokkadb']);
  });
});
