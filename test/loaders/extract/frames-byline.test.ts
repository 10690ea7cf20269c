import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingTalkFrame } from '../../../loaders/extract/frames/headingTalk';
import { numberedBylineFrame } from '../../../loaders/extract/frames/numberedByline';
import { runFrame } from './frame-harness';

// A digest numbers its entries: a title line (with the kind of piece before it), then a byline of names.

const digest = [
  '1、视频演讲： 边缘节点的缓存一致性',
  '',
  '王小明',
  '',
  'https://example.org/presentations/edge-cache',
  '',
  '2、文章： 可观测性落地的三个阶段',
  '',
  '陈立, 赵一鸣',
  '',
  'https://example.org/articles/observability',
  '',
  '3、Video: Shipping Schemas Without Downtime',
  '',
  'Jane Doe',
].join('\n');

test('numberedByline: numbered entries with a byline of names below each', () => {
  const { talks } = runFrame(numberedBylineFrame, digest);
  assert.deepEqual(talks, [
    ['边缘节点的缓存一致性', ['王小明']],
    ['可观测性落地的三个阶段', ['陈立, 赵一鸣']],
    ['Shipping Schemas Without Downtime', ['Jane Doe']],
  ]);
});

test('numberedByline: a single numbered line above a name is not a layout', () => {
  const { talks } = runFrame(numberedBylineFrame, '1、会议纪要\n\n王小明\n\n后面是正文。');
  assert.deepEqual(talks, []);
});

test('numberedByline: a numbered line with a sentence below is no entry', () => {
  const text = '1、缓存\n\n王小明介绍了缓存的做法。\n\n2、队列\n\n陈立讲了队列。';
  assert.deepEqual(runFrame(numberedBylineFrame, text).talks, []);
});

test('headingTalk: prose underlined by a rule (a setext heading holding a sentence) is no title', () => {
  const text = '最后讨论了缓存失效的各种情况。 By 王小明\n---------------\n\n陈立\n';
  assert.deepEqual(runFrame(headingTalkFrame, text).talks, []);
});
