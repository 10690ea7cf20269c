import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// `talkgraph extract --explain FILE` on the built binary: a user sees why a talk was or was not found.

describe('talkgraph extract', () => {
  const dir = tempDir('extract');
  const file = join(dir, 'salon.md');
  writeFileSync(
    file,
    ['# 第 5 期 青石技术沙龙', '', '09:30-10:10 陆一鸣，某某科技 - 微服务拆分的十个教训', '10:10-10:20 茶歇'].join(
      '\n',
    ),
  );

  it('prints each stage and the decision on every candidate', () => {
    const r = talkgraph(['extract', '--explain', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /blocks:/);
    assert.match(r.stdout, /annotations:[\s\S]*time\(time\) “09:30-10:10”/);
    assert.match(r.stdout, /✓ programmeLineFrame .*“微服务拆分的十个教训”/);
    assert.match(r.stdout, /talk “微服务拆分的十个教训” — 陆一鸣/);
  });

  it('gives JSON with --json, and a clear error for a missing file', () => {
    const r = talkgraph(['extract', '--explain', '--json', file]);
    const x = JSON.parse(r.stdout);
    assert.ok(
      x.candidates.some((c: { title: string; accepted: boolean }) => c.accepted && c.title === '微服务拆分的十个教训'),
    );
    const missing = talkgraph(['extract', join(dir, 'nope.md')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nope\.md/);
  });
});
