// The trends view's share of the year's talks, its link, and its example
// names, as a person uses them in Chromium over the demo corpus (and an empty
// store): switching to share shows percentages that are the API's shares; a
// copied link with a range, technologies and the view reopens that chart; the
// input's example names technologies the store holds. Screenshots go to test-output/e2e/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, OUT, openBrowser, type Served, serveCorpus, settle, skipWithoutChromium } from './harness';

interface ApiSeries {
  technology: { name: string };
  points: { year: number; talks: number; yearTalks: number; share: number | null }[];
}

const TREND = `query($names: [String!]!, $from: Int, $to: Int) {
  technologyTrend(names: $names, from: $from, to: $to, normalize: SHARE) { technology { name } points { year talks yearTalks share } } }`;

/** The table as the page shows it: technology → cell texts, and the year columns. */
async function table(page: Page): Promise<{ years: string[]; rows: Record<string, string[]> }> {
  const years = (await page.locator('.trend-table thead th').allTextContents()).slice(1);
  const rows: Record<string, string[]> = {};
  for (const tr of await page.locator('.trend-table tbody tr').all())
    rows[(await tr.getAttribute('data-technology')) ?? ''] = await tr.locator('td').allTextContents();
  return { years, rows };
}

/** What the page should print for the API's share: a percentage, one decimal under 10%, "–" for a year without talks. */
function percent(share: number | null): string {
  if (share === null) return '–';
  const v = share * 100;
  return `${v >= 10 || v === 0 ? v.toFixed(0) : v.toFixed(1)}%`;
}

describe(
  'graph browser: trends as shares, in the link, with examples from the data',
  { skip: skipWithoutChromium },
  () => {
    let demo: Served;
    let empty: Served;
    let browser: Browser;

    before(async () => {
      [demo, empty] = await Promise.all([serveCorpus('demo'), serveCorpus('empty')]);
      browser = await openBrowser();
    });
    after(async () => {
      await browser?.context.close();
      demo?.stop();
      empty?.stop();
    });

    test("the input's example names the two technologies with the most talks", async () => {
      const { page } = browser;
      await page.goto(`${demo.base}#trends`);
      await page.locator('#trend-input[data-hinted]').waitFor({ state: 'attached', timeout: 60_000 });
      await settle(page);
      const top = (
        await demo.query<{ technologies: { nodes: { name: string }[] } }>(
          '{ technologies(first: 2, sort: { field: TALKS, descending: true }) { nodes { name } } }',
        )
      ).technologies.nodes.map((t) => t.name);
      assert.equal(top.length, 2);
      assert.equal(
        await page.locator('#trend-input').getAttribute('placeholder'),
        `Add a technology, e.g. ${top.join(' / ')}`,
      );
      assert.equal(
        await page.locator('#trend-chart p.muted').textContent(),
        `Add technologies above, e.g. ${top.join(', ')}.`,
      );
      assert.doesNotMatch((await page.locator('#trend-input').getAttribute('placeholder')) ?? '', /微服务/);
      assert.equal(await page.locator('#status.error').count(), 0, 'opening #trends reports no error');
      await page.screenshot({ path: join(OUT, '40-trends-placeholder.png') });
    });

    test('switching to share shows each year as a percentage of its talks, the API’s shares', async () => {
      const { page } = browser;
      for (const name of ['Kubernetes', 'Docker']) {
        await page.fill('#trend-input', name);
        await page.press('#trend-input', 'Enter');
        await settle(page);
      }
      const counts = await table(page);
      assert.deepEqual(Object.keys(counts.rows), ['Kubernetes', 'Docker']);
      for (const cells of Object.values(counts.rows)) for (const c of cells) assert.match(c, /^\d+$/, 'counts first');

      await page.selectOption('#trend-metric', 'share');
      const shares = await table(page);
      const api = (await demo.query<{ technologyTrend: ApiSeries[] }>(TREND, { names: ['Kubernetes', 'Docker'] }))
        .technologyTrend;
      for (const s of api) {
        const byYear = new Map(s.points.map((p) => [String(p.year), p]));
        const expected = shares.years.map((y) => percent(byYear.get(y)?.share ?? null));
        assert.deepEqual(shares.rows[s.technology.name], expected, s.technology.name);
      }
      assert.ok(
        Object.values(shares.rows).some((cells) => cells.some((c) => /^[1-9][\d.]*%$/.test(c))),
        `some year has a share above 0: ${JSON.stringify(shares.rows)}`,
      );
      assert.equal(await page.locator('svg.trend-chart .axis-label').textContent(), "share of the year's talks");
      assert.ok((await page.locator('svg.trend-chart .tick', { hasText: '%' }).count()) > 0, 'the axis in percent');
      const url = new URL(page.url());
      assert.match(url.hash, /view=share/);
      assert.match(url.hash, /tech=Kubernetes&tech=Docker/);
      await page.screenshot({ path: join(OUT, '41-trends-share.png'), fullPage: true });
      assert.deepEqual(browser.errors, []);
    });

    test('a link with a range, technologies and the share view opens that chart', async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${demo.base}#trends?tech=Docker&tech=Kubernetes&from=2016&to=2019&view=share`);
        await page.locator('.trend-table tbody tr').first().waitFor({ timeout: 60_000 });
        await settle(page);
        assert.equal(await page.locator('#trend-metric').inputValue(), 'share');
        assert.equal(await page.locator('#trend-from').inputValue(), '2016');
        assert.equal(await page.locator('#trend-to').inputValue(), '2019');
        const shown = await table(page);
        assert.deepEqual(shown.years, ['2016', '2017', '2018', '2019']);
        assert.deepEqual(Object.keys(shown.rows), ['Docker', 'Kubernetes']);
        const api = (
          await demo.query<{ technologyTrend: ApiSeries[] }>(TREND, {
            names: ['Docker', 'Kubernetes'],
            from: 2016,
            to: 2019,
          })
        ).technologyTrend;
        for (const s of api)
          assert.deepEqual(
            shown.rows[s.technology.name],
            s.points.map((p) => percent(p.share)),
            s.technology.name,
          );
        assert.equal(await page.locator('svg.trend-chart g.series').count(), 2);
        // the address still says the same after the chart is drawn
        assert.equal(new URL(page.url()).hash, '#trends?tech=Docker&tech=Kubernetes&from=2016&to=2019&view=share');
        assert.equal(await page.locator('#status.error').count(), 0, 'the link reports no error');
        await page.screenshot({ path: join(OUT, '42-trends-from-link.png'), fullPage: true });
      } finally {
        await page.close();
      }
    });

    test('over an empty store: a neutral example, no names', async () => {
      const { page } = browser;
      await page.goto(`${empty.base}#trends`);
      await page.locator('#trend-input[data-hinted="neutral"]').waitFor({ state: 'attached', timeout: 60_000 });
      await settle(page);
      assert.equal(await page.locator('#trend-input').getAttribute('placeholder'), 'Add a technology by name');
      assert.equal(
        await page.locator('#trend-chart p.muted').textContent(),
        'Add a technology above to chart its talks per year.',
      );
      await page.screenshot({ path: join(OUT, '43-trends-placeholder-empty.png') });
    });
  },
);
