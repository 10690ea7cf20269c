import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { findDates } from '../../../loaders/extract/dates';
import { findBrands } from '../../../loaders/extract/events';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Brands as the genre writes them: several capitalized words before the kind word,
// a region after it, an edition counted with "#2" or "3rd".

const brands = (s: string) => findBrands(s, lexicon).map((b) => [b.brand, b.year]);

describe('event brands', () => {
  it('reads a brand of several words before its kind word', () => {
    assert.deepEqual(brands('Notes from the Acme Widget Meetup last week'), [['Acme Widget Meetup', null]]);
    assert.deepEqual(brands('Welcome to Foo™ Cloud Summit 2031'), [['Foo™ Cloud Summit', 2031]]);
  });

  it('keeps a region after the brand, with the year after it', () => {
    assert.deepEqual(brands('See you at WidgetCon China 2031 in May'), [['WidgetCon China', 2031]]);
    assert.deepEqual(brands('WidgetConf US was fun'), [['WidgetConf US', null]]);
  });

  it('drops a sentence-initial word from the brand', () => {
    assert.deepEqual(brands('The Widget Meetup is back'), [['Widget Meetup', null]]);
  });

  it('names a numbered meetup by its number: "#2", "3rd"', () => {
    const title = 'ZYX Springfield Meetup #2 议程';
    const text = [
      title,
      '',
      'ZYX Springfield Meetup 第二次活动。',
      '',
      '14:00 - 14:40 韩立：分布式缓存的一致性',
      '14:40 - 15:20 杜明：日志系统的演进',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.equal(x.events[0]?.name, 'ZYX Springfield Meetup #2');
    const t2 = 'Qux Data Meetup 3rd';
    const x2 = extract(
      makeDoc(
        [
          t2,
          '',
          'The third Qux Data Meetup will be held on March 3rd, 2031.',
          '',
          '- 13:00 - 13:40: Mary Walker - Columnar storage',
          '- 13:40 - 14:20: Tom Baker - Query planning',
        ].join('\n'),
        { title: t2 },
      ),
      testCatalog,
    );
    assert.equal(x2.events[0]?.name, 'Qux Data Meetup 3rd');
  });
});

describe('edition names from the brand', () => {
  const eventOf = (title: string, lines: string[], date: string | null = null) =>
    extract(makeDoc([title, '', ...lines].join('\n'), { title, date }), testCatalog).events[0];

  it('takes the regional brand written twice over the bare brand of a joint title', () => {
    const ev = eventOf(
      'Acme at WidgetCon + GadgetCon | Open Widget Summit China 2031',
      [
        'We are headed to Shanghai for WidgetCon China 2031.',
        '',
        '* Mary Walker will speak on [Widgets at scale](https://example.org/a) on June 25th at 11:45.',
        '* Tom Baker will speak on [Testing widgets](https://example.org/b) on June 25th at 13:35.',
        '',
        'See you at WidgetCon China!',
      ],
      '2031-06-19',
    );
    assert.equal(ev?.name, 'WidgetCon China 2031');
  });

  it('keeps the bare brand when the regional one is another edition', () => {
    const ev = eventOf(
      '日程 - WidgetCon 2031',
      [
        'WidgetCon2031 上海站日程。',
        '',
        '- 09:00 - 09:40 韩立：Introduction to WidgetCon APAC 2032',
        '- 09:40 - 10:20 杜明：WidgetCon APAC 2032 的筹备',
        '- 10:20 - 11:00 江小鱼：日志系统',
      ],
      '2031-11-15',
    );
    assert.ok(ev && !ev.name.includes('APAC'), ev?.name);
  });

  it('names an edition counted before the brand: 第四届 Foo Conf', () => {
    const ev = eventOf('4th Widget Conf @厦门 随记', [
      '参加 2031 年 3 月 31 日厦门第四届 Widget Conf 大会，记录如下。',
      '',
      '## 韩立：《组件化的十年》',
      '',
      '## 杜明：《样式隔离实践》',
      '',
      '明年的 Widget Conf 再见。',
    ]);
    assert.equal(ev?.name, '第四届 Widget Conf');
  });

  it('keeps the month of a monthly gathering in its name, and its day from a heading label', () => {
    const ev = eventOf('2031年9月周末聚会', [
      '##时间：2031年9月20日周六 下午3点到6点',
      '',
      '##地点：上海某某路 1 号某某大厦',
      '',
      '### 韩立',
      '',
      '* 分布式缓存的一致性',
      '',
      '### 杜明',
      '',
      '* 日志系统的演进',
    ]);
    assert.deepEqual([ev?.name, ev?.startDate, ev?.city], ['2031年9月周末聚会', '2031-09-20', '上海']);
  });
});

describe('the page title as a name of its event', () => {
  it('keeps a title that names the brand as an alias of the edition', () => {
    const title = 'Widget 内核设计与实现 - Acme Dev Meetup';
    const text = [
      title,
      '',
      '2031年1月4日，Acme 实验室组织了第一次 Acme Dev Meetup。',
      '',
      '**1、Widget 架构**',
      '',
      '讲师：韩立 某某实验室',
      '',
      '**2、共识算法**',
      '',
      '讲师：杜明 某某实验室',
      '',
      '欢迎参加下一次 Acme Dev Meetup。',
    ].join('\n');
    const ev = extract(makeDoc(text, { title, date: '2031-01-04' }), testCatalog).events[0];
    assert.ok(ev?.aliases.includes(title), JSON.stringify(ev));
  });

  it('does not date an event by a URL path date (/2031/05/25/), which dates the page', () => {
    assert.deepEqual(
      findDates('see [notes](/2031/05/25/widget-notes/) and 2031/03/31', { year: null, month: null }).map(
        (d) => d.startDate,
      ),
      ['2031-03-31'],
    );
  });
});
