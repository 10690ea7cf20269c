// The graph browser as a person uses it: headless Chromium against
// `talkgraph serve` over the seed corpus (the demo corpus in a fresh clone). Screenshots go to test-output/e2e/
// so a reviewer can look at what the test saw.
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { RICHEST } from '../support/corpus';
import { tempDir } from '../support/tmp';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'talkgraph.js');
// the seed corpus when it is beside the project, else the demo corpus: never a skip
const CORPUS = RICHEST.dir;
const [PATH_FROM, PATH_TO] = RICHEST.path;
const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'e2e');

// In CI a missing browser is a failure (launch throws); elsewhere it is a clear skip.
const skip =
  !existsSync(CHROMIUM) && !process.env.CI
    ? `${CHROMIUM} is missing (apt-get install chromium); set CI=1 to make this a failure`
    : false;

// The embedded store in a temp dir, always: a user's NEO4J_URI must not receive the seed corpus.
const CLI_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForServer(base: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`talkgraph serve exited with ${server.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${base}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`talkgraph serve did not answer within 60 s:\n${log()}`);
}

/** Waits until the page has no server work in flight (main.ts marks body[data-busy]). */
async function settle(page: Page): Promise<void> {
  // A selector, not a string predicate: the page's CSP forbids eval, which a string predicate needs.
  await page.locator('body:not([data-busy])').waitFor({ state: 'attached', timeout: 30_000 });
}

describe(`graph browser (headless Chromium, ${RICHEST.name} corpus)`, { skip }, () => {
  let server: ChildProcess;
  let context: BrowserContext;
  let page: Page;
  let base = '';
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = []; // the page must work offline: nothing but talkgraph itself

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    const dataDir = tempDir('talkgraph-e2e-');
    await promisify(execFile)(process.execPath, [CLI, 'ingest', '--data-dir', dataDir, CORPUS], {
      cwd: ROOT,
      env: CLI_ENV,
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    let output = '';
    server = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', String(port)], {
      cwd: ROOT,
      env: CLI_ENV,
    });
    server.stdout?.on('data', (d) => {
      output += d;
    });
    server.stderr?.on('data', (d) => {
      output += d;
    });
    await waitForServer(base, server, () => output);

    context = await chromium.launchPersistentContext(tempDir('talkgraph-chromium-'), {
      executablePath: CHROMIUM,
      acceptDownloads: true,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
    const res = await page.goto(base);
    assert.equal(res?.status(), 200, 'GET / should serve the browser (is web/dist built? `node web/build.mjs`)');
    await settle(page);
  });

  after(async () => {
    await context?.close();
    server?.kill();
  });

  test('opens on an overview: the most-discussed technologies, their talks and speakers, with a legend', async () => {
    const res = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ technologies(first: 3, sort: { field: TALKS, descending: true }) { nodes { name } } }',
      }),
    });
    const top = ((await res.json()) as { data: { technologies: { nodes: { name: string }[] } } }).data.technologies
      .nodes;
    assert.ok(top.length > 0);
    const techs = await page.locator('#on-canvas li[data-kind="Technology"]').allTextContents();
    for (const t of top) assert.ok(techs.includes(t.name), `${t.name} on the canvas at open; got ${techs.join(', ')}`);
    assert.ok((await page.locator('#on-canvas li[data-kind="Person"]').count()) > 0, 'speakers at open');
    assert.ok((await page.locator('#on-canvas li[data-kind="Talk"]').count()) > 0, 'talks at open');
    assert.equal(await page.locator('#legend .legend-kinds li').count(), 6, 'a legend entry per kind, with its shape');
    assert.equal(await page.locator('#legend .legend-styles li').count(), 5, 'and for size, line and border styles');
    await page.screenshot({ path: join(OUT, '00-overview-at-open.png') });
    assert.deepEqual(consoleErrors, []);
  });

  test('a relationship opens its evidence, in words in both languages', async () => {
    await page.locator('details.canvas-list summary', { hasText: 'Relationships' }).click();
    const gave = page.locator('#edges-on-canvas li[data-type="GAVE"] a').first();
    const words = await gave.textContent();
    assert.match(words ?? '', / → 演讲 gave → /);
    await gave.click();
    assert.match((await page.textContent('#panel-title')) ?? '', /演讲 gave/);
    assert.ok((await page.locator('#panel .edge-evidence blockquote').count()) > 0, 'the sentence that states it');
    await page.screenshot({ path: join(OUT, '00b-edge-evidence.png') });
    // The source viewer shows the document with the stated sentence highlighted.
    const snippet = ((await page.locator('#panel .edge-evidence blockquote').first().textContent()) ?? '').trim();
    await page.locator('#panel .edge-evidence .view-source').first().click();
    await settle(page);
    const mark = page.locator('#source-viewer[open] #source-mark');
    await mark.waitFor();
    const marked = ((await mark.textContent()) ?? '').trim();
    assert.ok(marked.length > 0, 'a highlighted span');
    assert.ok(
      snippet.includes(marked) || marked.includes(snippet),
      `the highlight is the evidence: ${JSON.stringify(marked)} vs ${JSON.stringify(snippet)}`,
    );
    assert.ok(
      ((await page.textContent('#source-viewer .source-text')) ?? '').length > marked.length,
      'the whole document',
    );
    await page.screenshot({ path: join(OUT, '00c-source-viewer.png') });
    await page.click('#source-close');
    assert.equal(await page.locator('#source-viewer[open]').count(), 0);
    assert.deepEqual(consoleErrors, []);
  });

  test('exports the canvas as PNG and its contents as CSV', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    assert.equal(png.suggestedFilename(), 'talkgraph.png');
    const image = readFileSync((await png.path())!);
    assert.deepEqual([...image.subarray(1, 4)], [...Buffer.from('PNG')], 'a PNG image');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const text = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'record,id,kind,name,from,relationship,to,evidence');
    const nodes = await page.locator('#on-canvas li').count();
    const edges = await page.locator('#edges-on-canvas li').count();
    assert.equal(lines.filter((l) => l.startsWith('node,')).length, nodes, 'one row per node on the canvas');
    assert.equal(lines.filter((l) => l.startsWith('edge,')).length, edges, 'one row per relationship');
    await page.click('#clear');
    assert.equal(await page.locator('#on-canvas li').count(), 0, 'Clear empties the canvas');
  });

  test('search "Docker", expand it and see who spoke about it', async () => {
    await page.fill('#search', 'Docker');
    const hit = page.locator('.search-results .hit[data-kind="Technology"]', { hasText: /^Docker( ←.*)?$/ }).first();
    await hit.waitFor();
    await page.screenshot({ path: join(OUT, '01-search-docker.png') });
    await hit.click();
    await settle(page);
    assert.equal(await page.textContent('#panel-title'), 'Docker');

    await page.click('#act-expand');
    await settle(page);
    const people = await page.locator('#on-canvas li[data-kind="Person"]').allTextContents();
    for (const name of RICHEST.dockerSpeakers)
      assert.ok(people.includes(name), `${name} on the canvas; people: ${people.join(', ')}`);
    // The side panel shows evidence snippets behind Docker's relationships.
    await page.locator('#panel .relation').first().waitFor();
    assert.ok(
      (await page.locator('#panel .relation .evidence blockquote').count()) > 0,
      'evidence snippets in the panel',
    );
    await page.screenshot({ path: join(OUT, '02-docker-expanded.png') });

    // Filtering by kind takes the people off the canvas and brings them back.
    const peopleNow = () => page.locator('#on-canvas li[data-kind="Person"]').count();
    await page.uncheck('input[data-kind="Person"]');
    assert.equal(await peopleNow(), 0, 'no people while Person is unticked');
    await page.check('input[data-kind="Person"]');
    assert.equal(await peopleNow(), people.length);
    // Undo takes the expansion back, leaving Docker itself.
    await page.click('#undo');
    assert.deepEqual(await page.locator('#on-canvas li').allTextContents(), ['Docker']);
    assert.deepEqual(consoleErrors, []);
  });

  test(`open the path between ${PATH_FROM} and ${PATH_TO}`, async () => {
    await page.fill('#path-from', PATH_FROM);
    await page.fill('#path-to', PATH_TO);
    await page.click('#find-path');
    await settle(page);
    const steps = await page.locator('#panel .path-node a').allTextContents();
    assert.ok(steps.length >= 2, `a path of at least one hop; got ${steps.join(' → ')}`);
    assert.equal(steps[0], PATH_FROM);
    assert.equal(steps.at(-1), PATH_TO);
    const onCanvas = await page.locator('#on-canvas li').allTextContents();
    for (const name of steps) assert.ok(onCanvas.includes(name), `${name} (on the path) is on the canvas`);
    await page.screenshot({ path: join(OUT, '03-path-liuqi-xushiwei.png') });
    assert.deepEqual(consoleErrors, []);
  });

  test('compare Docker and Kubernetes in the trends view', async () => {
    await page.click('.tabs a[data-tab="trends"]');
    await settle(page);
    for (const name of ['Docker', 'Kubernetes']) {
      await page.fill('#trend-input', name);
      await page.press('#trend-input', 'Enter');
      await settle(page);
    }
    const rows = page.locator('.trend-table tbody tr');
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-technology'))), [
      'Docker',
      'Kubernetes',
    ]);
    const talksPerYear = async (name: string) =>
      (await page.locator(`.trend-table tr[data-technology="${name}"] td`).allTextContents()).map(Number);
    const docker = await talksPerYear('Docker');
    const kubernetes = await talksPerYear('Kubernetes');
    assert.ok(
      docker.reduce((a, b) => a + b, 0) >= RICHEST.dockerTalks,
      `Docker has talks in several years of the ${RICHEST.name} corpus: ${docker.join(',')}`,
    );
    assert.ok(kubernetes.reduce((a, b) => a + b, 0) >= 1, `Kubernetes has at least one talk: ${kubernetes.join(',')}`);
    assert.equal(await page.locator('svg.trend-chart g.series').count(), 2, 'one line per technology');
    await page.locator('.trending-list table').first().waitFor();
    await page.screenshot({ path: join(OUT, '04-trends-docker-kubernetes.png'), fullPage: true });
    assert.deepEqual(consoleErrors, []);
    // The address keeps the view: reloading shows the same two technologies.
    await page.reload();
    await settle(page);
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-technology'))), [
      'Docker',
      'Kubernetes',
    ]);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, [], 'everything the page loads comes from talkgraph (no CDN)');
  });
});
