import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalogs } from '../../loaders/catalogs';
import { explainDocument, explanationText } from '../../loaders/explain';

// What `talkgraph extract --explain` shows: every stage's view of one document.

const doc = [
  '# 第 3 期 青石技术沙龙',
  '',
  '时间：2024 年 3 月 9 日',
  '',
  '| 时间 | 议题 | 讲师 |',
  '| --- | --- | --- |',
  '| 14:00-14:40 | 用 Rust 写一个 KV 存储 | 陆一鸣 |',
  '| 14:40-15:00 | 茶歇 | |',
].join('\n');

describe('explainDocument', () => {
  const x = explainDocument('/tmp/salon.md', Buffer.from(doc), loadCatalogs());
  it('shows the blocks, with table cells', () => {
    assert.ok(x.blocks.some((b) => b.kind === 'tableRow' && b.cells?.includes('用 Rust 写一个 KV 存储')));
  });
  it('shows what the recognizers found', () => {
    assert.ok(x.annotations.some((a) => a.kind === 'time' && a.text === '14:00-14:40'));
    assert.ok(x.annotations.some((a) => a.kind === 'person' && a.text === '陆一鸣'));
  });
  it('shows each candidate with its decision, and what the document yields', () => {
    assert.ok(x.found.talks.some((t) => t.title === '用 Rust 写一个 KV 存储' && t.speakers.includes('陆一鸣')));
    assert.ok(!x.found.talks.some((t) => t.title === '茶歇'));
    assert.match(explanationText(x), /found:\n {2}talk “用 Rust 写一个 KV 存储” — 陆一鸣/);
  });
});
