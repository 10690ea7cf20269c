import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { isRoleOnly, splitAffiliation } from '../../../loaders/extract/affiliation';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { isLatinName } from '../../../loaders/extract/names';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

const catalog = {
  ...testCatalog,
  technologies: [
    ...testCatalog.technologies,
    { name: '飞鱼云', aliases: ['Flyfish Cloud'], category: 'platform', broader: [] },
    { name: '今日快讯', aliases: [], category: 'product', broader: [] },
    { name: '安卓', aliases: [], category: 'platform', broader: [] },
    { name: '宏', aliases: [], category: 'concept', broader: [] },
  ],
};
const kn = knowledgeOf(catalog);
const split = (s: string) => splitAffiliation(s, lexicon, kn);

describe('roles and organizations the catalog does not know', () => {
  it('keeps a field of work written against the role in the role', () => {
    assert.deepEqual(split('跑腿送货架构负责人'), { org: '跑腿送货', role: '架构负责人' });
    assert.deepEqual(split('星云创新 嵌入式软件工程师'), { org: '星云创新', role: '嵌入式软件工程师' });
    assert.deepEqual(split('XYZ 大使'), { org: 'XYZ', role: '大使' });
    assert.deepEqual(split('PyClub 组织者'), { org: 'PyClub', role: '组织者' });
  });
  it('puts a unit of a named organization in the role', () => {
    assert.deepEqual(split('东海银行 软件开发中心 数据库负责人'), {
      org: '东海银行',
      role: '软件开发中心 数据库负责人',
    });
    assert.deepEqual(split('七牛云 存储团队 高级工程师'), { org: '七牛云', role: '存储团队 高级工程师' });
  });
  it('reads English roles: Head of X is a role, not an organization', () => {
    assert.deepEqual(split('Acme Head of Machine Learning Platform'), {
      org: 'Acme',
      role: 'Head of Machine Learning Platform',
    });
    assert.ok(isRoleOnly('Senior Staff Engineer', lexicon, kn));
    assert.ok(isRoleOnly('General Manager', lexicon, kn));
    assert.ok(!isRoleOnly('Staff Engineer at Google', lexicon, kn));
  });
  it('takes a company-like platform or product for an employer when a job goes with it', () => {
    assert.deepEqual(split('今日快讯 架构师'), { org: '今日快讯', role: '架构师' });
    assert.deepEqual(split('飞鱼云 高级工程师'), { org: '飞鱼云', role: '高级工程师' });
    assert.equal(split('安卓 工程师')?.org ?? null, null);
    assert.equal(split('etcd 作者')?.org ?? null, null);
  });
  it('never reads role or company words as an English name', () => {
    assert.ok(isLatinName('Maria Lopez'));
    assert.ok(!isLatinName('Senior Staff Engineer'));
    assert.ok(!isLatinName('General Manager'));
    assert.ok(!isLatinName('Flyfish Cloud'));
    assert.ok(!isLatinName('Acme Financial'));
  });
});

describe('English agenda tuples', () => {
  it('reads Name, Role, Org and Name | Org | Role', () => {
    const text = [
      '09:00-09:20  Welcome Remarks - Maria Lopez, General Manager, Open Grid Foundation',
      '09:20-10:00  Keynote: Scaling Schedulers - Wang Lei, Senior Staff Engineer, Flyfish Cloud',
      '10:00-10:40  Serving Models at Scale - Peter Hall | Google | Staff Software Engineer',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GridConf 2021 Agenda' }), catalog);
    const people = x.people.map((p) => p.name).sort();
    assert.deepEqual(people, ['Maria Lopez', 'Peter Hall', 'Wang Lei']);
    const affs = x.affiliations.map((a) => [a.person, a.organization, a.role]);
    assert.deepEqual(affs, [
      ['Maria Lopez', 'Open Grid Foundation', 'General Manager'],
      ['Wang Lei', 'Flyfish Cloud', 'Senior Staff Engineer'],
      ['Peter Hall', 'Google', 'Staff Software Engineer'],
    ]);
  });
});

describe('speaker lines cut short', () => {
  it('reads an affiliation wrapped to the next line after the speaker and a comma', () => {
    const text = [
      '09:00-09:50 基于 Go 构建消息网关 —— 郑明远，',
      '星云创新 资深工程师',
      '10:00-10:50 Go 的调度器 —— 何立群（七牛云 架构师）',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoCon 2018 议程' }), catalog);
    const affs = x.affiliations.map((a) => [a.person, a.organization, a.role]);
    assert.deepEqual(affs, [
      ['郑明远', '星云创新', '资深工程师'],
      ['何立群', '七牛云', '架构师'],
    ]);
  });
  it('gives each title-first bio block its own speaker', () => {
    const text = [
      '### 《Rust 异步运行时》',
      '',
      '**嘉宾介绍**：郑明远，星云创新 嵌入式软件工程师。',
      '',
      '**议题简介**：介绍 Rust 的 Future。',
      '',
      '### 《用 Rust 写驱动》',
      '',
      '**嘉宾介绍**：何立群，跑腿送货架构负责人。',
      '',
      '**议题简介**：嵌入式开发实践。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Rust Meetup 2020' }), catalog);
    const affs = x.affiliations.map((a) => [a.person, a.organization, a.role]);
    assert.deepEqual(affs, [
      ['郑明远', '星云创新', '嵌入式软件工程师'],
      ['何立群', '跑腿送货', '架构负责人'],
    ]);
  });
});

