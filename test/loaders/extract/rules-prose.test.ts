import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Rules for prose: recaps, community introductions, contacts, comments, organizations by name.

const affs = (x: ReturnType<typeof extract>, person: string) =>
  x.affiliations.filter((a) => a.person === person).map((a) => [a.organization, a.role]);

describe('proseIntroRule', () => {
  const text = [
    'QCon 上海 2012 全球软件开发大会回顾',
    '',
    '2012 年 8 月 9 日至 11 日，QCon 上海 2012 在上海光大会展中心隆重举行。',
    '',
    '来自淘宝的王文彬为大家带来了《淘宝海量数据处理架构》，介绍了 Docker 的应用。',
    '',
    '他还谈到了 Kubernetes。',
    '',
    '应用与实践',
    '',
    '星河数据创新中心首席架构师杨卫华在《微博架构演进》中谈到了 Go。',
    '',
    '吕瑞详细介绍了豆瓣的 Rust 实践。',
    '',
    '他先推荐了吴涛的《Rust 编程艺术》。',
  ].join('\n');
  const x = extract(makeDoc(text, { title: 'QCon 上海 2012 全球软件开发大会回顾' }), testCatalog);

  it('finds talks introduced in prose, titled or not, but not recommended ones', () => {
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['淘宝海量数据处理架构', ['王文彬']],
        ['微博架构演进', ['杨卫华']],
        ['豆瓣的 Rust 实践', ['吕瑞']],
      ],
    );
  });
  it('reads the speaker’s organization from 来自…的 and organization+role prefixes', () => {
    assert.deepEqual(affs(x, '王文彬'), [['淘宝', '']]);
    assert.deepEqual(affs(x, '杨卫华'), [['星河数据创新中心', '首席架构师']]);
  });
  it('gives each talk its section, up to the next heading or introduction', () => {
    const about = (title: string) => {
      const t = x.talks.find((k) => k.title === title);
      return [
        ...new Set(
          x.technologies
            .filter((m) => t?.bodies.some((b) => m.span.start >= b.start && m.span.end <= b.end))
            .map((m) => m.name),
        ),
      ];
    };
    assert.deepEqual(about('淘宝海量数据处理架构'), ['Docker', 'Kubernetes']);
    assert.deepEqual(about('微博架构演进'), ['Go']);
  });
  it('names the event by its written edition and dates it', () => {
    assert.deepEqual(
      [x.events[0].name, x.events[0].startDate, x.events[0].endDate, x.events[0].city],
      ['QCon 上海 2012', '2012-08-09', '2012-08-11', '上海'],
    );
  });
});

describe('foundedByRule, organizerRule and orgPatternRule', () => {
  it('reads a community’s full names, founder and organizers', () => {
    const text = [
      'DUG 全称为 Distributed User Group （分布式用户组），由七牛云 CEO 陶子健于 2009 年发起。',
      '',
      'DUG Con 2012 将于 2012 年 3 月 3 日在杭州举行，由 DUG、杭州云帆科技和 InfoQ 联合主办。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'DUG Con 2012 邀请函' }), testCatalog);
    const dug = x.organizations.find((o) => o.name === 'DUG');
    assert.deepEqual(dug?.aliases, ['Distributed User Group', '分布式用户组']);
    assert.deepEqual(affs(x, '陶子健'), [
      ['DUG', '发起人'],
      ['七牛云', 'CEO'],
    ]);
    assert.deepEqual(x.events[0].organizers, ['DUG', '杭州云帆科技', 'InfoQ']);
  });
});

describe('contactRule and commentSignatureRule', () => {
  it('takes contacts with their mail domain’s organization, and comment authors', () => {
    const text = ['商务合作 请联系孟佳 mengjia@qiniu.com', '', '讲得真好 by 齐 明远', '', '学习了 by Anna Lee'].join(
      '\n',
    );
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x, '孟佳'), [['七牛云', '商务合作联系人']]);
    assert.deepEqual(
      x.people.map((p) => [p.name, p.aliases]),
      [
        ['孟佳', []],
        ['齐明远', ['齐 明远']],
        ['Anna Lee', []],
      ],
    );
  });
});

describe('proseIntroRule with quoted titles', () => {
  it('takes a quoted title after a presenting verb, not quoted emphasis', () => {
    const text = [
      'Gopher 杭州 Meetup 第 8 期回顾',
      '',
      '来自七牛云的韩子墨分享了“Go 服务的优雅退出”，讲到了 etcd。',
      '',
      '钟子期认为 Rust 是“黑科技”。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Gopher 杭州 Meetup 第 8 期回顾' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['Go 服务的优雅退出', ['韩子墨']]],
    );
  });
});

describe('articleRule bylines', () => {
  it('reads 本文作者 with the author’s affiliation in parentheses', () => {
    const text = [
      'GoConf 2019 回顾',
      '',
      '本文作者：韩子墨（七牛云 架构师）',
      '',
      'GoConf 2019 于 2019 年 5 月 18 日在杭州举行。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'GoConf 2019 回顾' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['GoConf 2019 回顾', ['韩子墨']]],
    );
    assert.deepEqual(affs(x, '韩子墨'), [['七牛云', '架构师']]);
  });
});

