// The trends view: pick technologies, see their yearly series side by side,
// and the rising/fading list for a chosen range.
import { search, technologyTrend, trendingTechnologies } from './api';
import { actionLink, busy, byId, clear, errorMessage, h } from './dom';
import { drawTrendChart, formatValue, METRIC_TITLE, type Metric, metricValue, PALETTE } from './trend-chart';
import type { TrendState } from './trend-link';
import type { TechnologyMovement, TrendPoint, TrendSeries } from './types';

/** The server's cap for trendingTechnologies. */
const TRENDING_CAP = 200;
const SHOWN = 12; // per group; the rest fold away so both lists fit a screen

export class TrendsView {
  private names: string[] = [];
  private series: TrendSeries[] = [];
  /** technologies of the loaded data to suggest (trend-hints.ts) */
  private examples: string[] = [];

  constructor(
    private readonly span: () => [number, number],
    private readonly openInGraph: (ref: { id: string; name: string; kind: string }) => void,
  ) {
    const input = byId<HTMLInputElement>('trend-input');
    byId('trend-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = '';
      await busy(() => this.addTechnology(text));
    });
    byId('trend-metric').addEventListener('change', () => {
      this.drawChart();
      this.onState(this.state());
    });
    byId('trend-from').addEventListener('change', () => busy(() => this.refresh()));
    byId('trend-to').addEventListener('change', () => busy(() => this.refresh()));
    byId('trending-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      void busy(() => this.loadTrending());
    });
  }

  /** Fills the range inputs from the data's years the first time the view opens. */
  open(): void {
    const [lo, hi] = this.span();
    const set = (id: string, v: number) => {
      const el = byId<HTMLInputElement>(id);
      if (!el.value) el.value = String(v);
    };
    set('trending-from', lo);
    set('trending-to', hi);
    if (!byId('trending-list').hasChildNodes()) void busy(() => this.loadTrending());
    this.onState(this.state());
  }

  setExamples(names: string[]): void {
    this.examples = names;
    if (this.series.length === 0) this.drawChart();
  }

  /** Resolves what the user typed to a technology's name (any language or alias) before charting it. */
  async addTechnology(text: string): Promise<void> {
    let name = text;
    try {
      const hit = (await search(text, 10)).find((x) => x.kind === 'Technology');
      if (hit) name = hit.name;
    } catch {
      // the trend query below reports the real problem, if any
    }
    if (!this.names.includes(name)) this.names.push(name);
    await this.refresh();
  }

  /** Called after every change of what is charted (main.ts keeps it in the address, trend-link.ts). */
  onState: (state: TrendState) => void = () => {};

  /** What the chart shows: the technologies, the range and the view. */
  state(): TrendState {
    return {
      names: [...this.names],
      from: this.rangeInput('trend-from'),
      to: this.rangeInput('trend-to'),
      view: byId<HTMLSelectElement>('trend-metric').value as Metric,
    };
  }

  /** Shows a state (from a link): the inputs are set at once, the chart once its data is in. */
  async setState(state: TrendState): Promise<void> {
    this.names = [...new Set(state.names.map((n) => n.trim()).filter(Boolean))];
    byId<HTMLInputElement>('trend-from').value = state.from === null ? '' : String(state.from);
    byId<HTMLInputElement>('trend-to').value = state.to === null ? '' : String(state.to);
    byId<HTMLSelectElement>('trend-metric').value = state.view;
    await this.refresh();
  }

  remove(name: string): void {
    this.names = this.names.filter((n) => n !== name);
    void busy(() => this.refresh());
  }

  private rangeInput(id: string): number | null {
    const v = byId<HTMLInputElement>(id).value;
    return v ? Number(v) : null;
  }

  async refresh(): Promise<void> {
    clear(byId('trend-talks'));
    const msg = byId('trend-message');
    msg.textContent = '';
    if (this.names.length === 0) {
      this.series = [];
      this.drawChart();
      return;
    }
    try {
      this.series = await technologyTrend(this.names, this.rangeInput('trend-from'), this.rangeInput('trend-to'));
      const asked = new Set(this.series.map((x) => x.query));
      const missing = this.names.filter((n) => !asked.has(n));
      if (missing.length) {
        // Say what was not found once, and drop it so the chips show only what is charted.
        msg.textContent = `Not found: ${missing.join(', ')}`;
        this.names = this.names.filter((n) => asked.has(n));
      }
    } catch (e) {
      msg.textContent = `Trend query failed: ${errorMessage(e)}`;
      this.series = [];
    }
    this.drawChart();
    this.onState(this.state());
  }

  private drawChart(): void {
    const metric = byId<HTMLSelectElement>('trend-metric').value as Metric;
    const chips = byId('trend-chips');
    clear(chips);
    this.names.forEach((name) => {
      const i = this.series.findIndex((x) => x.query === name);
      const color = PALETTE[(i >= 0 ? i : 0) % PALETTE.length];
      chips.append(
        h(
          'span',
          { class: 'chip', 'data-name': name },
          h('span', { class: 'swatch', style: `background:${i >= 0 ? color : '#ccc'}` }),
          name,
          h(
            'button',
            { type: 'button', class: 'chip-x', title: `Remove ${name}`, onclick: () => this.remove(name) },
            '×',
          ),
        ),
      );
    });
    const box = byId('trend-chart');
    clear(box);
    if (this.series.length === 0) {
      box.append(
        h(
          'p',
          { class: 'muted' },
          this.examples.length
            ? `Add technologies above, e.g. ${this.examples.join(', ')}.`
            : 'Add a technology above to chart its talks per year.',
        ),
      );
      return;
    }
    box.append(
      drawTrendChart(this.series, metric, (ser, p) => this.showTalks(ser, p)),
      this.table(metric),
    );
  }

  /** The talks behind one point: every count can show what it counted. */
  private showTalks(ser: TrendSeries, p: TrendPoint): void {
    const box = byId('trend-talks');
    clear(box);
    const talks = p.talkList ?? [];
    box.append(
      h(
        'h3',
        {},
        `${ser.technology.name} in ${p.year}: ${p.talks} talk${p.talks === 1 ? '' : 's'}` +
          (p.share === null || p.share === undefined
            ? ''
            : ` (${formatValue(p.share * 100, 'share')} of the year's ${p.yearTalks})`) +
          `, ${p.events} events, ${p.people} people`,
      ),
      talks.length === 0
        ? h('p', { class: 'muted' }, 'No talks this year.')
        : h(
            'ul',
            { class: 'talks' },
            ...talks.map((t) =>
              h(
                'li',
                {},
                actionLink(t.title, () => this.openInGraph({ id: t.id, name: t.title, kind: 'Talk' }), {
                  title: 'Open in the graph',
                }),
                h(
                  'div',
                  { class: 'muted' },
                  [t.event?.name, t.speakers.map((s) => s.name).join(', ')].filter(Boolean).join(' · '),
                ),
              ),
            ),
          ),
    );
  }

  /** The same numbers as a table: readable without the chart, and checkable. */
  private table(metric: Metric): HTMLElement {
    const years = [...new Set(this.series.flatMap((x) => x.points.map((p) => p.year)))].sort((a, b) => a - b);
    return h(
      'table',
      { class: 'trend-table' },
      h('thead', {}, h('tr', {}, h('th', {}, `${METRIC_TITLE[metric]} per year`), ...years.map((y) => h('th', {}, y)))),
      h(
        'tbody',
        {},
        ...this.series.map((ser, i) =>
          h(
            'tr',
            { 'data-technology': ser.technology.name },
            h(
              'th',
              {},
              h('span', { class: 'swatch', style: `background:${PALETTE[i % PALETTE.length]}` }),
              ser.technology.name,
            ),
            ...years.map((y) => {
              const p = ser.points.find((q) => q.year === y);
              const text = formatValue(p ? metricValue(p, metric) : 0, metric);
              return h(
                'td',
                {},
                p && p.talks > 0 ? actionLink(text, () => this.showTalks(ser, p), { title: 'Show the talks' }) : text,
              );
            }),
          ),
        ),
      ),
    );
  }

  async loadTrending(): Promise<void> {
    const list = byId('trending-list');
    const from = this.rangeInput('trending-from');
    const to = this.rangeInput('trending-to');
    clear(list);
    if (from === null || to === null || from > to) {
      list.append(h('p', { class: 'error' }, 'Choose a range: from ≤ to.'));
      return;
    }
    try {
      // faders asked for on their own, steepest first: risers would fill the capped list otherwise
      const [all, faded] = await Promise.all([
        trendingTechnologies(from, to, TRENDING_CAP),
        trendingTechnologies(from, to, TRENDING_CAP, 'FADING'),
      ]);
      const moves = [...all.filter((m) => m.direction !== 'FADING'), ...faded];
      const groups: [string, string[]][] = [
        ['Rising', ['RISING', 'NEW']],
        ['Fading', ['FADING']],
        ['Steady', ['STEADY']],
      ];
      for (const [title, dirs] of groups) {
        const rows = moves.filter((m) => dirs.includes(m.direction));
        if (rows.length === 0) continue;
        list.append(this.movementTable(`${title} (${rows.length})`, rows.slice(0, SHOWN)));
        if (rows.length > SHOWN)
          list.append(
            h(
              'details',
              {},
              h('summary', { class: 'muted' }, `${rows.length - SHOWN} more`),
              this.movementTable('', rows.slice(SHOWN)),
            ),
          );
      }
      if (moves.length === 0) list.append(h('p', { class: 'muted' }, 'No technologies with talks in this range.'));
    } catch (e) {
      list.append(h('p', { class: 'error' }, `Trending query failed: ${errorMessage(e)}`));
    }
  }

  private movementTable(title: string, rows: TechnologyMovement[]): HTMLElement {
    const arrow = (m: TechnologyMovement) =>
      m.direction === 'NEW' ? 'new' : m.change > 0 ? `+${m.change}` : String(m.change);
    return h(
      'section',
      { class: `movement ${title.toLowerCase()}` },
      title ? h('h4', {}, title) : null,
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, 'Technology'),
            h('th', {}, 'first seen'),
            h('th', {}, 'earlier'),
            h('th', {}, 'later'),
            h('th', {}, 'change'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((m) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                actionLink(m.technology.name, () => void busy(() => this.addTechnology(m.technology.name)), {
                  title: 'Add to the chart',
                }),
              ),
              h('td', {}, m.firstSeenYear ?? '–'),
              h('td', {}, m.earlierTalks),
              h('td', {}, m.laterTalks),
              h('td', { class: m.change > 0 ? 'up' : m.change < 0 ? 'down' : '' }, arrow(m)),
            ),
          ),
        ),
      ),
    );
  }
}
