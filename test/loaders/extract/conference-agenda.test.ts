import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlotTitle } from '../../../loaders/extract/decide';
import { parenSpeakerFrame } from '../../../loaders/extract/frames/parenSpeaker';
import { isSessionLink, sessionLinkFrame } from '../../../loaders/extract/frames/sessionLink';
import { slotStackFrame } from '../../../loaders/extract/frames/slotStack';
import { blocksOf, runFrame } from './frame-harness';

// Conference agendas and schedules, one frame at a time, on snippets we wrote (made-up people and titles).

describe('parenSpeakerFrame: the speaker in a labeled parenthetical after the title', () => {
  it('reads "[标题（演讲者：名字）](slides)" items, unusual names and all, and their speakerless siblings', () => {
    const { talks } = runFrame(
      parenSpeakerFrame,
      [
        '## 会议日程',
        '',
        '* [开场演讲（演讲者：林远舟）](./notes/1.md)',
        '* [组件库的十年（演讲者：小河马）](./notes/2.md)',
        '* [Building_Tiny_Widgets（演讲者：韩子墨）](./notes/3.pdf）',
        '* [<闪电>把编译器装进浏览器((演讲者：宋知行))](https://example.com/4.pdf)',
        '* [再谈渲染 -- 一次迁移的复盘](https://example.com/5.pdf)',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['开场演讲', ['林远舟']],
      ['组件库的十年', ['小河马']],
      ['Building_Tiny_Widgets', ['韩子墨']],
      ['<闪电>把编译器装进浏览器', ['宋知行']],
      ['再谈渲染 -- 一次迁移的复盘', []],
    ]);
  });

  it('reads "Title (Speaker: Name)" and leaves a list of plain items alone', () => {
    const { talks } = runFrame(
      parenSpeakerFrame,
      [
        '- Tuning Widget Caches (Speaker: Jane Roe)',
        '- Widgets at Scale (Speakers: Jane Roe, John Poe)',
        '',
        'Things to bring:',
        '',
        '- A laptop with a charger',
        '- Your own water bottle',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Tuning Widget Caches', ['Jane Roe']],
      ['Widgets at Scale', ['Jane Roe, John Poe']],
    ]);
  });

  it('takes no parenthetical whose label is not a speaker’s', () => {
    const { talks } = runFrame(
      parenSpeakerFrame,
      ['- 缓存的设计（时间：10:00）', '- 存储的设计（地点：二楼）'].join('\n'),
    );
    assert.deepEqual(talks, []);
  });
});

describe('slotStackFrame: a schedule cell stacked as time + title, then the speaker lines below', () => {
  it('reads HTML cells written with <br/>, drops a leading slot kind and skips breaks', () => {
    const { talks } = runFrame(
      slotStackFrame,
      [
        '<table><tr>',
        '<td><b>08:30</b> 签到<br/></td>',
        '</tr><tr>',
        '<td><b>09:30</b><br/>主题发言&nbsp;<a href="s?id=1">缓存的十个误区</a>',
        '<br/>Jane Roe',
        '(Acme)</td>',
        '</tr><tr>',
        '<td><b>10:30</b><br/><a href="s?id=2">存储与检索——一次迁移的复盘</a>',
        '<br/>韩子墨',
        '(星河数据), 宋知行',
        '(星河数据)</td>',
        '</tr></table>',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['缓存的十个误区', ['Jane Roe (Acme)']],
      ['存储与检索——一次迁移的复盘', ['韩子墨 (星河数据), 宋知行 (星河数据)']],
    ]);
  });

  it('leaves a slot whose next line is prose, and one that names its speaker on the same line', () => {
    const { talks } = runFrame(
      slotStackFrame,
      ['10:00 缓存的设计', '这一场讲了很多关于缓存失效的细节，值得一听。', '', '11:00 存储的设计 - 韩子墨'].join('\n'),
    );
    assert.deepEqual(talks, []);
  });
});

describe('sessionLinkFrame: a session named by a link to its programme page, in a sentence', () => {
  it('takes the link text as the title and the people named beside it as speakers', () => {
    const { talks } = runFrame(
      sessionLinkFrame,
      [
        '* New to widgets? Check out the [Widgets from Scratch](https://example.sched.com/event/Ab1) session led by Jane Roe and John Poe on May 3rd.',
        '* Jane Roe will also speak on [Tuning Widget Caches](https://conf.example.org/2031/sessions/tuning-caches) later that day.',
        '* Acme will be presenting too: [Ten Years of Widgets](https://sched.co/Xy2).',
        '* Her [slides](https://example.sched.com/event/Ab1) and [Jane Roe](https://example.sched.com/speaker/jane) are online.',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Widgets from Scratch', ['Jane Roe, John Poe']],
      ['Tuning Widget Caches', ['Jane Roe']],
      ['Ten Years of Widgets', []],
    ]);
  });

  it("reads HTML anchors in a blog post; speakers come from the link's own sentence or the line it continues", () => {
    const { talks } = runFrame(
      sessionLinkFrame,
      [
        'The next talk is a live demo by Ann Keller,',
        '<a href="http://conf.example.org/2031/presentation/Widgets%20at%20Scale,%20Live" target="_blank">Widgets at Scale, Live</a>.',
        '',
        'The track runs at the same time as Jane Roe and John Poe on testing, though I give another talk (with Tom Baker). <a href="http://conf.example.org/2031/presentation/Caching%20Widgets">Caching Widgets</a>.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Widgets at Scale, Live', ['Ann Keller']],
      ['Caching Widgets', []],
    ]);
  });

  it('layout reads an HTML anchor as a link: its text in the block, where it points kept', () => {
    const [b] = blocksOf(
      'See <a href="http://conf.example.org/talks/42" target="_blank">Caching <b>Widgets</b></a> first.',
    );
    assert.equal(b.text, 'See Caching Widgets first.');
    assert.deepEqual(
      b.links.map((l) => [b.text.slice(l.start, l.end), l.href]),
      [['Caching Widgets', 'http://conf.example.org/talks/42']],
    );
  });

  it('knows programme pages from slides, videos and repositories', () => {
    assert.equal(isSessionLink('https://example.org/2031/index.php?func=session&amp;id=7'), true);
    assert.equal(isSessionLink('https://github.com/jroe/talks/tree/main/widgets'), false);
    assert.equal(isSessionLink('https://example.org/talks/widgets.pdf'), false);
    assert.equal(isSessionLink('https://www.youtube.com/watch?v=abc'), false);
  });
});

describe('decide: programme slots that no one gives are no talks', () => {
  it('tells slot titles from talk titles', () => {
    for (const t of [
      'Coffee / Email Break',
      'Breakouts / Discussions',
      'Close / Conclusion',
      '嘉宾致辞',
      '开场致词 Opening',
      'Lightning Talks',
      '闪电演讲',
    ])
      assert.equal(isSlotTitle(t), true, t);
    for (const t of ['Closing the Loop on Widgets', '开场演讲', '致辞之后的十年', 'Opening Up Widget Data'])
      assert.equal(isSlotTitle(t), false, t);
  });
});
