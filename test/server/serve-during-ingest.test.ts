import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, DEMO_CORPUS, ROOT, serve, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// Issue #11: `serve` used to be nearly unavailable while `ingest` wrote to the
// same data dir (every write rebuilt the graph on the request path). Here a
// second process ingests a folder of meetup pages while the test keeps asking
// the server; every question must be answered, the counts must never go
// back, and the server must end up seeing every document.

const CITIES = ['示例城', '样例市', '北原', '南岸'];

function meetupPage(i: number): string {
  const city = CITIES[i % CITIES.length];
  return `# ${city}技术沙龙 第 ${i + 1} 期

时间：20${10 + (i % 12)} 年 ${1 + (i % 12)} 月 ${1 + (i % 27)} 日 14:00
地点：${city} 某某创业园

- 14:00-14:40 用 Go 实现第 ${i} 个小型 Raft，讲师：林${i}舟（示例科技）
- 14:40-15:20 Docker 与 Kubernetes 迁移札记 ${i}，讲师：周${i}沐（样例云）
- 15:20-16:00 Service Mesh 落地的 ${i} 个坑，讲师：吴${i}言（北原数据）
`;
}

async function ask(url: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { documents } }' }),
    signal: AbortSignal.timeout(15_000),
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { data?: { stats: { documents: number } }; errors?: unknown[] };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.stats.documents;
}

describe('serve while ingest writes', () => {
  it(
    'answers every request during a concurrent ingest and catches up with every document',
    { timeout: 300_000 },
    async () => {
      const data = join(tempDir(), 'data');
      assert.equal(talkgraph(['ingest', '--data-dir', data, DEMO_CORPUS]).status, 0);
      const folder = join(tempDir(), 'pages');
      mkdirSync(folder);
      const pages = 120;
      for (let i = 0; i < pages; i++)
        writeFileSync(join(folder, `salon-${String(i).padStart(3, '0')}.md`), meetupPage(i));

      const { url, child } = await serve(data);
      try {
        const before = await ask(url);
        const ingest = spawn(process.execPath, [BIN, 'ingest', '--data-dir', data, folder], {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: '' },
          stdio: 'ignore',
        });
        const done = new Promise<number | null>((ok) => ingest.once('exit', ok));
        let finished = false;
        void done.then(() => {
          finished = true;
        });

        const seen: number[] = [];
        while (!finished) {
          seen.push(await ask(url));
          await new Promise((ok) => setTimeout(ok, 50));
        }
        assert.equal(await done, 0, 'the ingest succeeds');

        // The server reads the new journal entries on its own, off the request path.
        let now = await ask(url);
        for (let i = 0; i < 100 && now < before + pages; i++) {
          await new Promise((ok) => setTimeout(ok, 200));
          now = await ask(url);
          seen.push(now);
        }
        assert.ok(seen.length >= 3, `asked ${seen.length} times during the ingest`);
        assert.deepEqual(
          seen,
          [...seen].sort((a, b) => a - b),
          'document counts never go back',
        );
        assert.equal(now, before + pages, 'the server sees every ingested document');
      } finally {
        child.kill();
      }
    },
  );
});
