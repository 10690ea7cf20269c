import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// How the genre names the event a page is about: headlines with announcement tails,
// multi-brand edition titles.

const events = (x: ReturnType<typeof extract>) => x.events.map((e) => [e.name, e.startDate, e.city]);

describe('event names from headlines', () => {
  it('drops an announcement tail ("首批讲师阵容公布！") from the headline', () => {
    const title = '【讲师揭晓】第九届 Q2 移动技术论坛首批讲师阵容公布！';
    const text = [
      title,
      '',
      '时间：2021 年 10 月 16 日',
      '地点：杭州某园区',
      '',
      '▍讲师一：韩志远',
      '议题：《小程序的渲染引擎》',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(events(x), [['第九届 Q2 移动技术论坛', '2021-10-16', '杭州']]);
  });

  it('keeps every brand and the region of a joint edition title', () => {
    const title = 'DevCon + OpsCon + Cloud Summit China 2021';
    const text = [
      title,
      'June 14-16, 2021 | Somewhere Expo Centre',
      '',
      '09:00 - 09:15  Welcome Remarks - Mary Walker, Google',
      '09:15 - 09:35  Scaling Go services - Tom Baker, Google',
      '',
      'See you at DevCon next year.',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.equal(x.events[0]?.name, 'DevCon + OpsCon + Cloud Summit China 2021');
    assert.equal(x.events[0]?.startDate, '2021-06-14');
  });

  it('reads the city after the date on a header line, in the language of the page', () => {
    const zh = extract(
      makeDoc(
        [
          '某某架构大会 2020',
          '',
          '2020年11月20日-21日 | 深圳 · 某某洲际大酒店',
          '',
          '09:00-09:40 架构演进——韩立（某公司 架构师）',
          '09:40-10:20 数据库——杜明（某公司 DBA）',
        ].join('\n'),
        {
          title: '某某架构大会 2020',
        },
      ),
      testCatalog,
    );
    assert.deepEqual(events(zh), [['某某架构大会 2020', '2020-11-20', '深圳']]);
    const title = 'DevCon China 2021';
    const en = extract(
      makeDoc(
        [
          title,
          'June 14-16, 2021 | Shanghai Expo Centre 上海世博中心',
          '',
          '09:00 - 09:15  Welcome - Mary Walker, Google',
          '09:15 - 09:35  Go at scale - Tom Baker, Google',
        ].join('\n'),
        { title },
      ),
      testCatalog,
    );
    assert.deepEqual(events(en), [['DevCon China 2021', '2021-06-14', 'Shanghai']]);
  });

  it('reads a place given mid-sentence after 地点：', () => {
    const title = 'DevCon 2017';
    const text = [
      title,
      '',
      'DevCon 2017 将于 2017 年 4 月 15-16 日在某地',
      '举行，地点：上海市浦东新区 某某大酒店。',
      '',
      '09:00-09:40 架构演进——韩立（某公司 架构师）',
      '09:40-10:20 数据库——杜明（某公司 DBA）',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(events(x), [['DevCon 2017', '2017-04-15', '上海']]);
  });
});

describe('sectionHeaderEventRule', () => {
  it('names the event of a contents section from its header and bracketed date line', () => {
    const title = '《某某杂志》2015年第12期 目录';
    const text = [
      title,
      '',
      '卷首语',
      '  8  技术的温度 ………………………… 韩立',
      '',
      '特别策划：ABCC 2015 中国某某开发者大会',
      '（2015年11月20日-21日，北京·某某酒店，某某网 主办）',
      '',
      ' 20  海量日志的实时分析 ………… 杜明（某某科技 数据平台部）',
      ' 26  移动端的性能优化 …………… 沈一鸣（某某网 客户端架构师）',
      '',
      '技术',
      ' 52  深入理解事件循环 ……………… 林朴',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(
      x.events.map((e) => [e.name, e.startDate, e.endDate, e.city, e.organizers]),
      [['ABCC 2015', '2015-11-20', '2015-11-21', '北京', ['某某网']]],
    );
  });
});

describe('subjectLineEventRule', () => {
  it('names the event of a BBS post from its subject line, with the date and place of its body', () => {
    const text = [
      '发信人: gopher2012 (地鼠), 信区: Golang',
      '标  题: [公告] 2012年3月 杭州 Go 用户组 (HZGUG) 线下聚会',
      '发信站: 某某社区 (Sat Mar  3 21:14:32 2012), 站内',
      '',
      '各位地鼠：',
      '',
      'HZGUG 3 月例会定于 2012年3月17日(周六) 下午2点，',
      '地点：杭州西湖区 某某大厦 12 层会议室',
      '',
      '本次主题：',
      '  1. 《Go 的并发模型》 -- 闻一鸣 (某某网)',
    ].join('\n');
    const x = extract(makeDoc(text, { title: '发信人: gopher2012 (地鼠), 信区: Golang' }), testCatalog);
    assert.deepEqual(events(x), [['2012年3月 杭州 Go 用户组 (HZGUG) 线下聚会', '2012-03-17', '杭州']]);
  });
});

describe('colocatedEventRule', () => {
  it('adds the event held alongside, with the main event year and city', () => {
    const title = 'DevCon China 2021';
    const text = [
      title,
      'June 14-16, 2021 | Shanghai Expo Centre',
      '',
      '09:00 - 09:15  Welcome - Mary Walker, Google',
      '09:15 - 09:35  Go at scale - Tom Baker, Google',
      '',
      'Co-located: Edge + ML Day (Room 7, June 14)',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(events(x), [
      ['DevCon China 2021', '2021-06-14', 'Shanghai'],
      ['Edge + ML Day 2021', '2021-06-14', 'Shanghai'],
    ]);
    assert.ok(x.talks.every((t) => t.event === null || t.event === 'DevCon China 2021'));
  });
});

describe('headline forms that are no event name', () => {
  it('takes no event from an interview headline', () => {
    const title = '专访韩立新：从单体到微服务的那些坑';
    const text = [
      title,
      '',
      '作者 | 杜明',
      '',
      'InfoQ：能否先介绍一下现状？',
      '',
      '韩立新：我们最早用的是单体应用。',
      '',
      '嘉宾介绍：',
      '韩立新，星河科技架构负责人。',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.deepEqual(events(x), []);
  });

  it('drops an invitation tail and reads an English "date, city" line', () => {
    const title = '第五届某某开发者大会，邀您参加！';
    const zh = extract(
      makeDoc([title, '', '时间：2021 年 9 月 4 日', '地点：成都某某中心'].join('\n'), { title }),
      testCatalog,
    );
    assert.deepEqual(events(zh), [['第五届某某开发者大会', '2021-09-04', '成都']]);
    const en = 'DevCon China 2021';
    const x = extract(
      makeDoc(
        [
          en,
          'June 14-16, 2021, Shanghai',
          '',
          '09:00 - 09:15  Welcome - Mary Walker, Google',
          '09:15 - 09:35  Go at scale - Tom Baker, Google',
        ].join('\n'),
        { title: en },
      ),
      testCatalog,
    );
    assert.deepEqual(events(x), [['DevCon China 2021', '2021-06-14', 'Shanghai']]);
  });
});
