import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { affiliationPieces, splitAffiliation } from '../../../loaders/extract/affiliation';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Bios that list several affiliations in one clause, universities with their schools, where a person
// studied, and the authors of projects (made-up people, companies and projects).

const kn = knowledgeOf(testCatalog);
const split = (s: string) => splitAffiliation(s, lexicon, kn);
const affs = (x: ReturnType<typeof extract>) => x.affiliations.map((a) => `${a.person}→${a.organization}`).sort();

describe('splitAffiliation: universities, schools, graduates, project authors', () => {
  it('keeps the university and gives its school to the role', () => {
    assert.deepEqual(split('星河理工大学计算机学院硕士在读'), { org: '星河理工大学', role: '计算机学院硕士在读' });
    assert.deepEqual(split('云帆大学物理系博士生'), { org: '云帆大学', role: '物理系博士生' });
  });
  it('reads where a person graduated, without the country before the name', () => {
    assert.deepEqual(split('毕业于美国北岭州立大学'), { org: '北岭州立大学', role: '毕业' });
    assert.deepEqual(split('2019年毕业于星河理工大学'), { org: '星河理工大学', role: '2019年毕业' });
  });
  it('reads no organization out of the author of a project', () => {
    assert.equal(split('Foobar 作者')?.org ?? null, null);
    assert.equal(split('Quux框架作者')?.org ?? null, null);
    assert.equal(split('Foobar 和 baz.io 作者')?.org ?? null, null);
  });
  it('keeps a committee or incubator of an organization whole', () => {
    assert.deepEqual(split('蚂蚁集团开源管理委员会 OSPO 成员'), { org: '蚂蚁集团开源管理委员会', role: 'OSPO 成员' });
    assert.deepEqual(split('Northwind 孵化器导师'), { org: 'Northwind 孵化器', role: '导师' });
  });
  it('reads a freelance role as no organization', () => {
    assert.equal(split('自由顾问')?.org ?? null, null);
    assert.deepEqual(split('星河科技 独立董事'), { org: '星河科技', role: '独立董事' });
  });
  it('reads traditional-script roles', () => {
    assert.deepEqual(split('星藍科技 高級工程師'), { org: '星藍科技', role: '高級工程師' });
  });
});

describe('affiliationPieces: one clause, several affiliations', () => {
  const pieces = (s: string) => affiliationPieces(s, lexicon, kn);
  it('splits pieces that each name an organization', () => {
    assert.deepEqual(pieces('Northwind 基金会董事、Contoso Beijing 发起人'), [
      'Northwind 基金会董事',
      'Contoso Beijing 发起人',
    ]);
    assert.deepEqual(pieces('Foobar 作者/七牛云工程师'), ['Foobar 作者', '七牛云工程师']);
  });
  it('leaves a list of roles, or a unit of the one organization, as one affiliation', () => {
    assert.deepEqual(pieces('创始人、CEO'), []);
    assert.deepEqual(pieces('Northwind 基金会董事、筹款委员会副总裁'), []);
    assert.deepEqual(pieces('Freiburg/Germany'), []);
  });
});

describe('bioParagraphRule: quoted and labeled bio lines', () => {
  it('reads every affiliation of a "> 讲师介绍：" line', () => {
    const x = extract(
      makeDoc(
        [
          '# 星河数据库沙龙第 9 期',
          '',
          '>讲师介绍：韩梅梅，七牛云 互联网架构师，Contoso User Group Ambassador，前豆瓣、蚂蚁集团数据库专家。',
          '',
          '>讲师介绍：李子轩，数据库爱好者，Northwind 中国用户组主席，星河计算机学会会员。',
        ].join('\n'),
      ),
      testCatalog,
    );
    const a = affs(x);
    for (const want of [
      '韩梅梅→七牛云',
      '韩梅梅→Contoso User Group',
      '韩梅梅→豆瓣',
      '韩梅梅→蚂蚁集团',
      '李子轩→Northwind 中国用户组',
      '李子轩→星河计算机学会',
    ])
      assert.ok(a.includes(want), `${want} not in ${a.join(' | ')}`);
  });
});

describe('programme tables: a speaker written with the English name they go by', () => {
  it('reads the person and the affiliation of the row', () => {
    const x = extract(
      makeDoc(
        [
          '# 星河开源年会 2031',
          '',
          '## 分会场',
          '',
          '| 时段 | 主题 | 讲者 | 职务 |',
          '| :---: | :---: | :---: | :---: |',
          '| 10:00-10:30 | 一个公司的实验 | 周可欣 Max | 卓朗互联 联合创始人、CTO |',
          '| 10:30-11:00 | 跨国开源顾问 | 赵小刚 Alex | Hackday.TW、WeBank 顧問 |',
          '| 11:30-12:00 | Gaming Networks | 钱小红 Date Huang | Edgecore Networks, Senior Engineer |',
        ].join('\n'),
      ),
      testCatalog,
    );
    const a = affs(x);
    for (const want of ['周可欣→卓朗互联', '赵小刚→Hackday.TW', '赵小刚→WeBank', '钱小红→Edgecore Networks'])
      assert.ok(a.includes(want), `${want} not in ${a.join(' | ')}`);
    const p = x.people.find((q) => q.name === '钱小红');
    assert.ok(p?.aliases.includes('Date Huang'), JSON.stringify(p));
  });
});
