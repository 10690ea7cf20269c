import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programmeLineFrame } from '../../../loaders/extract/frames/programmeLine';
import { tableFrame } from '../../../loaders/extract/frames/table';
import type { Frame, TalkCandidate } from '../../../loaders/extract/frames/types';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { segment } from '../../../loaders/extract/layout/blocks';
import { annotate, recognizeEnv } from '../../../loaders/extract/recognize';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Agenda layouts, one frame at a time: segment + recognizers + ONE frame on a snippet we wrote.

const kn = knowledgeOf(testCatalog);

export function runFrame(frame: Frame, text: string): TalkCandidate[] {
  const doc = makeDoc(text);
  const blocks = segment(doc);
  const renv = recognizeEnv(kn);
  const anns = annotate(blocks, renv);
  return frame.run({ blocks, anns, lex: lexicon, kn, labels: renv.labels, documentTitle: null });
}

describe('tableFrame: a schedule table without a header', () => {
  it('takes the title column, not the wider abstract column beside it', () => {
    const got = runFrame(
      tableFrame,
      [
        '| 09:00 | 签到 |',
        '| 10:00 | 用 Rust 写编译器 | 韩子墨 | 这次分享介绍我们如何从零开始，用 Rust 写出一个可用的编译器，以及一路踩过的坑和收获的经验。 |',
        '| 11:00 | 容器调度实践 | 宋知行 | 容器调度实践 |',
        '| 13:00 | 服务网格的落地 | 钟子期 | 我们把服务网格用在了生产环境里，这里讲讲迁移的步骤、性能上的代价，以及监控怎么做。 |',
      ].join('\n'),
    );
    assert.deepEqual(
      got.filter((c) => c.speakers.length).map((c) => [c.title, c.speakers[0].text]),
      [
        ['用 Rust 写编译器', '韩子墨'],
        ['容器调度实践', '宋知行'],
        ['服务网格的落地', '钟子期'],
      ],
    );
  });
});

describe('programmeLineFrame: a tag before the time, the speaker as one link', () => {
  it('reads "[en] 9:00~9:40 [Name, Org](speakers/x) - Title" and keeps the whole title', () => {
    const got = runFrame(
      programmeLineFrame,
      [
        '- [en] 9:00~9:40 [Jane Roe, Acme](2031/speakers/jane.md) - Tuning Widget Caches',
        '- [zh] 10:00~10:40 [韩子墨 hanzm, 星河数据](2031/speakers/hanzm.md) - 用 Rust 写编译器',
        '- Venue: Example Hall',
      ].join('\n'),
    );
    assert.deepEqual(
      got.map((c) => [c.title, c.speakers[0]?.text]),
      [
        ['Tuning Widget Caches', 'Jane Roe (Acme)'],
        ['用 Rust 写编译器', '韩子墨 (星河数据)'],
      ],
    );
  });
});