describe('eventAnnouncementRule', () => {
  it('names the event from an announcement when nothing else does', () => {
    const text =
      '第十届星河数据库技术大会将于 2019 年 5 月 9 日在北京国际会议中心举行。\n\n09:00-09:40 分布式事务——韩子墨';
    const x = extract(makeDoc(text, { title: '重磅嘉宾抢先看' }), testCatalog);
    assert.deepEqual(
      [x.events[0]?.name, x.events[0]?.startDate, x.events[0]?.city],
      ['第十届星河数据库技术大会', '2019-05-09', '北京'],
    );
    assert.equal(x.talks[0]?.event, null);
  });
});

describe('eventAnnouncementRule over a plain title', () => {
  it('renames an event named after a plain title when a sentence announces it', () => {
    const text = [
      '第十届星河数据库技术大会将于 2019 年 5 月 9 日在北京国际会议中心举行。',
      '',
      '09:00-09:40 分布式事务——韩子墨',
      '09:50-10:30 列式存储——钟子期',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '重磅嘉宾抢先看' }), testCatalog);
    assert.deepEqual(
      x.events.map((e) => [e.name, e.startDate, e.city]),
      [['第十届星河数据库技术大会', '2019-05-09', '北京']],
    );
  });
});

describe('proseEventRule and recap introductions', () => {
  it('names the event quoted in a recap and reads the talks its prose introduces', () => {
    const text = [
      '原创 某某技术社区 2022-05-09 20:15',
      '',
      '活动回顾 | 数据湖杭州站沙龙精彩回顾',
      '',
      '5月7日（周六）下午，由星河开发者社区和 Lakehouse 中文社区联合主办的“数据湖技术沙龙·杭州站”在杭州未来科技城学术交流中心顺利举行。',
      '',
      '星河科技数据平台部技术专家、Lakehouse PMC 成员沈一鸣首先上台致辞。',
      '',
      '来自星河科技的高级工程师韩立新为大家带来了《实时入湖的工程实践》的分享。',
      '',
      '最后一位讲师是来自蓝鲸音乐的推荐平台负责人杜晓婷，她带来的主题是“湖仓上的特征工程”。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '原创 某某技术社区 2022-05-09 20:15' }), testCatalog);
    assert.deepEqual(
      x.events.map((e) => [e.name, e.startDate, e.city, e.organizers]),
      [['数据湖技术沙龙·杭州站', '2022-05-07', '杭州', ['星河开发者社区', 'Lakehouse 中文社区']]],
    );
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['实时入湖的工程实践', ['韩立新']],
        ['湖仓上的特征工程', ['杜晓婷']],
        ['开场致辞', ['沈一鸣']],
      ],
    );
    assert.deepEqual(affs(x, '杜晓婷'), [['蓝鲸音乐', '推荐平台负责人']]);
  });

  it('names an edition announced in an interview lead by brand, station and year', () => {
    const text = [
      '专访某某：消息队列的那些坑',
      '',
      '2023 年 6 月 1 日',
      '',
      '在即将于 7 月 21-22 日召开的 DevSummit 全球开发者峰会（深圳站）2023 上，张晓光将发表题为《消息中间件的演进》的演讲。',
      '',
      '嘉宾介绍：',
      '张晓光，某公司架构师。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '专访某某：消息队列的那些坑', date: '2023-06-01' }), testCatalog);
    assert.deepEqual(
      x.events.map((e) => [e.name, e.startDate, e.endDate, e.city]),
      [['DevSummit 深圳 2023', '2023-07-21', '2023-07-22', '深圳']],
    );
    assert.ok(x.talks.some((t) => t.title === '消息中间件的演进' && t.speakers.includes('张晓光')));
  });
});

describe('proseIntroRule: more ways recaps introduce a talk', () => {
  it('reads 他的分享主题是, 以《》为题, 为我们带来了, 作了《》的主题演讲, 发表了主题演讲《》, 接下来，X 介绍了', () => {
    const text = [
      '某某技术沙龙·杭州站回顾',
      '',
      '2022 年 5 月 7 日，“某某技术沙龙·杭州站”在杭州某园区顺利举行。',
      '',
      '第二位分享嘉宾是来自星河科技的韩立新，他的分享主题是《实时入湖的工程实践》。',
      '',
      '杜晓婷（蓝鲸音乐 推荐平台负责人）以《湖仓上的特征工程》为题，介绍了特征平台的建设。',
      '',
      '接下来，沈一鸣介绍了星河支付的风控系统。',
      '',
      '星河科技资深工程师柳青崖为我们带来了《云原生网关实践》。',
      '',
      '蓝鲸科技 CTO 贺兰舟作了《十年架构演进》的主题演讲。',
      '',
      '某某数据库架构师俞飞白发表了主题演讲《分布式事务的取舍》。',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '某某技术沙龙·杭州站回顾' }), testCatalog);
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [
        ['实时入湖的工程实践', ['韩立新']],
        ['湖仓上的特征工程', ['杜晓婷']],
        ['云原生网关实践', ['柳青崖']],
        ['十年架构演进', ['贺兰舟']],
        ['分布式事务的取舍', ['俞飞白']],
        ['星河支付的风控系统', ['沈一鸣']],
      ],
    );
    assert.deepEqual(affs(x, '杜晓婷'), [['蓝鲸音乐', '推荐平台负责人']]);
    assert.deepEqual(affs(x, '柳青崖'), [['星河科技', '资深工程师']]);
  });
});

