import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { cutOrgClause, splitAffiliation, stripOrgLead } from '../../../loaders/extract/affiliation';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Organizations and who belongs to them, in text we write ourselves (made-up people and companies).

const kn = knowledgeOf(testCatalog);
const split = (s: string) => splitAffiliation(s, lexicon, kn);
const orgs = (x: ReturnType<typeof extract>) => x.organizations.map((o) => o.name).sort();
const affs = (x: ReturnType<typeof extract>) => x.affiliations.map((a) => `${a.person}→${a.organization}`).sort();

describe('organization boundaries (lexicon/org-boundaries.json)', () => {
  it('drops the verb or preposition before an organization', () => {
    assert.equal(stripOrgLead('现在在蚂蚁集团安全部门实习'), '蚂蚁集团安全部门实习');
    assert.equal(stripOrgLead('就职于星河数据'), '星河数据');
    assert.equal(stripOrgLead('在线教育'), '在线教育');
    assert.deepEqual(split('现在在蚂蚁集团安全部门实习')?.org, '蚂蚁集团');
    assert.deepEqual(split('目前任职七牛云')?.org, '七牛云');
  });
  it('ends the name where a clause about it begins', () => {
    assert.equal(cutOrgClause('上海云帆信息为本次活动', lexicon, kn), '上海云帆信息');
    assert.equal(cutOrgClause('七牛云的', lexicon, kn), '七牛云');
    assert.equal(cutOrgClause('十多年经验的专注', lexicon, kn), '十多年经验的专注');
  });
  it('puts a unit written against the company name into the role', () => {
    assert.deepEqual(split('9号铺技术部电商平台技术总监'), { org: '9号铺', role: '技术部电商平台技术总监' });
    assert.deepEqual(split('66到家技术中心架构部高级工程师'), { org: '66到家', role: '技术中心架构部高级工程师' });
  });
  it('reads no organization out of a description or two things joined', () => {
    assert.equal(split('具有十多年经验的高度专注的软件工程师')?.org ?? null, null);
    assert.equal(split('文件存储和对象存储架构师')?.org ?? null, null);
  });
});

describe('speaker phrases: a middle dot after the name', () => {
  it('reads "名字 · 公司职位" under each talk heading', () => {
    const text = [
      '## 架构专场',
      '',
      '### 订单系统的演进',
      '',
      '郑青禾 · 9号铺技术部高级工程师',
      '',
      '### 消息队列的设计',
      '',
      '冯远舟·  七牛云存储团队架构师',
      '',
      '### 数据库监控',
      '',
      '秦晚照 · 星河数据 DBA',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x), ['冯远舟→七牛云', '秦晚照→星河数据', '郑青禾→9号铺']);
  });
});

describe('orgMentionRule: a catalog organization named once, where it counts', () => {
  it('keeps organizations in a list and on a person line, never a link address', () => {
    const text = [
      '本次大会由七牛云、豆瓣做为赞助伙伴。',
      '',
      '更多视频见 [回放](https://www.google.com/video/123)。',
      '',
      '他们也提到了蚂蚁集团。',
    ].join('\n');
    assert.deepEqual(orgs(extract(makeDoc(text), testCatalog)), ['七牛云', '豆瓣']);
  });
});

describe('a city before a catalog organization', () => {
  it('is the catalog organization, the written form its alias', () => {
    const text = ['## 议程', '', '### 存储的故事', '', '冯远舟 · 杭州七牛云 架构师'].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    const qiniu = x.organizations.find((o) => o.name === '七牛云');
    assert.ok(qiniu);
    assert.deepEqual(qiniu.aliases, ['杭州七牛云']);
    assert.deepEqual(affs(x), ['冯远舟→七牛云']);
  });
});

describe('hostOrgRule: the clause after a thanked host', () => {
  it('is no part of its name', () => {
    const x = extract(makeDoc('感谢上海云帆信息为本次活动提供场地。'), testCatalog);
    assert.deepEqual(orgs(x), ['上海云帆信息']);
  });
});

describe('orgPatternRule: communities by their shape', () => {
  it("keeps a project's community and a named user group, not a language's users", () => {
    const text = [
      '本次活动由 Kubernetes 社区与 Zephyr 中文社区联合举办，Harbor City Users Group 也来了。',
      '',
      'Rust 社区的朋友们在 SIMD社区 也很活跃。',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(
      orgs(x).filter((o) => /社区|Group/u.test(o)),
      ['Harbor City Users Group', 'Kubernetes 社区', 'Zephyr 中文社区'].sort(),
    );
  });
});

describe('speaker phrases: a handle in brackets, then the affiliation', () => {
  it('makes the handle an alias and reads the affiliation after the brackets', () => {
    const text = [
      '## 议程',
      '',
      '### 链上存储的设计',
      '',
      '郑青禾(@qinghe) 星河实验室 首席架构师',
      '',
      '### 共识算法',
      '',
      '冯远舟（@yuanzhou） 七牛云 工程师',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x), ['冯远舟→七牛云', '郑青禾→星河实验室']);
    assert.deepEqual(x.people.find((p) => p.name === '郑青禾')?.aliases, ['@qinghe']);
  });
});
