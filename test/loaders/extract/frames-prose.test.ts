import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boldLeadFrame } from '../../../loaders/extract/frames/boldLead';
import { proseTalkFrame } from '../../../loaders/extract/frames/proseTalk';
import { sentences } from '../../../loaders/extract/frames/sentences';
import { runFrame } from './frame-harness';

// Recaps written as prose, with made-up people and titles: the prose frame alone on each snippet.

describe('proseTalkFrame', () => {
  it('reads a person, a speech verb and the quoted title after it (zh)', () => {
    const { talks } = runFrame(
      proseTalkFrame,
      '活动开始后，林晓峰为我们分享了《缓存系统的十年》，现场气氛热烈。随后陈一鸣讲了分布式锁的取舍，大家提问踊跃。',
    );
    assert.deepEqual(talks, [
      ['缓存系统的十年', ['林晓峰']],
      ['分布式锁的取舍', ['陈一鸣']],
    ]);
  });

  it('reads handles: "@某某 的「…」" and "「…」 by @某某"', () => {
    const { talks } = runFrame(
      proseTalkFrame,
      '- 样式专题：@北风吹 的「写给未来的样式」， 「布局的十种方法」 by @南山客',
    );
    // order-free: the two readings are told apart by what they say, not by which comes first
    assert.deepEqual(
      [...talks].sort((a, b) => a[1][0].localeCompare(b[1][0])),
      [
        ['写给未来的样式', ['北风吹']],
        ['布局的十种方法', ['南山客']],
      ],
    );
  });

  it('joins a hard-wrapped paragraph: the name on one line, the verb and title on the next', () => {
    const { talks } = runFrame(proseTalkFrame, '第二个主题是 Jane Roe\n演讲的《开源社区的日常》，讲述了社区的运作。');
    assert.deepEqual(talks, [['开源社区的日常', ['Jane Roe']]]);
  });

  it('reads English reports: spoke about …, ’s talk, “…”, and “…” by', () => {
    const { talks } = runFrame(
      proseTalkFrame,
      [
        'Mark Dalton spoke about tuning write-ahead logs for small servers. It was well received.',
        '',
        'I enjoyed Lena Fisk’s talk, “Queues Without Tears”, a lot.',
        '',
        'After lunch I sat in on “Indexes in Practice”, by Omar Reyes, which was great.',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['tuning write-ahead logs for small servers', ['Mark Dalton']],
      ['Queues Without Tears', ['Lena Fisk']],
      ['Indexes in Practice', ['Omar Reyes']],
    ]);
  });

  it('takes the heading as the title of a section opened by "Name presented …"', () => {
    const { talks, candidates } = runFrame(
      proseTalkFrame,
      '# Day One\n\n#### Taming Event Loops\n\nNina Kowal presented the first talk of the day. She showed many demos.\n\n#### Lunch\n\nWe ate.',
    );
    assert.deepEqual(talks, [['Taming Event Loops', ['Nina Kowal']]]);
    assert.equal(candidates[0].shape, 'prose:heading');
  });

  it('takes no talk from a person named in passing, or a record line and its abstract', () => {
    const { talks } = runFrame(
      proseTalkFrame,
      [
        'Mark Dalton was there too, and we talked about the weather.',
        '',
        '这位讲师很有经验，林晓峰也来了。',
        '',
        '《异步运行时》——钟子期',
        '讲了 Rust。',
      ].join('\n'),
    );
    assert.deepEqual(talks, []);
  });

  it('cuts sentences at 。！？ and at a period before a space, not inside version numbers', () => {
    const text = 'Ruby 1.9 is out. Next, e.g. this one! 好的。再见';
    assert.deepEqual(
      sentences(text).map((s) => text.slice(s.start, s.end).trim()),
      ['Ruby 1.9 is out.', 'Next, e.g. this one!', '好的。', '再见'],
    );
  });
});

describe('boldLeadFrame', () => {
  it('reads "- **Name** Title" lists, dropping placeholders and one-word notes', () => {
    const { talks } = runFrame(
      boldLeadFrame,
      [
        '- **Jane Roe** [Building Faster Pages](https://example.org/slides)',
        '- **John Poe** Testing Styles Too (gone)',
        '- **Mary Low** _to come_',
        '- **Karl Stone** - Separated Title',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Building Faster Pages', ['Jane Roe']],
      ['Testing Styles Too', ['John Poe']],
    ]);
  });
});

describe('proseTalkFrame, doubled angle brackets', () => {
  it('reads a title quoted as <<…>> after the verb ("带来的分享是：<<…>>")', () => {
    const { talks } = runFrame(
      proseTalkFrame,
      '林晓峰将为我们带来的分享是：**<<边缘缓存的一致性>>**，会从三个角度展开。',
    );
    assert.deepEqual(talks, [['边缘缓存的一致性', ['林晓峰']]]);
  });
});

describe('proseTalkFrame, a heading opened by its speaker', () => {
  it('reads the heading as the title when its first sentence says more before "giving a talk"', () => {
    const text = [
      '#### Counting Sheep at Scale',
      '',
      'Jane Doe continued in the same practical, hands-on vein, giving a talk which compared three queue designs.',
    ].join('\n');
    assert.deepEqual(runFrame(proseTalkFrame, text).talks, [['Counting Sheep at Scale', ['Jane Doe']]]);
  });

  it('does not when the sentence only names the person in passing', () => {
    const text = ['#### Counting Sheep at Scale', '', 'Jane Doe was in the audience, taking notes all day long.'].join(
      '\n',
    );
    assert.deepEqual(runFrame(proseTalkFrame, text).talks, []);
  });
});
