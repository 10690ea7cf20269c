import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { dayAnchor, relativeDates } from '../../../loaders/extract/recognize/dateRelative';
import { makeDoc, testCatalog } from './helpers';

// Relative dates in recaps, read against the document's own date; made-up events and people.

// Saturday 2031-11-22
const SAT = { year: 2031, month: 11, day: 22 };

const EXAMPLES: { text: string; anchor?: typeof SAT; dates: string[] }[] = [
  { text: '上周日下午，某某社区活动在某地举行', dates: ['2031-11-16'] },
  { text: '本周六我们又聚在一起', dates: ['2031-11-22'] },
  { text: '上个星期三的分享', dates: ['2031-11-12'] },
  { text: '今天是第三次参加这个沙龙', dates: ['2031-11-22'] },
  { text: '昨天晚上的活动', dates: ['2031-11-21'] },
  { text: 'Last Wednesday we had a great turnout', dates: ['2031-11-19'] },
  { text: 'last Saturday', dates: ['2031-11-15'] },
  { text: 'Last November more than a hundred people got together', dates: ['2030-11'] },
  { text: 'Last March we met in a small hall', dates: ['2031-03'] },
  { text: 'I attended the conference last week.', dates: ['2031-11'] },
  { text: 'I attended the conference last week.', anchor: { year: 2031, month: 6, day: 4 }, dates: ['2031-05'] },
  { text: '上个月的 Meetup', anchor: { year: 2031, month: 1, day: 9 }, dates: ['2030-12'] },
  { text: '去年 11 月 3 日在某地', dates: ['2030-11-03'] },
  { text: 'Yesterday, the community gathered', dates: ['2031-11-21'] },
];

const NEGATIVES = ['下周六见', '2031 年 11 月 16 日', 'the last talk of the day', 'lastweek', '周六下午两点'];

describe('relative dates', () => {
  for (const ex of EXAMPLES)
    it(`reads "${ex.text}"`, () => {
      assert.deepEqual(
        relativeDates(ex.text, ex.anchor ?? SAT).map((d) => d.startDate),
        ex.dates,
      );
    });
  for (const text of NEGATIVES) it(`reads nothing in "${text}"`, () => assert.deepEqual(relativeDates(text, SAT), []));
  it('reads nothing without the document’s own full date', () => {
    assert.deepEqual(relativeDates('上周日', null), []);
    assert.equal(dayAnchor('2031-11'), null);
    assert.deepEqual(dayAnchor('2031-11-22T08:30:00Z'), SAT);
  });
});

describe('event dates from the page’s own date', () => {
  it('dates a recap’s event from 上周日 and its header block, not from the header’s Date: line', () => {
    const text = `Title: Sample Night 活动小结
Date: 2031-11-22 08:30
Author: someone

上周日下午，Sample Night @ Example Park
在某某大学顺利举行了，感谢各位朋友。

第一个主题是本人演讲的《如何参与某某社区》。
`;
    const x = extract(makeDoc(text, { title: 'Title: Sample Night 活动小结', date: '2031-11' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.equal(main?.startDate, '2031-11-16');
  });

  it('falls back to the header’s Date: line when nothing else dates the event', () => {
    const text = `Title: Sample Night 活动小结
Date: 2031-11-22 08:30

Sample Night 活动在某某大学顺利举行了。
`;
    const x = extract(makeDoc(text, { title: 'Title: Sample Night 活动小结' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.equal(main?.startDate, '2031-11-22');
  });

  it('reads a recap opener in English against the post’s date', () => {
    const text = `Last Wednesday we had a great turnout for the 3rd Samplefolk Meetup! Some nice talks.

- Jane Roe: Building small tools
`;
    const x = extract(makeDoc(text, { title: 'Samplefolk Meetup 3 Report', date: '2031-07-29' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.equal(main?.startDate, '2031-07-23');
  });

  it('does not date the event from another clause’s 昨天', () => {
    const text = `---
title: 某某大会 2031 第一天
date: 2031-10-10
---

某某大会 2031 开幕，早上赶到会场，没想到同事昨天晚上就到了。
`;
    const x = extract(makeDoc(text, { title: '某某大会 2031 第一天', date: '2031-10-10' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.notEqual(main?.startDate, '2031-10-09');
  });
});
