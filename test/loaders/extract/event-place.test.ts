import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { findDates } from '../../../loaders/extract/dates';
import { cityInLanguage, englishCityIn, isEnglishText } from '../../../loaders/extract/places';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// eventPlaceRule: where and when an event took place, read from what the other
// event rules leave unread (front matter, later place lines, held-in sentences, the name).

const events = (x: ReturnType<typeof extract>) => x.events.map((e) => [e.name, e.startDate, e.city]);

describe('English city names', () => {
  it('finds a city inside a run of capitalized words, longest name first', () => {
    assert.equal(englishCityIn('Field Notes of Acme Meetup Beijing', lexicon), 'Beijing');
    assert.equal(englishCityIn('a conference in New York City last fall', lexicon), 'New York City');
    assert.equal(englishCityIn('Portland, OR', lexicon), 'Portland');
    assert.equal(englishCityIn('Acme Widget Conference', lexicon), null);
  });

  it('writes a city in the language of the page', () => {
    assert.equal(cityInLanguage('北京', true, lexicon), 'Beijing');
    assert.equal(cityInLanguage('Beijing', false, lexicon), '北京');
    assert.equal(cityInLanguage('london', true, lexicon), 'London');
    assert.equal(isEnglishText('The meetup was great. We met at the office.'), true);
    assert.equal(isEnglishText('本次沙龙邀请了三位讲师，分享 Go 语言的实践。'), false);
  });
});

describe('eventPlaceRule', () => {
  it('reads the place and start of an event page from its front matter', () => {
    const title = '某某开源年会 2031 讲师资料';
    const doc = makeDoc(
      [
        title,
        '',
        '某某开源年会已圆满结束，以下是讲师资料。',
        '',
        '| 时段 | 主题 | 讲者 |',
        '| --- | --- | --- |',
        '| 09:00 | 开源治理的十年 | 韩立 |',
        '| 09:40 | 社区运营实践 | 杜明 |',
      ].join('\n'),
      { title },
    );
    doc.frontMatter = {
      title,
      start: new Date('2031-05-06T09:00:00Z'),
      address: '杭州市西湖区某某路 1 号某某会议中心',
    };
    const x = extract(doc, testCatalog);
    assert.deepEqual(events(x)[0]?.slice(1), ['2031-05-06', '杭州']);
  });

  it('takes the first place line that names a city, not only the first place line', () => {
    const title = '某某技术沙龙第 3 期';
    const text = [
      title,
      '',
      '- 时间: 2031 年 5 月 6 日 周六',
      '- 地点: 某某大厦 15 层',
      '- 地址: 珠海市某某路 8 号 某某大厦',
      '',
      '14:00 - 14:40 韩立：分布式缓存',
      '14:40 - 15:20 杜明：日志系统',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.equal(x.events[0]?.city, '珠海');
  });

  it('reads the city of a sentence that says the event was held there', () => {
    const title = '某某开源大会 2031 回顾';
    const text = [
      title,
      '',
      '由某某社主办的某某开源大会 2031 于 2031 年 10 月 21 日在深圳圆满收官。',
      '',
      '### 开源治理的十年',
      '',
      '韩立 · 某某公司 架构师',
      '',
      '### 社区运营实践',
      '',
      '杜明 · 某某公司 工程师',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.equal(x.events[0]?.city, '深圳');
  });

  it('gives an English page the English name of the city it gathered in', () => {
    const title = 'WidgetConf 2031 Programme';
    const text = [
      title,
      '',
      'On May 3rd the widget community gathered in London for the first WidgetConf.',
      '',
      '- 09:00 - 09:45: Mary Walker - Widgets at scale',
      '- 10:00 - 10:45: Tom Baker - Testing widgets',
    ].join('\n');
    const x = extract(makeDoc(text, { title, date: '2031-05-10' }), testCatalog);
    const ev = x.events.find((e) => e.name.startsWith('WidgetConf'));
    assert.equal(ev?.city, 'London');
  });

  it('dates an event by the year in its name when the text gives nothing finer', () => {
    const title = 'Notes from Gadget Summit 2031';
    const text = [
      title,
      '',
      'Gadget Summit 2031 had two tracks.',
      '',
      '- Mary Walker - Gadgets at scale',
      '- Tom Baker - Testing gadgets',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    const ev = x.events.find((e) => e.name.includes('Gadget Summit'));
    assert.equal(ev?.startDate, '2031');
  });
});

describe('dates of an event, finer than its name', () => {
  it('reads a US numeric date, and a day-first one when the first number cannot be a month', () => {
    const ctx = { year: null, month: null };
    assert.deepEqual(
      findDates('#19 released on 06/17/2031', ctx).map((d) => d.startDate),
      ['2031-06-17'],
    );
    assert.deepEqual(
      findDates('le 17/06/2031', ctx).map((d) => d.startDate),
      ['2031-06-17'],
    );
  });

  it('takes the day from the summary in the front matter when the name gives the year', () => {
    const title = 'WDC2031（某市站）纪要';
    const doc = makeDoc(
      [
        title,
        '',
        '## 架构专场',
        '',
        '### 分布式缓存的一致性',
        '',
        '韩立 · 某某公司技术总监',
        '',
        '### 日志系统的演进',
        '',
        '杜明 · 某某公司架构师',
      ].join('\n'),
      { title, date: '2031-03-19' },
    );
    doc.frontMatter = { title, description: 'WDC2031——某某开发者大会于2031年3月17日至19日在上海某某酒店举行。' };
    const ev = extract(doc, testCatalog).events[0];
    assert.equal(ev?.startDate, '2031-03-17');
  });
});

describe('eventHeaderRule and the front matter summary', () => {
  it('dates the event by its summary before the first date of the body', () => {
    const title = 'Widget 内核设计 - Acme Dev Meetup';
    const doc = makeDoc(
      [
        title,
        '',
        '6月18日，某公司发布了 Widget 白皮书。Acme Dev Meetup 关注它背后的技术。',
        '',
        '**1、Widget 架构**',
        '',
        '讲师：韩立 某某实验室',
        '',
        '**2、共识算法**',
        '',
        '讲师：杜明 某某实验室',
      ].join('\n'),
      { title, date: '2031-01-04' },
    );
    doc.frontMatter = { title, description: '2031年1月4日，Acme 实验室组织了第一次技术 Meetup。' };
    assert.equal(extract(doc, testCatalog).events[0]?.startDate, '2031-01-04');
  });
});
