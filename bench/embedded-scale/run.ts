import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadCatalogs } from '../../loaders/catalogs';
import { loadDocument } from '../../loaders/pipeline';
import { tempDir } from '../../test/support/tmp';
import { generateCorpus } from '../corpus/generate';
import { writeCorpus } from '../corpus/write';
import { type LoadFigures, postQuery, runLoad } from '../graphql/load';
import { LIST_PAGE, SPEAKERS_ON } from '../graphql/queries';
import { uptimeLoad } from '../uptime';
import { dirBytes, type IngestRun, runIngest, type Served, startServe } from './child';

// Issue #10's embedded store at scale: for each corpus size, the generated
// corpus is written to disk and ingested by `talkgraph ingest` in a child
// process (the user's path: extraction pool, journal, snapshots), then
// `talkgraph serve` is started on it and loaded over HTTP on 127.0.0.1.
// Baselines of the same run: the generator + extraction + JSON.stringify of
// the facts on one thread (a floor for ingest), and the graphql-js floor with
// static resolvers (bench/graphql/floor.ts) for the queries.
//   node dist/bench/embedded-scale/run.js [SIZE…]   (default BENCH_SCALE_SIZES, else 1000,10000)

export const TREND = {
  name: 'technologyTrend(Kubernetes, Docker)',
  ours: '{ technologyTrend(names: ["Kubernetes", "Docker"], from: 2010, to: 2024) { technology { name } points { year talks } } }',
};

const QUERIES = [
  { name: LIST_PAGE.name, query: LIST_PAGE.ours, floor: true },
  { name: SPEAKERS_ON.name, query: SPEAKERS_ON.ours, floor: true },
  { name: TREND.name, query: TREND.ours, floor: false },
];

