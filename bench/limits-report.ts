import type { LoadFigures } from './graphql/load';
import type { MeasureFigures } from './limits-measure';
import { uptimeLoad } from './uptime';

// The limits benchmark's report (bench/limits.ts): per corpus size and query,
// the runs with the limits on and off side by side and their ratios, then the
// limits' own work on each query as a share of a request.

export interface Run extends LoadFigures {
  /** the server's CPU time per answered request, ms */
  cpuPerRequest: number;
}

export interface Pair {
  on: Run[];
  off: Run[];
}

export interface SizeFigures {
  size: number;
  talks: number;
  rows: { name: string; pair: Pair; measure: MeasureFigures }[];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Both runs of a configuration together: mean req/s, p50 and p99. */
export function combine(runs: Run[]): { rps: number; p50: number; p99: number; cpu: number; errors: number } {
  return {
    cpu: mean(runs.map((r) => r.cpuPerRequest)),
    rps: mean(runs.map((r) => r.rps)),
    p50: mean(runs.map((r) => r.p50)),
    p99: mean(runs.map((r) => r.p99)),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}

export function report(
  figures: SizeFigures[],
  o: { concurrency: number; warmupMs: number; durationMs: number },
  loadBefore: string,
): string[] {
  const lines = [
    `Query limits on (defaults) vs off (no limits plugin, no token cap, a deadline never reached): concurrency ${o.concurrency}, ` +
      `${o.durationMs / 1000} s per run after ${o.warmupMs / 1000} s warm-up, runs in the order on, off, off, on; ` +
      `load average before ${loadBefore}, after ${uptimeLoad()}`,
    '',
    row([
      'documents',
      'talks',
      'query',
      'on req/s',
      'off req/s',
      'on/off req/s',
      'on p50',
      'off p50',
      'on/off p50',
      'on p99',
      'off p99',
      'on/off p99',
      'on CPU/req',
      'off CPU/req',
      'on/off CPU',
    ]),
    row(Array(15).fill('---')),
  ];
  const measures = [
    '',
    "The limits' own work per request, timed alone in this process (bench/limits-measure.ts: variables coerced, " +
      "depth, aliases and cost measured in one pass; best of 7 rounds), against the server's CPU time per request with the limits off:",
    '',
    row([
      'documents',
      'query',
      'estimated cost',
      'depth',
      'fields visited',
      'measure',
      'off CPU/req',
      'measure / request',
    ]),
    row(Array(8).fill('---')),
  ];
  for (const s of figures)
    for (const r of s.rows) {
      const on = combine(r.pair.on);
      const off = combine(r.pair.off);
      const errors = on.errors + off.errors;
      lines.push(
        row([
          s.size,
          s.talks,
          r.name,
          f(on.rps, 0),
          f(off.rps, 0),
          `${f(on.rps / off.rps, 2)}×`,
          `${f(on.p50, 1)} ms`,
          `${f(off.p50, 1)} ms`,
          `${f(on.p50 / off.p50, 2)}×`,
          `${f(on.p99, 1)} ms`,
          `${f(off.p99, 1)} ms`,
          `${f(on.p99 / off.p99, 2)}×`,
          `${f(on.cpu, 2)} ms`,
          `${f(off.cpu, 2)} ms`,
          `${f(on.cpu / off.cpu, 2)}×`,
        ]) + (errors ? ` (${errors} errors: ${r.pair.on[0].firstError ?? r.pair.off[0].firstError})` : ''),
      );
      measures.push(
        row([
          s.size,
          r.name,
          Math.round(r.measure.cost),
          r.measure.depth,
          r.measure.fieldsVisited,
          `${f(r.measure.micros, 1)} µs`,
          `${f(off.cpu, 2)} ms`,
          `${f((r.measure.micros / 1000 / off.cpu) * 100, 2)}%`,
        ]),
      );
    }
  return [...lines, ...measures];
}
