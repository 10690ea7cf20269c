// What the browser tests share: `talkgraph serve` over a fresh data dir (the
// demo corpus, or nothing) on a free port, headless Chromium, and the wait for
// the page to settle. Screenshots go to test-output/e2e/.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_CORPUS } from '../support/cli';
import { freePort } from '../support/net';
import { tempDir } from '../support/tmp';

export const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'talkgraph.js');
const CHROMIUM = '/usr/bin/chromium';
export const OUT = join(ROOT, 'test-output', 'e2e');
// the embedded store in a temp dir, always: a user's NEO4J_URI must not receive test documents
const CLI_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

/** In CI a missing browser is a failure (launch throws); elsewhere a clear skip. */
export const skipWithoutChromium =
  !existsSync(CHROMIUM) && !process.env.CI ? `${CHROMIUM} is missing (apt-get install chromium)` : false;

export interface Served {
  base: string;
  stop: () => void;
  /** POSTs a query to /graphql; the `data` (throws on errors) */
  query: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

/** `talkgraph serve` over a new data dir holding the demo corpus (or nothing), once /health answers. */
export async function serveCorpus(corpus: 'demo' | 'empty'): Promise<Served> {
  const dataDir = tempDir('talkgraph-e2e-');
  if (corpus === 'demo')
    execFileSync(process.execPath, [CLI, 'ingest', '-q', '--data-dir', dataDir, DEMO_CORPUS], {
      cwd: ROOT,
      env: CLI_ENV,
    });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    cwd: ROOT,
    env: CLI_ENV,
    stdio: 'ignore',
  });
  const query = async <T>(q: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`${q}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`talkgraph serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}health`)).ok) return { base, stop: () => server.kill(), query };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error('talkgraph serve did not answer within 60 s');
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught exceptions the page reported */
  errors: string[];
}

export async function openBrowser(): Promise<Browser> {
  mkdirSync(OUT, { recursive: true });
  const context = await chromium.launchPersistentContext(tempDir('talkgraph-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { context, page, errors };
}

/** Waits until the page has no server work in flight (body[data-busy], see web/src/dom.ts). */
export async function settle(page: Page): Promise<void> {
  // a selector, not a string predicate: the page's CSP forbids the eval a predicate needs
  await page.locator('body:not([data-busy])').waitFor({ state: 'attached', timeout: 60_000 });
}
