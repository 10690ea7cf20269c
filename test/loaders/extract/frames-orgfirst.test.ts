import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingTalkFrame } from '../../../loaders/extract/frames/headingTalk';
import type { Frame, FrameEnv } from '../../../loaders/extract/frames/types';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { segment } from '../../../loaders/extract/layout/blocks';
import { annotate, recognizeEnv } from '../../../loaders/extract/recognize';
import { makeDoc, testCatalog } from './helpers';

// Segment + recognizers + ONE frame on a self-written snippet.
function runFrame(frame: Frame, text: string) {
  const doc = makeDoc(text);
  const blocks = segment(doc);
  const renv = recognizeEnv(knowledgeOf(testCatalog));
  const env: FrameEnv = {
    blocks,
    anns: annotate(blocks, renv),
    lex: renv.lex,
    kn: renv.kn,
    labels: renv.labels,
    documentTitle: null,
  };
  return frame.run(env);
}

const recap = [
  '#### 云原生',
  '',
  '**基于容器的弹性调度实践**',
  '',
  '演讲人：七牛云 王晓明',
  '',
  '这个演讲讲了很多调度的细节。',
  '',
  '**服务治理的演进**',
  '',
  '演讲人：蚂蚁集团 李文静、赵志强',
  '',
].join('\n');

test('headingTalkFrame: a speaker label that names the organization before the person', () => {
  const cs = runFrame(headingTalkFrame, recap);
  const first = cs.find((c) => c.title === '基于容器的弹性调度实践');
  assert.ok(first, 'the bold title is a talk');
  assert.deepEqual(
    first.speakers.map((s) => s.text),
    ['王晓明（七牛云）'],
  );
  const second = cs.find((c) => c.title === '服务治理的演进');
  assert.deepEqual(
    second?.speakers.map((s) => s.text),
    ['李文静（蚂蚁集团）', '赵志强（蚂蚁集团）'],
  );
});

test('headingTalkFrame: a section heading above a bold talk title does not take its speaker', () => {
  const cs = runFrame(headingTalkFrame, recap);
  assert.equal(
    cs.find((c) => c.title === '云原生'),
    undefined,
  );
});
