import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peopleFrame } from '../../../loaders/extract/frames/people';
import { runFrame } from './frame-harness';

// People with a part in the event who give no talk: hosts and editors by their label, a role section's people,
// the people a quotation is attributed to. The candidates have no title, only people.

const people = (text: string) =>
  runFrame(peopleFrame, text).candidates.flatMap((c) => {
    assert.equal(c.title, '');
    return (c.people ?? []).map((p) => p.text);
  });

test('people: a role label and its names, on the same line or the next', () => {
  assert.deepEqual(people('后期编辑：王小明\n\n- 主持人：Moonfish\n'), ['王小明', 'Moonfish']);
  assert.deepEqual(people('Host:\n\nJane Doe\n\nGuests:\n\nJohn Roe (jroe), 陈立\n'), [
    'Jane Doe',
    'John Roe (jroe), 陈立',
  ]);
});

test('people: a section a role word heads lists one person per heading or line', () => {
  const text = [
    '## 圆桌嘉宾',
    '',
    '### 1',
    '',
    '**赵一鸣**：',
    '',
    '> 某某科技 架构师',
    '',
    '### 陈立',
    '',
    '> 开源布道师',
    '',
    '## 圆桌讨论的问题',
    '',
    '1. 如何参与开源？',
  ].join('\n');
  assert.deepEqual(people(text), ['赵一鸣', '陈立']);
});

test('people: a quotation attributed to someone names them with their role', () => {
  const text = [
    '> The meetup was a great way to meet the community.',
    '>',
    '> -- Jane Doe, CTO, Acme',
    '',
    '> 很高兴参加这次活动。',
    '>',
    '> —— 某某科技 创始人 王小明',
  ].join('\n');
  assert.deepEqual(people(text), ['Jane Doe, CTO, Acme', '王小明（某某科技 创始人）']);
});

test('people: a dash in running text, or a label word with a sentence after it, names no one', () => {
  assert.deepEqual(people('Some text here.\n\n-- see the notes below\n\n作者：本文由社区整理发布，欢迎转载。\n'), []);
});

test("people: a show's crew lines in its Credits section", () => {
  const text = [
    '### Credits',
    '',
    'Intro Theme: Moonfish',
    '',
    'Audio Editing: Jane Doe',
    '',
    'Hosting Infrastructure: [John Roe](https://github.com/jroe)',
  ].join('\n');
  assert.deepEqual(people(text), ['Jane Doe', 'John Roe']);
});

test('people: an English recap names who spoke, hosted or organized in its sentences', () => {
  const text = [
    'The morning was busy. Jane Doe explained how the new planner picks an index, and Mark Smith & Lisa Wong presented their benchmark results.',
    '',
    'The evening party was hosted by John Roe at the Harbor Hall, where Portland Paramount served drinks.',
  ].join('\n');
  assert.deepEqual(people(text), ['Jane Doe', 'Mark Smith', 'Lisa Wong', 'John Roe']);
});

test('people: a name in passing, with no act of the event after it, is no one', () => {
  assert.deepEqual(people('We walked past Harbor Hall and talked about Jane Doe for a while after the event.'), []);
});
