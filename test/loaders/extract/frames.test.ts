import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingTalkFrame } from '../../../loaders/extract/frames/headingTalk';
import { labeledRecordFrame } from '../../../loaders/extract/frames/labeledRecord';
import { programmeLineFrame } from '../../../loaders/extract/frames/programmeLine';
import { tableFrame } from '../../../loaders/extract/frames/table';
import { runFrame } from './frame-harness';

// Each frame on its own, over snippets of the layouts it reads (genre text we
// write ourselves, made-up people).

describe('tableFrame', () => {
  it('reads a Markdown programme table by its header, speaker and company columns apart', () => {
    const { talks } = runFrame(
      tableFrame,
      [
        '| 时间 | 议题 | 讲师 | 公司 |',
        '| --- | --- | --- | --- |',
        '| 14:00-14:40 | 用 Rust 写存储引擎 | 陆一鸣 | 某某科技 |',
        '| 14:40-15:00 | 茶歇 | | |',
        '| 15:00-15:40 | Service Mesh 落地 | 韩明远 | 星桥网络 |',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['用 Rust 写存储引擎', ['陆一鸣 (某某科技)']],
      ['Service Mesh 落地', ['韩明远 (星桥网络)']],
    ]);
  });

  it('finds the title and speaker columns of a headerless table by what the cells hold', () => {
    const { talks } = runFrame(
      tableFrame,
      [
        '| 9:00 AM - 9:30 AM | [Jane Roe](https://github.com/janeroe) | Scheduling Goroutines Fairly | [Video](https://v.example/1) |',
        '| 9:40 AM - 10:10 AM | [Omar Haddad](https://github.com/ohaddad) | A Tour of the Linker | [Video](https://v.example/2) |',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Scheduling Goroutines Fairly', ['Jane Roe']],
      ['A Tour of the Linker', ['Omar Haddad']],
    ]);
  });
});

describe('programmeLineFrame', () => {
  it('reads time-slot lines with the speaker first or last, any separator', () => {
    const { talks } = runFrame(
      programmeLineFrame,
      [
        '09:30-10:10 陆一鸣，某某科技 - 微服务拆分的十个教训',
        '`10:10-10:50` 可观测性平台建设 | 韩明远',
        '10:50-11:00 茶歇',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['微服务拆分的十个教训', ['陆一鸣，某某科技']],
      ['可观测性平台建设', ['韩明远']],
    ]);
  });

  it('reads list items "Name - Title" and "Title, by Name (video)"', () => {
    const { talks } = runFrame(
      programmeLineFrame,
      [
        '- [Jane Roe - Fuzzing in Practice](https://slides.example/1)',
        '- Writing Linters, by [Omar Haddad](https://twitter.com/ohaddad) ([video](https://v.example/2))',
        '- 一个普通的列表项，没有讲者',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['Fuzzing in Practice', ['Jane Roe']],
      ['Writing Linters', ['Omar Haddad']],
    ]);
  });
});

describe('headingTalkFrame', () => {
  it('takes a heading as the title when a speaker line stands below it', () => {
    const { talks, candidates } = runFrame(
      headingTalkFrame,
      [
        '## 分论坛：数据库',
        '',
        '### 分布式事务的取舍',
        '',
        '陆一鸣 · 某某科技 数据库架构师',
        '',
        '介绍基于 Raft 的复制与事务。',
        '',
        '### Topic 2: Streams at Scale',
        '',
        'Speaker: Jane Roe, Acme',
        '',
        '### 韩明远',
        '',
        '星桥网络 工程师',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['分布式事务的取舍', ['陆一鸣 · 某某科技 数据库架构师']],
      ['Streams at Scale', ['Jane Roe, Acme']],
    ]);
    // the section below the heading is the talk's body, up to the next heading
    const body = candidates[0].bodies[1];
    assert.ok(body.end > body.start);
  });

  it('reads the speaker from an image alt under a heading', () => {
    const { talks } = runFrame(
      headingTalkFrame,
      ['## 主题一：存储引擎演进', '', '![陆一鸣 | 某某科技](media/1.jpg)'].join('\n'),
    );
    assert.deepEqual(talks, [['存储引擎演进', ['陆一鸣，某某科技']]]);
  });
});

describe('labeledRecordFrame', () => {
  it('groups labeled lines into one record per talk, in any order', () => {
    const { talks } = runFrame(
      labeledRecordFrame,
      [
        '**讲师**：陆一鸣，某某科技架构师',
        '**议题**：从单体到微服务',
        '**简介**：拆分的时机与代价。',
        '',
        'Topic: Streams at Scale',
        'Speaker: Jane Roe (Acme)',
      ].join('\n'),
    );
    assert.deepEqual(talks, [
      ['从单体到微服务', ['陆一鸣，某某科技架构师']],
      ['Streams at Scale', ['Jane Roe (Acme)']],
    ]);
  });
});
