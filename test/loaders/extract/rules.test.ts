import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { splitAffiliation } from '../../../loaders/extract/affiliation';
import { findDates } from '../../../loaders/extract/dates';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { isChineseName } from '../../../loaders/extract/names';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

const kn = knowledgeOf(testCatalog);
const affs = (x: ReturnType<typeof extract>, person: string) =>
  x.affiliations.filter((a) => a.person === person).map((a) => [a.organization, a.role]);

describe('names', () => {
  it('accepts surnames with given names and rejects common words', () => {
    assert.ok(isChineseName('陈晓峰', lexicon));
    assert.ok(isChineseName('欧阳明', lexicon));
    assert.ok(!isChineseName('高通', lexicon));
    assert.ok(!isChineseName('方案', lexicon));
    assert.ok(!isChineseName('张在', lexicon));
    assert.ok(!isChineseName('容器技术', lexicon));
  });
});

describe('affiliation phrases', () => {
  const split = (s: string) => splitAffiliation(s, lexicon, kn);
  it('splits organization and role', () => {
    assert.deepEqual(split('七牛云 CEO'), { org: '七牛云', role: 'CEO' });
    assert.deepEqual(split('蚂蚁集团资深技术专家'), { org: '蚂蚁集团', role: '资深技术专家' });
    assert.deepEqual(split('星河数据创新中心首席架构师'), { org: '星河数据创新中心', role: '首席架构师' });
    assert.deepEqual(split('Acme 组织创始人'), { org: 'Acme', role: '创始人' });
  });
  it('does not take a technology for an employer', () => {
    assert.equal(split('etcd 作者')?.org, null);
  });
});

describe('dates', () => {
  const ctx = { year: 2019, month: 6 };
  it('reads ranges written the Chinese way', () => {
    const [d] = findDates('时间： 2016 年 1 月 22 ～ 23 日', ctx);
    assert.equal(d.startDate, '2016-01-22');
    assert.equal(d.endDate, '2016-01-23');
  });
  it('takes the year from context when only month and day are written', () => {
    const [d] = findDates('7 月 6-9 日，我们在深圳见', ctx);
    assert.deepEqual([d.startDate, d.endDate], ['2019-07-06', '2019-07-09']);
  });
  it('reads dotted and English dates', () => {
    assert.equal(findDates('时间：2018.7.8-9', ctx)[0].endDate, '2018-07-09');
    assert.equal(findDates('held in Shanghai December 3-4', ctx)[0].startDate, '2019-12-03');
  });
});

describe('agendaLineRule', () => {
  it('reads time slot, title, speaker, handle and affiliation, even wrapped', () => {
    const text = [
      'GoConf 2019 将于 2019 年 5 月 18 日在杭州举行。',
      '',
      '时间：2019 年 5 月 18 日',
      '地点：杭州西湖区云栖小镇',
      '',
      '09:00-09:45 用 Raft 构建可靠存储——陈晓峰 @xfeng （星河数据',
      'CTO ）',
      '介绍 raft 协议在 etcd 中的实现。',
      '',
      '10:00-10:45 Rust 与 Go 的并发模型 ——欧阳明（七牛云 架构师）',
      '对比两种语言。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 议程' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['用 Raft 构建可靠存储', ['陈晓峰']],
        ['Rust 与 Go 的并发模型', ['欧阳明']],
      ],
    );
    assert.deepEqual(x.people.find((p) => p.name === '陈晓峰')?.aliases, ['@xfeng']);
    assert.deepEqual(affs(x, '陈晓峰'), [['星河数据', 'CTO']]);
    assert.deepEqual(affs(x, '欧阳明'), [['七牛云', '架构师']]);
    const ev = x.events[0];
    assert.equal(ev.name, 'GoConf 2019');
    assert.deepEqual([ev.startDate, ev.city], ['2019-05-18', '杭州']);
  });
});

describe('speakerBioRule', () => {
  it('takes the talk from the title and the person from the bio, not the bio’s technologies', () => {
    const text = [
      '- 活动主题：Mesh 开发者日',
      '- 活动时间：2022 年 03 月 12 日（周六）13:00-17:00',
      '- 活动地点：上海徐汇区滨江大厦',
      '',
      '**《服务网格的下一站》**',
      '',
      '**嘉宾介绍**',
      '',
      '林可欣，蚂蚁集团高级技术专家，专注 Kubernetes 与 Docker。曾在谷歌工作。',
      '',
      '**议题简介**',
      '',
      '- 介绍 Service Mesh 的演进。',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['服务网格的下一站', ['林可欣']]],
    );
    assert.deepEqual(affs(x, '林可欣'), [
      ['蚂蚁集团', '高级技术专家'],
      ['谷歌', ''],
    ]);
    assert.equal(x.events[0].name, 'Mesh 开发者日');
    assert.equal(x.events[0].city, '上海');
    const talk = x.talks[0];
    const about = x.technologies.filter((t) => talk.bodies.some((b) => t.span.start >= b.start && t.span.end <= b.end));
    assert.deepEqual([...new Set(about.map((t) => t.name))], ['Service Mesh']);
  });
});

