import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadCatalogs } from '../../loaders/catalogs';
import { loadDocument } from '../../loaders/pipeline';
import { ROOT } from '../support/cli';

// Issue #11: a document's shape must not make the loader superlinear. Each
// generated adversarial document (whitespace runs, deep nesting, long lines,
// huge tables, runs of labels) goes through read → parse → extract → resolve,
// and its time per KB is compared with that of plain genre documents of the
// same size measured in the same run. The bound is loose (a ratio, not a
// speed): a quadratic step at this size is hundreds of times the plain cost,
// while an honest linear one stays within a small multiple.

const SIZE = 64 * 1024;
const BOUND = 30;
const catalogs = loadCatalogs();

const demo = join(ROOT, 'demo', 'corpus');
const plain = readdirSync(demo)
  .filter((f) => !f.includes('gbk'))
  .map((f) => readFileSync(join(demo, f), 'utf8'))
  .join('\n\n');

function fill(unit: (i: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < SIZE; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

type Shape = { name: string; ext: string; make: (k: number) => string };

const shapes: Shape[] = [
  { name: 'whitespace runs', ext: 'md', make: (k) => fill((i) => `${' \t\u3000'.repeat(k * 20)}\n讲师：示例${i}\n`) },
  { name: 'nested Markdown lists', ext: 'md', make: (k) => fill((i) => `${'  '.repeat(i % (k * 30))}- 议题 ${i}\n`) },
  { name: 'nested quotes', ext: 'md', make: (k) => fill((i) => `${'> '.repeat(i % (k * 30))}**Speaker**: Ann ${i}\n`) },
  {
    name: 'unclosed HTML blocks',
    ext: 'html',
    make: (k) => fill((i) => `<div><ul><li>${i % k ? 'x' : '嘉宾'} `, '<html><body>'),
  },
  {
    name: 'long lines of separators',
    ext: 'md',
    make: (k) => fill(() => `${'张三：|**《'.repeat(Math.floor(1990 / (7 + k)))}\n`),
  },
  {
    name: 'a huge Markdown table',
    ext: 'md',
    make: (k) =>
      fill(
        (i) => `| 09:${String(i % 60).padStart(2, '0')} | 标题${i} ${'词 '.repeat(k)}| 张${i % 97}，公司 | 主会场 |\n`,
        '| 时间 | 议题 | 讲师 | 地点 |\n| --- | --- | --- | --- |\n',
      ),
  },
  {
    name: 'a huge HTML table',
    ext: 'html',
    make: (k) =>
      fill(
        (i) => `<tr><td>10:${String(i % 60).padStart(2, '0')}<td>Talk ${i}${' x'.repeat(k)}<td>Ann Example ${i % 89}`,
        '<html><body><table><tr><th>Time<th>Talk<th>Speaker',
      ),
  },
  {
    name: 'runs of labels',
    ext: 'txt',
    make: (k) => fill((i) => `${'主题：'.repeat(k)}讲师：${'演讲嘉宾：'.repeat(i % 5)}\n`),
  },
];

/** Milliseconds per KB, best of `runs`, so a hiccup of the machine does not count. */
function msPerKb(path: string, text: string, runs = 2): number {
  const bytes = Buffer.from(text);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const result = loadDocument(path, bytes, catalogs);
    best = Math.min(best, performance.now() - t);
    assert.notEqual(result.status, 'rejected', `${path}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return best / (bytes.length / 1024);
}

describe('adversarial documents', () => {
  it(`take at most ${BOUND}× the time per KB of plain genre documents`, { timeout: 600_000 }, () => {
    const baseline = msPerKb(
      'plain.md',
      fill((i) => (i === 0 ? plain : `\n\n${plain}`)),
      3,
    );
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.integer({ min: 1, max: 4 }), (shape, k) => {
        const cost = msPerKb(`adversarial.${shape.ext}`, shape.make(k));
        assert.ok(
          cost <= baseline * BOUND,
          `${shape.name} (k=${k}): ${cost.toFixed(3)} ms/KB against ${baseline.toFixed(3)} ms/KB for plain documents`,
        );
      }),
      { numRuns: 10, seed: 20261207 },
    );
  });
});
