// The path inputs' placeholders, as a person reads them at open: two people
// who are in the loaded data (so the example works when typed), and a neutral
// text over an empty store rather than names it does not hold. Screenshots go
// to test-output/e2e/.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'talkgraph.js');
const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'e2e');
const CLI_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

// In CI a missing browser is a failure (launch throws); elsewhere it is a clear skip.
const skip = !existsSync(CHROMIUM) && !process.env.CI ? `${CHROMIUM} is missing (apt-get install chromium)` : false;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** `talkgraph serve` over a data dir, answering once /health does. */
async function serve(dataDir: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    cwd: ROOT,
    env: CLI_ENV,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`talkgraph serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}health`)).ok) return { base, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error('talkgraph serve did not answer within 60 s');
}

async function placeholders(page: Page, base: string, shot: string): Promise<[string, string]> {
  await page.goto(base);
  // path-hints.ts marks the input once the store's answer is in
  const from = page.locator('#path-from[data-hinted]');
  await from.waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('body:not([data-busy])').waitFor({ state: 'attached', timeout: 30_000 });
  await page.screenshot({ path: join(OUT, shot) });
  return [
    (await from.getAttribute('placeholder')) ?? '',
    (await page.locator('#path-to').getAttribute('placeholder')) ?? '',
  ];
}

describe('graph browser: path placeholders name people in the loaded data', { skip }, () => {
  let context: BrowserContext;
  let page: Page;
  const servers: ChildProcess[] = [];

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    context = await chromium.launchPersistentContext(tempDir('talkgraph-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  after(async () => {
    await context?.close();
    for (const s of servers) s.kill();
  });

  test('over the demo corpus: two different people the store holds, neither of the old hard-coded names', async () => {
    const dataDir = tempDir('talkgraph-e2e-hints-');
    execFileSync(process.execPath, [CLI, 'ingest', '-q', '--data-dir', dataDir, DEMO_CORPUS], {
      cwd: ROOT,
      env: CLI_ENV,
    });
    const { base, server } = await serve(dataDir);
    servers.push(server);
    const people = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(first: 1000) { nodes { name } } }' }),
    });
    const names = new Set(
      ((await people.json()) as { data: { people: { nodes: { name: string }[] } } }).data.people.nodes.map(
        (p) => p.name,
      ),
    );
    const [from, to] = await placeholders(page, base, '20-path-hints-demo.png');
    const hinted = [from.replace(/^from, e\.g\. /, ''), to.replace(/^to, e\.g\. /, '')];
    assert.match(from, /^from, e\.g\. /, from);
    assert.match(to, /^to, e\.g\. /, to);
    for (const n of hinted) assert.ok(names.has(n), `${n} is not a person in the store`);
    assert.notEqual(hinted[0], hinted[1]);
    // the demo corpus has neither of the names index.html used to hard-code
    assert.ok(!names.has('刘奇') && !names.has('许式伟'));
  });

  test('over an empty store: a neutral hint, no names', async () => {
    const { base, server } = await serve(tempDir('talkgraph-e2e-empty-'));
    servers.push(server);
    const [from, to] = await placeholders(page, base, '21-path-hints-empty.png');
    assert.equal(from, "from: a person's name");
    assert.equal(to, "to: another person's name");
  });
});
