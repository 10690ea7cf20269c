import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditLineFrame } from '../../../loaders/extract/frames/creditLine';
import { headingLineFrame } from '../../../loaders/extract/frames/headingLine';
import { headingTalkFrame } from '../../../loaders/extract/frames/headingTalk';
import { labeledRecordFrame } from '../../../loaders/extract/frames/labeledRecord';
import { runFrame } from './frame-harness';

// Self-written snippets of layouts whose speakers the name readers alone miss.

const labeledOneWord = [
  '### 第 7 期 夜谈',
  '',
  '**时间**: 2020/05/06 20:30-21:30',
  '',
  '**主讲人**：Moonfish',
  '',
  '**题目**：一个小小的解析器',
  '',
].join('\n');

test('labeledRecordFrame: a labeled one-word name is marked as labeled, for decide to accept', () => {
  const { candidates } = runFrame(labeledRecordFrame, labeledOneWord);
  assert.equal(candidates.length, 1);
  assert.equal(candidates[0].title, '一个小小的解析器');
  assert.deepEqual(
    candidates[0].speakers.map((s) => [s.text, s.labeled]),
    [['Moonfish', true]],
  );
});

const headingLabeled = [
  '# 用 Zig 写一个键值存储',
  '',
  '演讲者：Tamsin',
  '',
  '参考资料：',
  '',
  '# 嵌入式开发的十个坑',
  '',
  '演讲者：Orwin Pell',
  '',
  '# 不是讲者',
  '',
  '演讲者：Acme Widgets Corporation Limited Group',
  '',
].join('\n');

test('headingTalkFrame and creditLineFrame: a speaker label vouches for a name no reader knows', () => {
  for (const frame of [headingTalkFrame, creditLineFrame]) {
    const { talks } = runFrame(frame, headingLabeled);
    const t = talks.find(([title]) => title === '用 Zig 写一个键值存储');
    assert.ok(t, `${frame.name}: the labeled one-word speaker makes a talk`);
    assert.deepEqual(t[1], ['Tamsin']);
    assert.ok(
      !talks.some(([title]) => title === '不是讲者'),
      `${frame.name}: a long value that is no name is not a speaker`,
    );
  }
});

const bioLed = [
  '## 分布式存储的一致性取舍',
  '',
  '王晓东，2012 年毕业于某某大学，之后加入某某科技，负责存储平台的研发工作，先后主导了对象存储与块存储两个项目的设计与落地，在开源社区也很活跃。',
  '',
  '本议题介绍一致性与可用性之间的取舍。',
  '',
  '## 边缘计算的调度',
  '',
  '李文静：某某云资深工程师。长期从事调度系统的研发。',
  '',
  '## 一段回顾',
  '',
  '今天的活动很精彩，大家一起讨论了很多问题，从存储到调度再到可观测性，每个话题都有深入的交流，现场气氛热烈，活动持续到了晚上十点才结束。',
  '',
].join('\n');

test('headingTalkFrame: a bio paragraph led by the speaker’s name names the speaker', () => {
  const { talks } = runFrame(headingTalkFrame, bioLed);
  assert.deepEqual(
    talks.find(([t]) => t === '分布式存储的一致性取舍'),
    ['分布式存储的一致性取舍', ['王晓东']],
  );
  const second = talks.find(([t]) => t === '边缘计算的调度');
  assert.ok(second, 'a short bio with a sentence end');
  assert.equal(second[1].length, 1);
  assert.ok(second[1][0].startsWith('李文静'));
  assert.ok(!second[1][0].includes('长期'), 'the phrase stops at the end of the first sentence');
  assert.ok(!talks.some(([t]) => t === '一段回顾'), 'prose led by no name is no talk');
});

test('creditLineFrame: bold text glued after a labeled name is not part of it', () => {
  const text = ['### 存储引擎的演进', '', '演讲嘉宾：罗小青**现场照片**', ''].join('\n');
  const { talks } = runFrame(creditLineFrame, text);
  assert.deepEqual(talks, [['存储引擎的演进', ['罗小青']]]);
});

test('headingTalkFrame: a bio paragraph that starts with the name and a bio word', () => {
  const text = [
    '## 可信执行环境上的运行时',
    '',
    '孟思远博士毕业于某某大学计算机系，长期从事系统安全方向的研究，在顶级会议上发表过多篇论文。',
    '',
  ].join('\n');
  const { talks } = runFrame(headingTalkFrame, text);
  assert.deepEqual(talks, [['可信执行环境上的运行时', ['孟思远']]]);
});

const nicknames = [
  '## 前端构建的十年 - 王晓明',
  '',
  '## 组件化的边界 - 李文静',
  '',
  '## 渲染服务的稳定性 - 青岚',
  '',
  '## 跨端框架实战 - 云栖 & 竹影',
  '',
  '# 其他 - 资料',
  '',
].join('\n');

test('headingLineFrame: where headings name their speakers last, a nickname there is a speaker too', () => {
  const { candidates, talks } = runFrame(headingLineFrame, nicknames);
  assert.deepEqual(
    talks.find(([t]) => t === '渲染服务的稳定性'),
    ['渲染服务的稳定性', ['青岚']],
  );
  assert.deepEqual(
    talks.find(([t]) => t === '跨端框架实战'),
    ['跨端框架实战', ['云栖', '竹影']],
  );
  const weak = candidates.find((c) => c.title === '渲染服务的稳定性');
  assert.ok(weak && weak.score < 0.6, 'a nickname alone is weak: the repeated layout has to vouch for it');
  assert.equal(weak.shape, candidates.find((c) => c.title === '前端构建的十年')?.shape);
  assert.ok(!talks.some(([t]) => t === '其他'), 'a heading level with no named speakers reads no nicknames');
});
