// The GraphQL IDE as a person uses it: a browser opening /graphql gets
// GraphiQL (bundled, no CDN) with the questions of schema/examples.graphql as
// tabs, runs one and sees the answer. Screenshots go to test-output/e2e/.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Kind, parse } from 'graphql';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_CORPUS, ROOT, serve, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'e2e');
const EXAMPLES = join(ROOT, 'schema', 'examples.graphql');

// In CI a missing browser is a failure (launch throws); elsewhere it is a clear skip.
const skip =
  !existsSync(CHROMIUM) && !process.env.CI
    ? `${CHROMIUM} is missing (apt-get install chromium); set CI=1 to make this a failure`
    : false;

const operationNames = parse(readFileSync(EXAMPLES, 'utf8'))
  .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  .map((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined));

/**
 * The response pane's text: CodeMirror draws only what is in view, so read its
 * model. A function, not a string: the page's policy forbids eval. The root
 * tsconfig has no DOM types, hence the loose typing of the page's globals.
 */
function responseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the browser's globals, not typed here
    const cm = (globalThis as any).document.querySelector('.result-window .CodeMirror');
    return cm ? (cm.CodeMirror.getValue() as string) : '';
  });
}

describe('GraphQL IDE at /graphql (headless Chromium, demo corpus)', { skip }, () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url = '';
  let data = '';
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = []; // the IDE must work offline: nothing but talkgraph itself

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    data = tempDir('talkgraph-ide-');
    const r = talkgraph(['ingest', '-q', '--data-dir', data, DEMO_CORPUS]);
    assert.equal(r.status, 0, r.stderr);
    ({ url, child: server } = await serve(data));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
    page.on('request', (req) => {
      if (!req.url().startsWith(url)) foreignRequests.push(req.url());
    });
  });

  after(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  test('API clients still get the API at GET /graphql; browsers get the IDE page under a same-origin policy', async () => {
    const api = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    assert.deepEqual(await api.json(), { data: { __typename: 'Query' } });
    const ide = await fetch(`${url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    assert.equal(ide.status, 200);
    assert.match(ide.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(ide.headers.get('content-security-policy'), "default-src 'self'");
    const html = await ide.text();
    assert.doesNotMatch(html, /<script>|https?:\/\//, 'no inline script and no remote resource');
  });

  test('opens with the example questions as tabs, runs one, and shows its answer', async () => {
    const res = await page.goto(`${url}/graphql`);
    assert.equal(res?.status(), 200);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 30_000 });
    const tabs = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(tabs, operationNames);

    await page.locator('.graphiql-tab', { hasText: 'DockerVersusKubernetes' }).click();
    await page.click('.graphiql-execute-button');
    const deadline = Date.now() + 30_000;
    while (!(await responseText(page)).includes('technologyTrend') && Date.now() < deadline)
      await page.waitForTimeout(100);
    await page.screenshot({ path: join(OUT, 'graphiql-docker-vs-kubernetes.png') });
    const shown = JSON.parse(await responseText(page));
    // the same question through the CLI gives the same answer
    const cli = talkgraph(['query', '--data-dir', data, '-f', EXAMPLES, '--operation', 'DockerVersusKubernetes']);
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(shown, JSON.parse(cli.stdout));
    const names = shown.data.technologyTrend.map((s: { technology: { name: string } }) => s.technology.name);
    assert.deepEqual(names, ['Docker', 'Kubernetes']);
    const talks = shown.data.technologyTrend[0].points.reduce((n: number, p: { talks: number }) => n + p.talks, 0);
    assert.ok(talks > 0, 'the demo corpus has Docker talks');
  });

  test('knows the schema offline: the docs explorer lists the root fields', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor({ timeout: 10_000 });
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('speakersOn', { exact: true }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(OUT, 'graphiql-docs.png') });
  });

  test('loaded nothing from elsewhere and logged no errors', () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(consoleErrors, []);
  });
});