describe('employerTechRule', () => {
  it('drops a company-like platform used as an employer or organizer, keeps it where it is discussed', () => {
    const text = [
      '本次沙龙由星云社区与飞鱼云联合主办。',
      '09:00-09:50 Serverless 在飞鱼云的实践 —— 郑明远（飞鱼云 高级工程师）',
      '10:00-10:50 今日快讯推荐架构 —— 何立群（今日快讯）',
      '嘉宾：马宏伟（七牛云）、何立群（今日快讯）',
      '',
      '我们把服务迁到了飞鱼云上，也用 C 语言的宏做代码生成。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Serverless 沙龙 2020' }), catalog);
    const at = (name: string) =>
      x.technologies.filter((t) => t.name === name).map((t) => text.slice(t.span.start - 2, t.span.end + 2));
    assert.deepEqual(at('飞鱼云'), ['到了飞鱼云上，']);
    assert.deepEqual(at('宏'), ['言的宏做代']);
    assert.deepEqual(at('今日快讯'), ['0 今日快讯推荐']);
  });
  it('drops a technology that is also a catalog company where it stands as an employer', () => {
    const text = ['10:00-10:50 Docker 镜像分发 —— 郑明远（Docker 工程师）', '', 'Docker 的镜像分层很巧妙。'].join('\n');
    const x = extract(makeDoc(text, { title: 'Docker 沙龙 2015' }), {
      ...catalog,
      organizations: [...catalog.organizations, { name: 'Docker', aliases: [], type: 'company' }],
    });
    const docker = x.technologies.filter((t) => t.name === 'Docker').map((t) => t.span.start);
    assert.equal(docker.length, 2);
    assert.ok(docker.every((s) => text.slice(s - 1, s) !== '（'));
  });
});

describe('projects and units in affiliations', () => {
  it('takes a seat in a project governance body as membership of the project', () => {
    assert.deepEqual(split('Apache Gizmo Committer'), { org: 'Apache Gizmo', role: 'Committer' });
    assert.deepEqual(split('Apache Gizmo PMC 成员'), { org: 'Apache Gizmo', role: 'PMC 成员' });
    assert.deepEqual(split('Kata Widgets 架构委员会成员'), { org: 'Kata Widgets', role: '架构委员会成员' });
    assert.equal(split('etcd 作者')?.org ?? null, null);
  });
  it('reads a company and its team without a role', () => {
    assert.deepEqual(split('星云科技 Gizmo 团队'), { org: '星云科技', role: 'Gizmo 团队' });
  });
});

describe('organizers on labelled lines', () => {
  it('reads 主办/协办 lists and English "Presented by" sentences', () => {
    const text = [
      '# GizmoConf 2020 深圳站',
      '',
      '**时间**：2020年5月9日（周六）',
      '**主办**：Gizmo 中文社区',
      '**协办**：星云科技、海豚开发者社区',
      '主办方：GizmoQ中国 星河邦科技',
      '<p>承办：前沿架构技术社区 &amp; xyzup</p>',
      'Presented by CNCF and the Open Gizmo Foundation.',
      '',
      '嘉宾介绍：郑明远，Gizmo 中文社区 组织者之一。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GizmoConf 2020 深圳站' }), catalog);
    const orgs = x.organizations.map((o) => o.name);
    for (const o of [
      'Gizmo 中文社区',
      '星云科技',
      '海豚开发者社区',
      'GizmoQ中国',
      '星河邦科技',
      '前沿架构技术社区',
      'xyzup',
      'Open Gizmo Foundation',
    ])
      assert.ok(orgs.includes(o), `${o} in ${orgs.join(' | ')}`);
    assert.ok(!orgs.includes('中文社区'));
  });
});

describe('an organizer written as company and brand', () => {
  it('names the brand and keeps the whole as an alias', () => {
    const text = ['# 云原生沙龙·成都站', '', '本次沙龙由星云社区、七牛飞鱼云与海豚社区联合举办。'].join('\n');
    const x = extract(makeDoc(text, { title: '云原生沙龙·成都站' }), catalog);
    const brand = x.organizations.find((o) => o.name === '飞鱼云');
    assert.ok(brand, x.organizations.map((o) => o.name).join(' | '));
    assert.deepEqual(brand.aliases, ['七牛飞鱼云']);
  });
});

describe('hostOrgRule', () => {
  it('reads who lent the room and the board a post came from', () => {
    const text = [
      '发信站: 青石社区 (Sat Nov  7 21:14:32 2009), 站内',
      '',
      '深圳 Gizmo 用户组 (SZGUG) 线下聚会',
      '地点：南山区 星河大厦 12 层',
      '(感谢 Acme 中国 提供场地, 进门需登记)',
      '感谢大家提供的支持。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '深圳 Gizmo 用户组 11 月聚会' }), catalog);
    const orgs = x.organizations.map((o) => o.name);
    assert.ok(orgs.includes('青石社区'), orgs.join(' | '));
    assert.ok(orgs.includes('Acme 中国'), orgs.join(' | '));
    assert.ok(!orgs.includes('Gizmo 用户组'), orgs.join(' | '));
    assert.ok(!orgs.some((o) => o.startsWith('大家')));
  });
});