export interface ScaleOptions {
  sizes: number[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** documents the ingest floor is timed on (its cost per document does not grow with the corpus) */
  floorDocuments: number;
  log: (line: string) => void;
}

interface SizeFigures {
  size: number;
  floorPer1k: number;
  ingest: IngestRun;
  dataBytes: number;
  serve: { readyMs: number; rssAtReady: number };
  loads: { name: string; ours: LoadFigures; floor: LoadFigures | null }[];
}

/** ms per 1,000 documents of the floor: generate, extract, serialize, on this thread. */
function ingestFloorPer1k(documents: number): number {
  const catalogs = loadCatalogs();
  const start = process.hrtime.bigint();
  let n = 0;
  for (const doc of generateCorpus({ documents, seed: 1 })) {
    const r = loadDocument(`/bench-corpus/${doc.path}`, Buffer.from(doc.text), catalogs);
    JSON.stringify(r.facts);
    n++;
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / (n / 1000);
}

function startFloor(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'graphql', 'serve-target.js'), 'floor', dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`floor exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('ready ')) return;
      child.removeAllListeners('exit');
      done({
        url: line.slice('ready '.length),
        stop: () =>
          new Promise<void>((stopped) => {
            child.once('exit', () => stopped());
            child.stdin!.end();
          }),
      });
    });
  });
}

async function measureSize(size: number, o: ScaleOptions): Promise<SizeFigures> {
  const work = tempDir(`talkgraph-scale-${size}-`);
  const corpus = join(work, 'corpus');
  const dataDir = join(work, 'data');
  o.log(`[${size}] writing the corpus`);
  writeCorpus(corpus, size);
  o.log(`[${size}] ingest floor on ${Math.min(size, o.floorDocuments)} documents`);
  const floorPer1k = ingestFloorPer1k(Math.min(size, o.floorDocuments));
  o.log(`[${size}] talkgraph ingest`);
  const ingest = await runIngest(dataDir, corpus);
  if (ingest.exitCode !== 0) throw new Error(`ingest exited with ${ingest.exitCode}: ${ingest.stderrTail}`);
  if (ingest.documents !== size) throw new Error(`ingest reported ${ingest.documents} of ${size} documents`);
  const dataBytes = dirBytes(dataDir);
  o.log(`[${size}] talkgraph serve`);
  const served: Served = await startServe(dataDir);
  const loads: SizeFigures['loads'] = [];
  try {
    for (const q of QUERIES) {
      await postQuery(served.url, q.query); // answers, or throws with what came back
      o.log(`[${size}] load: ${q.name}`);
      loads.push({ name: q.name, ours: await runLoad(served.url, q.query, o), floor: null });
    }
  } finally {
    await served.stop();
  }
  const floor = await startFloor(dataDir);
  try {
    for (const [i, q] of QUERIES.entries()) if (q.floor) loads[i].floor = await runLoad(floor.url, q.query, o);
  } finally {
    await floor.stop();
  }
  return { size, floorPer1k, ingest, dataBytes, serve: served, loads };
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const mb = (bytes: number) => `${f(bytes / 2 ** 20, 0)} MiB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Time per 1,000 documents for each thousand, and how the last tenth compares to the first. */
export function linearity(marks: readonly number[]): { per1k: number[]; firstMs: number; lastMs: number } {
  const per1k = marks.map((m, i) => m - (i === 0 ? 0 : marks[i - 1]));
  // the first thousand carries process start and catalog loading: start from the second when there is one
  const steady = per1k.length > 2 ? per1k.slice(1) : per1k;
  const tenth = Math.max(1, Math.floor(steady.length / 10));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return { per1k, firstMs: mean(steady.slice(0, tenth)), lastMs: mean(steady.slice(-tenth)) };
}

function report(figures: SizeFigures[], o: ScaleOptions): string[] {
  const load = uptimeLoad();
  const lines = [
    `Embedded store at scale: sizes ${o.sizes.join(', ')}; queries at concurrency ${o.concurrency} for ` +
      `${o.durationMs / 1000} s after ${o.warmupMs / 1000} s warm-up; load average ${load}`,
    '',
    row(['documents', 'ingest', 'per 1k docs', 'floor per 1k', 'ratio', 'first → last 1k', 'peak RSS', 'data dir']),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
  ];
  for (const s of figures) {
    const lin = linearity(s.ingest.marks);
    const per1k = s.ingest.ms / (s.size / 1000);
    lines.push(
      row([
        s.size,
        `${f(s.ingest.ms / 1000)} s`,
        `${f(per1k / 1000, 2)} s`,
        `${f(s.floorPer1k / 1000, 2)} s`,
        `${f(per1k / s.floorPer1k, 2)}×`,
        `${f(lin.firstMs / 1000, 2)} s → ${f(lin.lastMs / 1000, 2)} s (${f((lin.lastMs / lin.firstMs - 1) * 100, 0)}%)`,
        mb(s.ingest.peakRss),
        mb(s.dataBytes),
      ]),
    );
  }
  lines.push('', row(['documents', 'serve ready', 'RSS at ready']), row(['---', '---', '---']));
  for (const s of figures) lines.push(row([s.size, `${f(s.serve.readyMs / 1000, 2)} s`, mb(s.serve.rssAtReady)]));
  lines.push('', row(['documents', 'query', 'req/s', 'p50', 'p99', 'floor req/s', 'floor p99', 'throughput / floor']));
  lines.push(row(['---', '---', '---', '---', '---', '---', '---', '---']));
  for (const s of figures)
    for (const l of s.loads)
      lines.push(
        row([
          s.size,
          l.name,
          f(l.ours.rps, 0),
          `${f(l.ours.p50, 1)} ms`,
          `${f(l.ours.p99, 1)} ms`,
          l.floor ? f(l.floor.rps, 0) : '—',
          l.floor ? `${f(l.floor.p99, 1)} ms` : '—',
          l.floor ? `${f(l.ours.rps / l.floor.rps, 2)}×` : '—',
        ]) + (l.ours.errors ? ` (${l.ours.errors} errors: ${l.ours.firstError})` : ''),
      );
  lines.push('', 'time per 1k documents, each thousand in turn (s):');
  for (const s of figures)
    lines.push(
      `  ${s.size}: ${linearity(s.ingest.marks)
        .per1k.map((ms) => f(ms / 1000, 1))
        .join(' ')}`,
    );
  return lines;
}

export async function runScale(o: ScaleOptions): Promise<string[]> {
  const figures: SizeFigures[] = [];
  for (const size of o.sizes) figures.push(await measureSize(size, o));
  return report(figures, o);
}

export function scaleOptionsFromEnv(sizes?: number[]): ScaleOptions {
  return {
    sizes: sizes?.length ? sizes : (process.env.BENCH_SCALE_SIZES ?? '1000,10000').split(',').map(Number),
    concurrency: Number(process.env.BENCH_SCALE_CONCURRENCY ?? 16),
    warmupMs: 1000,
    durationMs: Number(process.env.BENCH_SECONDS ?? 5) * 1000,
    floorDocuments: 2000,
    log: (line) => console.error(line),
  };
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error('usage: node dist/bench/embedded-scale/run.js [SIZE…]   e.g. 1000 10000 100000');
    process.exit(2);
  }
  runScale(scaleOptionsFromEnv(sizes))
    .then((lines) => console.log(lines.join('\n')))
    .catch((e) => {
      console.error(`embedded-scale: ${(e as Error).stack ?? e}`);
      process.exit(1);
    });
}
