import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { queryJson, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// Document.source gives the text evidence offsets point into, so a reader can
// see a fact in its document: read again from the file, flagged when the file
// changed since ingest, null when it is gone.

const PAGE = `---
title: 示例城 Rust 夜话 第 2 期
date: 2022-05-14
---

# 示例城 Rust 夜话 第 2 期

时间：2022 年 5 月 14 日 19:00
地点：示例城 某某书店二楼

- 19:00-19:40 用 Rust 写一个嵌入式键值存储，讲师：韩知远（示例数据）
- 19:40-20:20 Tokio 运行时的调度细节，讲师：secret-ferris
`;

const Q = `{ talks(first: 5) { nodes { title evidence { snippet start end document { id source { text current } } } } } }`;

interface Answer {
  talks: {
    nodes: {
      title: string;
      evidence: {
        snippet: string;
        start: number;
        end: number;
        document: { source: { text: string; current: boolean } | null };
      }[];
    }[];
  };
}

describe('Document.source', () => {
  it('returns the text that evidence offsets point into, says when the file changed, and null when it is gone', () => {
    const folder = join(tempDir(), 'docs');
    mkdirSync(folder);
    const file = join(folder, 'rust-night-2.md');
    writeFileSync(file, PAGE);
    const data = join(tempDir(), 'data');
    assert.equal(talkgraph(['ingest', '--data-dir', data, folder]).status, 0);

    const talks = (queryJson(data, Q).data as Answer).talks.nodes;
    const talk = talks.find((t) => t.title.includes('嵌入式键值存储'));
    assert.ok(talk, `the talk is found: ${talks.map((t) => t.title).join(' | ')}`);
    const ev = talk.evidence[0];
    const source = ev.document.source;
    assert.ok(source);
    assert.equal(source.current, true);
    assert.equal(source.text.slice(ev.start, ev.end).trim(), ev.snippet.trim(), 'the offsets select the snippet');

    appendFileSync(file, '\n补充：会后有合影。\n');
    const changed = (queryJson(data, Q).data as Answer).talks.nodes[0].evidence[0].document.source;
    assert.equal(changed?.current, false, 'an edited file is flagged');

    rmSync(file);
    const gone = (queryJson(data, Q).data as Answer).talks.nodes[0].evidence[0].document.source;
    assert.equal(gone, null, 'a deleted file has no source');
  });
});
