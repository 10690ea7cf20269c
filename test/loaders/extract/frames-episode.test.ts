import assert from 'node:assert/strict';
import { test } from 'node:test';
import { episodeFrame } from '../../../loaders/extract/frames/episode';
import { runFrame } from './frame-harness';

// Interviews and podcast show notes: the document is one talk, its speakers the guests (self-written snippets).

test('episodeFrame: show notes with a guests and a hosts section — the guest speaks, the hosts are people', () => {
  const notes = [
    '### 嘉宾',
    '',
    '[钱多多](https://github.com/qianduoduo) 某某开源基金会董事，某某项目创始人。',
    '',
    '### 主持人',
    '',
    '- [Robin](https://github.com/robin-fm) 开源爱好者',
    '',
    '### Staff',
    '',
    '- 剪辑：孙小美',
    '',
  ].join('\n');
  const { candidates, talks } = runFrame(episodeFrame, notes, { title: '钱多多：开源项目的第二个十年' });
  assert.equal(talks.length, 1);
  assert.equal(talks[0][0], '钱多多：开源项目的第二个十年');
  assert.ok(talks[0][1].some((s) => s.startsWith('钱多多 @qianduoduo')));
  const people = (candidates[0].people ?? []).map((p) => p.text);
  assert.ok(people.some((p) => p.startsWith('Robin @robin-fm')));
  assert.ok(people.includes('孙小美'));
  assert.ok(!talks[0][1].some((s) => s.startsWith('Robin')));
});

test('episodeFrame: the guest named in the title ("An Interview with X") or in the lead ("We interview X")', () => {
  const withTitle = runFrame(episodeFrame, 'Some words about the chat.\n', {
    title: 'An Interview with Marta "Moss" Lindqvist',
  });
  assert.deepEqual(withTitle.talks, [['An Interview with Marta "Moss" Lindqvist', ['Marta Lindqvist @Moss']]]);
  const lead = runFrame(episodeFrame, 'We interview Oskar Brandt about running a small conference.\n\nCredits\n', {
    title: 'Episode 12: Organizing a meetup',
  });
  assert.deepEqual(lead.talks, [['Organizing a meetup', ['Oskar Brandt']]]);
});

test('episodeFrame: a document that is no interview, or names no guest, yields nothing', () => {
  assert.equal(runFrame(episodeFrame, '### 议程\n\n- 09:00 开场\n', { title: '某某技术沙龙' }).candidates.length, 0);
  assert.equal(runFrame(episodeFrame, 'Just the notes.\n', { title: 'Podcast notes' }).candidates.length, 0);
});

test('episodeListFrame: a podcast list of numbered episodes, the number dropped, a named guest as speaker', async () => {
  const { episodeListFrame } = await import('../../../loaders/extract/frames/episodeList');
  const list = [
    '- Episodes',
    '- #12 Interview with Marta Lindqvist on build tools',
    '- #11 聊聊小团队的技术选型',
    '- #10 How we ship on Fridays',
    '',
  ].join('\n');
  assert.deepEqual(runFrame(episodeListFrame, list).talks, [
    ['Interview with Marta Lindqvist on build tools', ['Marta Lindqvist']],
    ['聊聊小团队的技术选型', []],
    ['How we ship on Fridays', []],
  ]);
  // two numbered lines are no list of episodes
  assert.equal(runFrame(episodeListFrame, '- #2 One thing\n- #1 Another thing\n').candidates.length, 0);
});

test('a podcast page about a conference: its episode list is given at no event, not at the conference', async () => {
  const { extract } = await import('../../../loaders/extract');
  const { resolve } = await import('../../../loaders/resolve');
  const { makeDoc, testCatalog } = await import('./helpers');
  const page = [
    '## 聊聊我们去的 SampleRubyConf 2031',
    '',
    '本期主持人 Marta Lindqvist 和嘉宾回顾了 SampleRubyConf 2031 之行。',
    '',
    '- Episodes',
    '- #12 Interview with Oskar Brandt on build tools',
    '- #11 聊聊小团队的技术选型',
    '- #10 How we ship on Fridays',
    '',
  ].join('\n');
  const doc = makeDoc(page, { title: 'SampleRubyConf 2031 回顾' });
  const facts = resolve(extract(doc, testCatalog), doc, testCatalog);
  const talks = facts.nodes.filter((n) => n.kind === 'Talk').map((n) => n.props.name);
  assert.ok(talks.includes('How we ship on Fridays'), talks.join(' | '));
  const at = facts.rels.filter((r) => r.type === 'AT').map((r) => facts.nodes.find((n) => n.id === r.from)?.props.name);
  for (const episode of [
    'Interview with Oskar Brandt on build tools',
    '聊聊小团队的技术选型',
    'How we ship on Fridays',
  ])
    assert.ok(!at.includes(episode), `${episode} is given at no event`);
});