describe('recapHeadingRule', () => {
  it('reads "### 《title》 - speaker" headings', () => {
    const text =
      '# 深圳 Docker 专场沙龙回顾\n\n### 《容器的十年》 - 赵一鸣\n赵一鸣介绍了 Docker。\n\n### 最后\n谢谢。\n';
    const x = extract(makeDoc(text, { title: 'Devparty-深圳 Docker 专场沙龙活动总结', date: '2017-03' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['容器的十年', ['赵一鸣']]],
    );
    assert.equal(x.events[0].name, 'Devparty 深圳 Docker 专场沙龙');
  });
});

describe('articleRule and proseIntroRule', () => {
  it('takes the interviewee as speaker and prose introductions as talks', () => {
    const text = [
      'DevSummit 2020 特刊',
      '',
      '专访七牛云CTO周明远：存储的下一个十年',
      '',
      '作者 孙悦',
      '',
      'InfoQ：你好？',
      '',
      '周明远：你好。',
      '',
      '周明远：我们用 Go。',
      '',
      '来自谷歌的沈一帆为大家带来了《Rust 在云原生中的实践》，介绍了 Rust。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'DevSummit 2020 特刊' }), testCatalog);
    const talks = Object.fromEntries(x.talks.map((t) => [t.title, t.speakers]));
    assert.deepEqual(talks['专访七牛云CTO周明远：存储的下一个十年'], ['周明远']);
    assert.deepEqual(talks['Rust 在云原生中的实践'], ['沈一帆']);
    assert.ok(x.people.some((p) => p.name === '孙悦'));
    assert.deepEqual(affs(x, '周明远'), [['七牛云', 'CTO']]);
    assert.deepEqual(affs(x, '沈一帆'), [['谷歌', '']]);
  });
});

describe('agendaTableRule', () => {
  it('reads talks from a Markdown agenda table and skips rows without a speaker', () => {
    const text = [
      '# Rust 深圳 Meetup 第 5 期',
      '',
      '时间：2023 年 4 月 8 日 14:00-17:00',
      '地点：深圳南山区科技园',
      '',
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 13:30-14:00 | 签到 | |',
      '| 14:00-14:40 | 用 Rust 重写存储引擎 | 韩子墨（星河数据 CTO） |',
      '| 14:50-15:30 | Service Mesh 落地 | 宋知行，七牛云 架构师 |',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Rust 深圳 Meetup 第 5 期' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['用 Rust 重写存储引擎', ['韩子墨']],
        ['Service Mesh 落地', ['宋知行']],
      ],
    );
    assert.deepEqual(affs(x, '宋知行'), [['七牛云', '架构师']]);
    assert.deepEqual([x.events[0].startDate, x.events[0].city], ['2023-04-08', '深圳']);
  });
});

describe('speakerBioRule with labels', () => {
  it('takes "议题：" titles and a bold name followed by its affiliation line', () => {
    const text = [
      '议题：可观测性的三个支柱',
      '',
      '讲师介绍：',
      '',
      '**孔令宇**',
      '',
      '蚂蚁集团高级工程师，负责监控平台。',
      '',
      '议题简介：介绍 Kubernetes 上的可观测性。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Cloud Native Meetup 杭州站' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['可观测性的三个支柱', ['孔令宇']]],
    );
    assert.deepEqual(affs(x, '孔令宇'), [['蚂蚁集团', '高级工程师']]);
  });
});

describe('agendaLineRule variants', () => {
  it('reads pipe-separated, speaker-first and single-time agenda lines', () => {
    const text = [
      'DevOpsDays 成都 2021 将于 2021 年 9 月 4 日在成都举行。',
      '',
      '09:30-10:10 | 平台工程的十年 | 罗清源 | 七牛云 架构师',
      '',
      '10:20-11:00 蒋若溪：GitOps 实践',
      '',
      '11:10 从 Docker 到 Kubernetes —— Mary Walker (Google)',
      '',
      '12:00 午餐',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'DevOpsDays 成都 2021 议程' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['平台工程的十年', ['罗清源']],
        ['GitOps 实践', ['蒋若溪']],
        ['从 Docker 到 Kubernetes', ['Mary Walker']],
      ],
    );
    assert.deepEqual(affs(x, '罗清源'), [['七牛云', '架构师']]);
    assert.deepEqual(affs(x, 'Mary Walker'), [['Google', '']]);
    assert.deepEqual(
      [x.events[0].name, x.events[0].startDate, x.events[0].city],
      ['DevOpsDays 成都 2021', '2021-09-04', '成都'],
    );
  });
});

