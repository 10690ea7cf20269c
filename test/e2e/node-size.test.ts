// Node size by talk count, as a person sees it at open over the demo corpus:
// every person, organization, technology and event on the canvas is sized by
// its talks (the count the API gives for it), a node with more talks is drawn
// larger than one of its kind with fewer, and the legend says what size means.
// Sizes are read from the canvas model (cytoscape's node width, listed in
// #on-canvas), not from pixels.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, OUT, openBrowser, type Served, serveCorpus, settle, skipWithoutChromium } from './harness';

interface Drawn {
  id: string;
  kind: string;
  name: string;
  talks: number | null;
  width: number;
}

const FILTER: Record<string, string> = {
  Person: 'speaker',
  Organization: 'organization',
  Technology: 'technology',
  Event: 'event',
};

describe('graph browser: node size by talk count', { skip: skipWithoutChromium }, () => {
  let served: Served;
  let browser: Browser;

  before(async () => {
    served = await serveCorpus('demo');
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.context.close();
    served?.stop();
  });

  test('at open, nodes with more talks are larger, with the counts the API gives, and the legend says so', async () => {
    const { page } = browser;
    await page.goto(served.base);
    await page.locator('#on-canvas li').first().waitFor({ state: 'attached', timeout: 60_000 });
    await settle(page);
    const drawn: Drawn[] = await page.locator('#on-canvas li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        kind: li.getAttribute('data-kind') ?? '',
        name: li.textContent ?? '',
        talks: li.hasAttribute('data-talks') ? Number(li.getAttribute('data-talks')) : null,
        width: Number(li.getAttribute('data-width')),
      })),
    );
    const sized = drawn.filter((d) => FILTER[d.kind]);
    assert.ok(sized.length >= 4, `people and technologies at open: ${JSON.stringify(drawn)}`);
    for (const d of sized) assert.notEqual(d.talks, null, `${d.kind} ${d.name} has no talk count`);

    // the counts are the API's own
    for (const d of sized) {
      const data = await served.query<{ talks: { totalCount: number } }>(
        `query($id: String!) { talks(first: 0, filter: { ${FILTER[d.kind]}: $id }) { totalCount } }`,
        { id: d.id },
      );
      assert.equal(d.talks, data.talks.totalCount, `${d.kind} ${d.name}`);
    }

    // within a kind, more talks means a larger node; equal talks, equal size
    let compared = 0;
    for (const a of sized)
      for (const b of sized) {
        if (a.kind !== b.kind || a.talks === null || b.talks === null || a.talks >= b.talks) continue;
        assert.ok(a.width < b.width, `${a.name} (${a.talks} talks, ${a.width}) < ${b.name} (${b.talks}, ${b.width})`);
        compared++;
      }
    assert.ok(compared > 0, `two nodes of a kind with different talk counts at open: ${JSON.stringify(sized)}`);
    const talks = drawn.filter((d) => d.kind === 'Talk');
    assert.equal(new Set(talks.map((t) => t.width)).size, 1, 'talks themselves keep one size');

    const legend = page.locator('#legend li[data-style="size"]');
    assert.match((await legend.textContent()) ?? '', /size: number of talks/);
    await page.screenshot({ path: join(OUT, '30-node-size-by-talks.png') });
    assert.deepEqual(browser.errors, []);
  });
});
