import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { editionSections } from '../../../loaders/extract/frames/sections';
import { segment } from '../../../loaders/extract/layout/blocks';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// A monthly round-up of a community's events: numbered editions, one heading each; made-up series and people.

const ROUNDUP = `# 本月活动回顾

## 2031.08.08 某城线下 Meetup

报名请看公众号。

# 【线上】Sample 夜谈本月汇总

### 《Sample 夜谈》第28期 - 小工具分享

**时间**: 2031/07/06 20:30-21:30

**主讲人**：田小明

**题目**：我的命令行小工具箱

### 《Sample 夜谈》第29期 - 嵌入式库开发

**时间**: 2031/07/20 20:30-21:30

**主讲人**：李小红

**题目**：无标准库的嵌入式开发经验

# 【线上】Sample 周五线上沙龙

## 第十三期 讨论主题：如何准备一场面试

1. 如何准备面试

## 第十四期：

分享者：王小刚
`;

describe('edition sections', () => {
  it('names numbered editions by their series, from the heading or the heading above', () => {
    const names = editionSections(segment(makeDoc(ROUNDUP)), lexicon, { year: 2031, month: 7 }).map((s) => s.name);
    assert.deepEqual(names, [
      '某城线下 Meetup',
      'Sample 夜谈 第28期',
      'Sample 夜谈 第29期',
      'Sample 周五线上沙龙 第十三期',
      'Sample 周五线上沙龙 第十四期',
    ]);
  });

  it('makes each edition an event, dated by its section, with the talks under it', () => {
    const x = extract(makeDoc(ROUNDUP, { date: '2031-08-01' }), testCatalog);
    const ev = (n: string) => x.events.find((e) => e.name === n);
    assert.equal(ev('Sample 夜谈 第28期')?.startDate, '2031-07-06');
    assert.equal(ev('Sample 夜谈 第29期')?.startDate, '2031-07-20');
    assert.equal(ev('某城线下 Meetup')?.startDate, '2031-08-08');
    assert.ok(ev('Sample 周五线上沙龙 第十四期'));
    assert.equal(x.talks.find((t) => t.title === '我的命令行小工具箱')?.event, 'Sample 夜谈 第28期');
  });

  it('reads no editions from a page with one numbered heading, or from session counters', () => {
    const one = `# 第 12 期 Sample Meetup\n\n## 议程\n\n- 张三：某某主题\n`;
    assert.deepEqual(editionSections(segment(makeDoc(one)), lexicon, { year: 2031, month: 1 }), []);
    const sessions = `# Sample 大会\n\n## 第一场 上午\n\n- 张三：某某主题\n\n## 第二场 下午\n\n- 李四：另一主题\n`;
    assert.deepEqual(editionSections(segment(makeDoc(sessions)), lexicon, { year: 2031, month: 1 }), []);
  });

  it('keeps podcast-like numbered lists without dates or talks out', () => {
    const episodes = `# Sample 电台\n\n## 第1期 闲聊\n\n聊了些天。\n\n## 第2期 再聊\n\n又聊了些天。\n`;
    const x = extract(makeDoc(episodes), testCatalog);
    assert.ok(!x.events.some((e) => /第[12]期/.test(e.name)));
  });
});
