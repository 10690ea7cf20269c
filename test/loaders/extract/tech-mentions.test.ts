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
