// The path inputs' placeholders, as a person reads them at open: two people
// who are in the loaded data (so the example works when typed), and a neutral
// text over an empty store rather than names it does not hold. Screenshots go
// to test-output/e2e/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, OUT, openBrowser, type Served, serveCorpus, settle, skipWithoutChromium } from './harness';

async function placeholders(page: Page, base: string, shot: string): Promise<[string, string]> {
  await page.goto(base);
  // path-hints.ts marks the input once the store's answer is in
  const from = page.locator('#path-from[data-hinted]');
  await from.waitFor({ state: 'attached', timeout: 30_000 });
  await settle(page);
  await page.screenshot({ path: join(OUT, shot) });
  return [
    (await from.getAttribute('placeholder')) ?? '',
    (await page.locator('#path-to').getAttribute('placeholder')) ?? '',
  ];
}

describe('graph browser: path placeholders name people in the loaded data', { skip: skipWithoutChromium }, () => {
  let browser: Browser;
  const servers: Served[] = [];

  before(async () => {
    browser = await openBrowser();
  });

  after(async () => {
    await browser?.context.close();
    for (const s of servers) s.stop();
  });

  test('over the demo corpus: two different people the store holds, neither of the old hard-coded names', async () => {
    const served = await serveCorpus('demo');
    servers.push(served);
    const people = await served.query<{ people: { nodes: { name: string }[] } }>(
      '{ people(first: 1000) { nodes { name } } }',
    );
    const names = new Set(people.people.nodes.map((p) => p.name));
    const [from, to] = await placeholders(browser.page, served.base, '20-path-hints-demo.png');
    const hinted = [from.replace(/^from, e\.g\. /, ''), to.replace(/^to, e\.g\. /, '')];
    assert.match(from, /^from, e\.g\. /, from);
    assert.match(to, /^to, e\.g\. /, to);
    for (const n of hinted) assert.ok(names.has(n), `${n} is not a person in the store`);
    assert.notEqual(hinted[0], hinted[1]);
    // the demo corpus has neither of the names index.html used to hard-code
    assert.ok(!names.has('刘奇') && !names.has('许式伟'));
  });

  test('over an empty store: a neutral hint, no names', async () => {
    const served = await serveCorpus('empty');
    servers.push(served);
    const [from, to] = await placeholders(browser.page, served.base, '21-path-hints-empty.png');
    assert.equal(from, "from: a person's name");
    assert.equal(to, "to: another person's name");
  });
});