describe('proseEventRule: an edition named in an interview lead without a station', () => {
  for (const [lead, name, city] of [
    ['在 DevSummit 深圳 2023 上，张晓光将发表题为《消息中间件的演进》的演讲。', 'DevSummit 深圳 2023', '深圳'],
    ['在即将召开的 DevCon 2023 大会上，张晓光将分享《消息中间件的演进》。', 'DevCon 2023', null],
    ['在 DevSummit 全球开发者峰会深圳站上，张晓光将分享《消息中间件的演进》。', 'DevSummit 深圳 2023', '深圳'],
  ] as const) {
    it(lead, () => {
      const title = '专访张晓光：消息队列的那些坑';
      const text = [title, '', lead, '', '嘉宾介绍：', '张晓光，某公司架构师。'].join('\n');
      const x = extract(makeDoc(text, { title, date: '2023-06-01' }), testCatalog);
      assert.deepEqual(
        x.events.map((e) => [e.name, e.city]),
        [[name, city]],
      );
      assert.ok(x.talks.some((t) => t.title === '消息中间件的演进' && t.speakers.includes('张晓光')));
    });
  }
  it('takes no edition from a release half-year', () => {
    const title = '专访张晓光：消息队列的那些坑';
    const text = [title, '', 'Kubernetes 2023 上半年的发布中，张晓光做了很多工作。'].join('\n');
    const x = extract(makeDoc(text, { title, date: '2023-06-01' }), testCatalog);
    assert.deepEqual(x.events, []);
  });
});

describe('proseEventRule: a labelled WeChat headline', () => {
  it('names the event from "活动回顾 | …" under the account line', () => {
    const title = '原创 某某社区 2022-05-09 20:15';
    const text = [
      title,
      '',
      '点击上方蓝字关注我们',
      '',
      '活动回顾 | 数据湖杭州站技术沙龙干货全在这里',
      '',
      '5月7日（周六）下午，沙龙在杭州顺利举行。',
      '',
      '来自星河科技的高级工程师韩立新为大家带来了《实时入湖的工程实践》的分享。',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(
      x.events.map((e) => [e.name, e.startDate, e.city]),
      [['数据湖杭州站技术沙龙', '2022-05-07', '杭州']],
    );
    assert.deepEqual(
      x.talks.map((t) => [t.title, t.speakers]),
      [['实时入湖的工程实践', ['韩立新']]],
    );
  });
});

describe('proseEventRule: an unquoted event held somewhere', () => {
  for (const [lead, name, city, organizers] of [
    [
      '2019 年 4 月 20 日，由星河开发者社区主办的第三届星河开发者大会在北京国家会议中心隆重举行。',
      '第三届星河开发者大会',
      '北京',
      ['星河开发者社区'],
    ],
    [
      '4 月 20 日，云原生技术沙龙·成都站在成都天府软件园成功举办，吸引了 200 多位开发者。',
      '云原生技术沙龙·成都站',
      '成都',
      [],
    ],
  ] as const) {
    it(name, () => {
      const title = '原创 某某社区 2019-04-22 20:15';
      const text = [
        title,
        '',
        lead,
        '',
        '来自星河科技的高级工程师韩立新为大家带来了《实时入湖的工程实践》的分享。',
      ].join('\n');
      const x = extract(makeDoc(text, { title }), testCatalog);
      assert.deepEqual(
        x.events.map((e) => [e.name, e.startDate, e.city, e.organizers]),
        [[name, '2019-04-20', city, organizers]],
      );
      assert.equal(x.talks.length, 1);
    });
  }
  it('takes no event from a sentence whose subject is not one', () => {
    const title = '原创 某某社区 2019-04-22 20:15';
    const text = [title, '', '本次沙龙在杭州顺利举行。'].join('\n');
    assert.deepEqual(extract(makeDoc(text, { title }), testCatalog).events, []);
  });
});

describe('proseIntroRule: roles in an open-source project', () => {
  it('reads "某公司技术专家、Apache Foo PMC 成员X" as two affiliations', () => {
    const title = '原创 某某社区 2019-04-22 20:15';
    const text = [
      title,
      '',
      '4 月 20 日，“星河数据技术沙龙”在杭州某园区顺利举行。',
      '',
      '星河科技计算平台部技术专家、Apache Foo PMC 成员沈一鸣首先上台致辞。',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(affs(x, '沈一鸣'), [
      ['星河科技', '计算平台部技术专家'],
      ['Apache Foo', 'PMC 成员'],
    ]);
  });
});