describe('recapHeadingRule variants', () => {
  it('reads "名字：《标题》", "《标题》（名字，公司 职位）" and a bare title whose section opens with the speaker', () => {
    const text = [
      '### 贺嘉言：《从单体到服务网格》',
      '介绍了 Service Mesh。',
      '',
      '### 《Rust 异步运行时》（钟子期，七牛云 架构师）',
      '讲了 Rust。',
      '',
      '### 《容器镜像瘦身》',
      '',
      '叶知秋首先介绍了 Docker 镜像的分层。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Devparty 杭州 云原生专场沙龙回顾', date: '2020-11' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['从单体到服务网格', ['贺嘉言']],
        ['Rust 异步运行时', ['钟子期']],
        ['容器镜像瘦身', ['叶知秋']],
      ],
    );
    assert.deepEqual(affs(x, '钟子期'), [['七牛云', '架构师']]);
  });
});

describe('event titles with post labels', () => {
  it('drops 【活动预告】 and the station, keeps the city', () => {
    const text = '时间：2019-10-19 ~ 2019-10-20\n\n### 《Rust 入门》 - 钟子期\n';
    const x = extract(makeDoc(text, { title: '【活动预告】第三届 Rust 技术沙龙 | 杭州站' }), testCatalog);
    assert.deepEqual(
      [x.events[0].name, x.events[0].city, x.events[0].startDate, x.events[0].endDate],
      ['第三届 Rust 技术沙龙', '杭州', '2019-10-19', '2019-10-20'],
    );
  });
});

describe('an event under a plain title', () => {
  it('is still an event when the page lays out a programme', () => {
    const text = [
      '时间：2022 年 6 月 11 日',
      '地点：成都高新区天府软件园',
      '',
      '14:00-14:40 可观测性实践——孔令宇',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '周六下午的技术分享：可观测性' }), testCatalog);
    assert.deepEqual(
      [x.events[0]?.name, x.events[0]?.startDate, x.events[0]?.city],
      ['周六下午的技术分享', '2022-06-11', '成都'],
    );
    assert.equal(x.talks.length, 1);
  });
});

describe('hostRule', () => {
  it('takes hosts and producers as people of the event, without talks', () => {
    const text = ['主持人：钟子期（七牛云 架构师）', '', '出品人：叶知秋，蚂蚁集团技术专家'].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 议程' }), testCatalog);
    assert.deepEqual(
      x.people.map((p) => p.name),
      ['钟子期', '叶知秋'],
    );
    assert.deepEqual(affs(x, '叶知秋'), [['蚂蚁集团', '技术专家']]);
    assert.equal(x.talks.length, 0);
  });
});

describe('unknownTechRule', () => {
  it('takes unknown Latin names named by kind or listed among known technologies', () => {
    const text =
      '他们开源了工具包fastbridge，还有 Brimstone 项目；云计算方面如 Docker 、 Kubernetes 、 Zephyrus 、 etcd 等。';
    const x = extract(makeDoc(text), testCatalog);
    const unknown = [...new Set(x.technologies.filter((t) => !t.known).map((t) => t.name))];
    assert.deepEqual(unknown, ['fastbridge', 'Brimstone', 'Zephyrus']);
  });
});

