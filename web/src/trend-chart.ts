// Yearly series drawn as plain SVG (no chart library, nothing fetched), one
// line per technology on shared axes so they read side by side.
import type { TrendPoint, TrendSeries } from './types';

/** What the chart shows per year: counts, or the share of that year's talks (technologyTrend(normalize: SHARE)). */
export type Metric = 'talks' | 'events' | 'people' | 'share';
export const METRICS: readonly Metric[] = ['talks', 'events', 'people', 'share'];

/** The charted number of a point: a count, or the share in percent; null for a year without any talks. */
export function metricValue(p: TrendPoint, metric: Metric): number | null {
  if (metric !== 'share') return p[metric];
  return p.share === null || p.share === undefined ? null : p.share * 100;
}

/** A value as the table and the axis print it: counts as they are, shares as percentages. */
export function formatValue(v: number | null, metric: Metric): string {
  if (v === null) return '–';
  if (metric !== 'share') return String(v);
  return `${v >= 10 || v === 0 ? v.toFixed(0) : v.toFixed(1)}%`;
}

export const METRIC_TITLE: Record<Metric, string> = {
  talks: 'talks',
  events: 'events',
  people: 'people',
  share: "share of the year's talks",
};
export const PALETTE = [
  '#3b6fb6',
  '#e07b24',
  '#3c9a4f',
  '#d62828',
  '#9b59b6',
  '#2a9d9f',
  '#8a7460',
  '#c2447a',
  '#6b7280',
  '#b5a000',
];

const SVG = 'http://www.w3.org/2000/svg';
const W = 720;
const H = 300;
const M = { top: 16, right: 20, bottom: 34, left: 58 }; // left: room for the axis title beside '100%'

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Integer ticks that land on 1, 2 or 5 times a power of ten. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 5;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((st) => st >= rough) ?? pow * 10);
  const top = Math.ceil(max / step) * step;
  const out: number[] = [];
  for (let v = 0; v <= top; v += step) out.push(v);
  return out;
}

export function drawTrendChart(
  series: TrendSeries[],
  metric: Metric,
  onPoint: (series: TrendSeries, point: TrendPoint) => void,
): SVGSVGElement {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'trend-chart', role: 'img' });
  const years = [...new Set(series.flatMap((x) => x.points.map((p) => p.year)))].sort((a, b) => a - b);
  if (years.length === 0) {
    svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'muted' }, 'No data for these years'));
    return svg;
  }
  const max = Math.max(0, ...series.flatMap((x) => x.points.map((p) => metricValue(p, metric) ?? 0)));
  const yTicks = ticks(max);
  const top = yTicks.at(-1)!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (year: number) =>
    M.left + (years.length === 1 ? plotW / 2 : ((year - years[0]) / (years.at(-1)! - years[0])) * plotW);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;

  for (const t of yTicks) {
    svg.append(s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }));
    svg.append(s('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, formatValue(t, metric)));
  }
  const every = Math.ceil(years.length / 12); // keep year labels from colliding on long ranges
  years.forEach((yr, i) => {
    if (i % every === 0 || i === years.length - 1)
      svg.append(s('text', { x: x(yr), y: H - M.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
  });
  svg.append(
    s(
      'text',
      {
        x: 12,
        y: M.top + plotH / 2,
        class: 'axis-label',
        transform: `rotate(-90 12 ${M.top + plotH / 2})`,
        'text-anchor': 'middle',
      },
      METRIC_TITLE[metric],
    ),
  );

  series.forEach((ser, i) => {
    const color = PALETTE[i % PALETTE.length];
    const pts = [...ser.points].sort((a, b) => a.year - b.year);
    const g = s('g', { class: 'series', 'data-technology': ser.technology.name });
    // a year without any talks has no share: the line breaks there instead of dropping to 0
    const runs: TrendPoint[][] = [[]];
    for (const p of pts) {
      if (metricValue(p, metric) === null) runs.push([]);
      else runs[runs.length - 1].push(p);
    }
    for (const run of runs.filter((r) => r.length > 0))
      g.append(
        s('polyline', {
          points: run.map((p) => `${x(p.year)},${y(metricValue(p, metric)!)}`).join(' '),
          fill: 'none',
          stroke: color,
          'stroke-width': 2.5,
        }),
      );
    for (const p of pts) {
      const v = metricValue(p, metric);
      if (v === null) continue;
      const dot = s('circle', { cx: x(p.year), cy: y(v), r: 5, fill: color, class: 'point', 'data-year': p.year });
      dot.addEventListener('click', () => onPoint(ser, p));
      dot.append(s('title', {}, pointTitle(ser.technology.name, p)));
      g.append(dot);
    }
    svg.append(g);
  });
  return svg;
}

function pointTitle(name: string, p: TrendPoint): string {
  const share =
    p.share === null || p.share === undefined
      ? ''
      : `, ${formatValue(p.share * 100, 'share')} of the year's ${p.yearTalks} talks`;
  return `${name} ${p.year}: ${p.talks} talks${share}, ${p.events} events, ${p.people} people`;
}
