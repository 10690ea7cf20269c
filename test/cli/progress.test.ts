import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatSeconds, Progress, progressLine } from '../../src/cli/progress';
import { talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

/** A stream that records what was written, as a terminal (isTTY) or a log. */
function recorder(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (t: string) => writes.push(t) } };
}

describe('ingest progress', () => {
  it('renders documents done/total, the rate and the time left, with a bar for a terminal', () => {
    assert.equal(
      progressLine({ done: 250, total: 1000, elapsedMs: 10_000 }),
      '250/1000 documents, 25.0 docs/s, ETA 30 s',
    );
    assert.equal(
      progressLine({ done: 500, total: 1000, elapsedMs: 10_000, bar: true }),
      '[##########..........] 500/1000 documents, 50.0 docs/s, ETA 10 s',
    );
    assert.equal(
      progressLine({ done: 1000, total: 1000, elapsedMs: 4000, bar: true }),
      '[####################] 1000/1000 documents, 250.0 docs/s, ETA 0 s',
    );
    assert.equal(progressLine({ done: 0, total: 100_000, elapsedMs: 0 }), '0/100000 documents, 0.0 docs/s, ETA ?');
  });

  it('says long waits in minutes and hours, never "60 s"', () => {
    assert.equal(formatSeconds(59.5), '1 min 0 s');
    assert.equal(formatSeconds(119.2), '2 min 0 s');
    assert.equal(formatSeconds(600), '10 min 0 s');
    assert.equal(formatSeconds(3 * 3600 + 125), '3 h 2 min');
  });

  it('redraws one terminal line in place, at most every 100 ms, and always the last document', () => {
    let now = 0;
    const { writes, stream } = recorder(true, 40);
    const p = new Progress(stream, { now: () => now });
    p.start(3);
    p.tick(); // drawn: the first
    now = 50;
    p.tick(); // too soon
    now = 60;
    p.tick(); // the last is always drawn
    assert.equal(writes.length, 2);
    for (const w of writes) {
      assert.ok(w.startsWith('\r\x1b[K'), JSON.stringify(w));
      assert.ok(w.length - 4 <= 39, `cut to the terminal's width: ${JSON.stringify(w)}`);
    }
    assert.ok(writes[1].startsWith(`\r\x1b[K[${'#'.repeat(20)}] 3/3 documents`), JSON.stringify(writes[1]));
    p.finish();
    assert.equal(writes.at(-1), '\r\x1b[K');
  });

  it('writes plain lines without escape codes at the interval when not a terminal, and nothing when quiet', () => {
    let now = 0;
    const { writes, stream } = recorder(false);
    const p = new Progress(stream, { now: () => now, intervalMs: 1000 });
    p.start(10);
    for (let i = 0; i < 10; i++) {
      now += 300;
      p.tick();
    }
    assert.deepEqual(writes, [
      'progress: 4/10 documents, 3.3 docs/s, ETA 2 s\n',
      'progress: 8/10 documents, 3.3 docs/s, ETA 1 s\n',
    ]);
    const quiet = recorder(false);
    const q = new Progress(quiet.stream, { quiet: true, intervalMs: 0 });
    q.start(2);
    q.tick();
    q.tick();
    assert.deepEqual(quiet.writes, []);
  });

  it('talkgraph ingest prints progress lines on stderr when it is not a terminal', () => {
    const docs = tempDir();
    mkdirSync(join(docs, 'agendas'));
    for (let i = 1; i <= 3; i++)
      writeFileSync(
        join(docs, 'agendas', `meetup-${i}.md`),
        `# 松柏技术沙龙 第 ${i} 期\n\n时间：2021 年 3 月 ${i} 日\n地点：杭州\n\n## 议程\n\n` +
          `- 14:00 Kubernetes 调度实践——顾青禾（云杉科技 工程师）\n- 15:00 Rust 在存储中的应用——邵明远（北辰数据 架构师）\n`,
      );
    const r = talkgraph(['ingest', '--data-dir', tempDir(), docs], { TALKGRAPH_PROGRESS_INTERVAL_MS: '0' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('progress: '));
    assert.deepEqual(
      lines.map((l) => l.replace(/, [\d.]+ docs\/s, ETA .*$/, '')),
      ['progress: 1/3 documents', 'progress: 2/3 documents', 'progress: 3/3 documents'],
    );
    assert.match(lines[2], /docs\/s, ETA 0 s$/);
    assert.ok(!r.stderr.includes('\x1b'), 'no escape codes in a log');
    assert.match(r.stdout, /ingested 3 documents: 3 stored/);
  });
});