describe('speakerListRule', () => {
  it('reads a name line followed by its organization and role, and nothing else', () => {
    const text = [
      '## 演讲嘉宾',
      '',
      '### 骆文轩',
      '七牛云 高级技术专家',
      '',
      '**Mary Walker**',
      'Google Staff Engineer',
      '',
      '### 日程',
      '下午两点开始',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(
      x.people.map((p) => p.name),
      ['骆文轩', 'Mary Walker'],
    );
    assert.deepEqual(affs(x, 'Mary Walker'), [['Google', 'Staff Engineer']]);
  });
});

describe('sectionEventRule', () => {
  it('makes each city section of a series page its own event with its talks', () => {
    const text = [
      '## 杭州站（2019 年 10 月 12 日）',
      '14:00-14:40 Rust 与 Go——钟子期',
      '',
      '## 上海站（2019 年 11 月 2 日）',
      '14:00-14:40 etcd 内幕——叶知秋',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Gopher Meetup 2019 回顾' }), testCatalog);
    const byTalk = Object.fromEntries(
      x.talks.map((t) => [t.title, x.events.find((e) => e.key === t.event)?.name ?? null]),
    );
    assert.deepEqual(byTalk, { 'Rust 与 Go': 'Gopher Meetup 2019 杭州站', 'etcd 内幕': 'Gopher Meetup 2019 上海站' });
    assert.equal(x.events.length, 2);
    const sh = x.events.find((e) => e.city === '上海');
    assert.equal(sh?.startDate, '2019-11-02');
  });
});

describe('recapHeadingRule on text converted from HTML', () => {
  it('takes "《标题》 - 名字" lines without "#" as headings', () => {
    const text = [
      '活动回顾',
      '',
      '《从单体到服务网格》 - 贺嘉言',
      '介绍了 Service Mesh。',
      '',
      '《Rust 异步运行时》——钟子期',
      '讲了 Rust。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Devparty 杭州 云原生专场沙龙回顾', date: '2020-11' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['从单体到服务网格', ['贺嘉言']],
        ['Rust 异步运行时', ['钟子期']],
      ],
    );
  });
});

describe('English speaker phrases', () => {
  it('reads "Name, Role at Org" and "Name is a Role at Org"', () => {
    const text = [
      '09:00-09:45 Scaling Go services — Mary Walker, Staff Engineer at Google',
      '',
      '**《Rust in production》**',
      '',
      'Speaker: Tom Baker is a Principal Engineer at Acme Corp, working on storage.',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 Agenda' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['Scaling Go services', ['Mary Walker']],
        ['Rust in production', ['Tom Baker']],
      ],
    );
    assert.deepEqual(affs(x, 'Mary Walker'), [['Google', 'Staff Engineer']]);
    assert.deepEqual(affs(x, 'Tom Baker'), [['Acme Corp', 'Principal Engineer']]);
  });
});

describe('labelBlockRule', () => {
  it('pairs speaker, position and topic lines written in any order', () => {
    const text = [
      '嘉宾：钟子期',
      '职位：七牛云 架构师',
      '演讲主题：《Rust 异步运行时》',
      '',
      '讲师：叶知秋',
      '',
      '议题：Service Mesh 落地',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Rust 深圳 Meetup 第 6 期' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['Rust 异步运行时', ['钟子期']],
        ['Service Mesh 落地', ['叶知秋']],
      ],
    );
    assert.deepEqual(affs(x, '钟子期'), [['七牛云', '架构师']]);
  });
});

describe('agendaLineRule with the speaker after the title', () => {
  it('reads "《标题》名字（公司）" and "标题 名字 | 公司 职位"', () => {
    const text = [
      'GoConf 2019 将于 2019 年 5 月 18 日在杭州举行。',
      '',
      '09:00-09:40 《Go 的泛型》钟子期（七牛云 架构师）',
      '',
      '09:50-10:30 etcd 内幕 叶知秋 | 蚂蚁集团 技术专家',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 议程' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['Go 的泛型', ['钟子期']],
        ['etcd 内幕', ['叶知秋']],
      ],
    );
    assert.deepEqual(affs(x, '叶知秋'), [['蚂蚁集团', '技术专家']]);
  });
});

describe('unknownTechRule in talk titles', () => {
  it('takes a camel-cased subject of a talk title, not the event brand', () => {
    const text = 'GoConf 2019 将于 2019 年 5 月 18 日在杭州举行。\n\n09:00-09:40 KubeEdge 边缘计算实践——钟子期';
    const x = extract(makeDoc(text, { title: 'GoConf 2019 议程' }), testCatalog);
    assert.deepEqual([...new Set(x.technologies.filter((t) => !t.known).map((t) => t.name))], ['KubeEdge']);
  });
});

describe('speaker names with another name or an honorific', () => {
  it('keeps the Chinese name as the name and drops honorifics', () => {
    const text = [
      'GoConf 2019 将于 2019 年 5 月 18 日在杭州举行。',
      '',
      '09:00-09:40 Go 的泛型——Tony Zhang（张晓东）',
      '',
      '09:50-10:30 etcd 内幕——叶知秋老师（七牛云 架构师）',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 议程' }), testCatalog);
    assert.deepEqual(
      x.people.map((p) => [p.name, p.aliases]),
      [
        ['张晓东', ['Tony Zhang']],
        ['叶知秋', []],
      ],
    );
    assert.deepEqual(affs(x, '叶知秋'), [['七牛云', '架构师']]);
  });
});
