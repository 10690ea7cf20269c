import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedStore } from '../src/store/embedded';
import { tempDir } from '../test/support/tmp';
import { TREND } from './embedded-scale/run';
import { postQuery, runLoad } from './graphql/load';
import { LIST_PAGE, SPEAKERS_ON } from './graphql/queries';
import { timeMeasure } from './limits-measure';
import { type Pair, type Run, report, type SizeFigures } from './limits-report';
import type { LimitsMode } from './limits-target';
import { ingestCorpus } from './neo4j/ingest';
import { uptimeLoad } from './uptime';

// Issue #11's last question: do the query limits slow down a normal query?
// For each corpus size, the generated corpus (bench/corpus/) goes into an
// embedded store, and two servers run on it side by side, each in its own
// process (limits-target.ts): "on" with the default limits, "off" with the
// limits machinery removed. Each normal query is loaded on both in the order
// on, off, off, on (so a machine getting busier or quieter during the run
// weighs on both alike), and the report gives the on/off ratios.
//   node dist/bench/limits.js [SIZE…]   (default BENCH_LIMITS_SIZES, else 300,1000; 0 leaves it out of npm run bench)

export interface NormalQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** What users and scripts ask every day: none of them comes near a limit. */
export const NORMAL_QUERIES: NormalQuery[] = [
  { name: LIST_PAGE.name, query: LIST_PAGE.ours },
  {
    // the scorer's export query (CONTRACT.md), first page of talks
    name: 'export: talks(first: 1000)',
    query:
      'query($after: String) { talks(first: 1000, after: $after) { nodes { title speakers { name } event { name } technologies { name } } pageInfo { hasNextPage endCursor } } }',
    variables: { after: null },
  },
  { name: SPEAKERS_ON.name, query: SPEAKERS_ON.ours },
  { name: TREND.name, query: TREND.ours },
];

/** 101 aliases: past the default alias limit (100), and cheap enough to answer when the limits are off. */
export const REFUSED_BY_DEFAULT = `{ ${Array.from({ length: 101 }, (_, i) => `t${i}: technologies(first: 1) { totalCount }`).join(' ')} }`;

export interface LimitsBenchOptions {
  sizes: number[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  log: (line: string) => void;
}

export interface Target {
  mode: LimitsMode;
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

let clockTicks = 0;

/**
 * CPU time (user + system) a process has used, in ms, from /proc. On a shared
 * machine a server's CPU time per request moves far less with the neighbours'
 * load than its latency does.
 */
export function cpuMs(pid: number): number {
  clockTicks ||= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields 14 and 15 of proc(5), counted from the state field (3)
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
}

/** Starts limits-target.js in its own process; resolves once it prints its address. */
export function startTarget(mode: LimitsMode, dataDir: string): Promise<Target> {
  const child = spawn(process.execPath, [join(__dirname, 'limits-target.js'), mode, dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`limits-target ${mode} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('ready ')) return;
      child.removeAllListeners('exit');
      done({
        mode,
        url: line.slice('ready '.length),
        pid: child.pid!,
        stop: () =>
          new Promise<void>((stopped) => {
            if (child.exitCode !== null) return stopped();
            child.once('exit', () => stopped());
            child.stdin!.end();
          }),
      });
    });
  });
}

/** The error codes a query gets from a server: [] when it answered with data and no errors. */
export async function errorCodes(url: string, query: string): Promise<string[]> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (!body.errors && body.data) return [];
  return (body.errors ?? [{}]).map((e) => e.extensions?.code ?? 'UNKNOWN');
}

/** One load run on a target, with the server's CPU time per request over the same run (warm-up included in neither). */
async function measuredLoad(t: Target, q: NormalQuery, o: LimitsBenchOptions): Promise<Run> {
  await runLoad(t.url, q.query, { ...o, durationMs: 0, variables: q.variables });
  const cpuBefore = cpuMs(t.pid);
  const figures = await runLoad(t.url, q.query, { ...o, warmupMs: 0, variables: q.variables });
  const cpu = cpuMs(t.pid) - cpuBefore;
  return { ...figures, cpuPerRequest: cpu / Math.max(1, figures.requests + figures.errors) };
}

async function measureSize(size: number, o: LimitsBenchOptions): Promise<SizeFigures> {
  const dataDir = tempDir(`talkgraph-limits-${size}-`);
  o.log(`[limits ${size}] ingesting the generated corpus`);
  const store = new EmbeddedStore(dataDir);
  await store.init();
  await ingestCorpus(store, size);
  await store.close();
  const on = await startTarget('on', dataDir);
  const off = await startTarget('off', dataDir);
  try {
    // the two configurations really differ, and give the same answers to normal queries
    const refused = await errorCodes(on.url, REFUSED_BY_DEFAULT);
    const answered = await errorCodes(off.url, REFUSED_BY_DEFAULT);
    if (!refused.includes('TOO_MANY_ALIASES') || answered.length > 0)
      throw new Error(`limits on/off do not differ: on ${refused.join(',') || 'answered'}, off ${answered.join(',')}`);
    const talks = ((await postQuery(on.url, '{ talks(first: 1) { totalCount } }')) as { talks: { totalCount: number } })
      .talks.totalCount;
    const rows: SizeFigures['rows'] = [];
    for (const q of NORMAL_QUERIES) {
      const a = JSON.stringify(await postQuery(on.url, q.query, q.variables));
      const b = JSON.stringify(await postQuery(off.url, q.query, q.variables));
      if (a !== b) throw new Error(`${q.name}: the answers with the limits on and off differ`);
      o.log(`[limits ${size}] load: ${q.name}`);
      const pair: Pair = { on: [], off: [] };
      for (const t of [on, off, off, on]) pair[t.mode].push(await measuredLoad(t, q, o));
      rows.push({ name: q.name, pair, measure: timeMeasure(q.query, q.variables) });
    }
    return { size, talks, rows };
  } finally {
    await on.stop();
    await off.stop();
  }
}

export async function runLimitsBench(o: LimitsBenchOptions): Promise<string[]> {
  const loadBefore = uptimeLoad();
  const figures: SizeFigures[] = [];
  for (const size of o.sizes) figures.push(await measureSize(size, o));
  return report(figures, o, loadBefore);
}

export function limitsOptionsFromEnv(sizes?: number[]): LimitsBenchOptions {
  return {
    sizes: sizes?.length ? sizes : (process.env.BENCH_LIMITS_SIZES ?? '300,1000').split(',').map(Number),
    concurrency: Number(process.env.BENCH_LIMITS_CONCURRENCY ?? 4),
    warmupMs: 1000,
    durationMs: Number(process.env.BENCH_SECONDS ?? 5) * 1000,
    log: (line) => console.error(line),
  };
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error('usage: node dist/bench/limits.js [SIZE…]   e.g. 300 1000');
    process.exit(2);
  }
  runLimitsBench(limitsOptionsFromEnv(sizes))
    .then((lines) => console.log(lines.join('\n')))
    .catch((e) => {
      console.error(`limits: ${(e as Error).stack ?? e}`);
      process.exit(1);
    });
}
