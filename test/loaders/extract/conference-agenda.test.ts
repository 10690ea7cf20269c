import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parenSpeakerFrame } from '../../../loaders/extract/frames/parenSpeaker';
import { runFrame } from './frame-harness';

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
