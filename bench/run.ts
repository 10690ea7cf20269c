import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogs } from '../loaders/catalogs';
import { walkDocuments } from '../loaders/ingest';
import { loadDocument } from '../loaders/pipeline';
import { decodeBytes } from '../loaders/read';
import { createApollo, runOperation } from '../src/graphql/apollo';
import type { DocumentFacts } from '../src/model/graph';
import { EmbeddedStore } from '../src/store/embedded';
import { openStore } from '../src/store/open';
import { tempDir } from '../test/support/tmp';
import { runScale, scaleOptionsFromEnv } from './embedded-scale/run';
import { sideBySideFromEnv, sizesFromEnv } from './graphql/cli';
import { limitsOptionsFromEnv, runLimitsBench } from './limits';

// Speed and memory as ratios against a baseline measured in the same run, so
// the figures mean the same on a slow or a busy machine. Run: npm run bench
// (add NEO4J_URI=… to compare the Neo4j store with the embedded one).

const ROOT = resolve(__dirname, '..', '..');
const CORPORA = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'demo', 'corpus')].filter(existsSync);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

interface Doc {
  path: string;
  bytes: Buffer;
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Best of `n` runs: the least disturbed by whatever else the machine does. */
function best(n: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) min = Math.min(min, timed(fn).ms);
  return min;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const f = (x: number, digits = 1) => x.toFixed(digits);

async function main() {
  const docs: Doc[] = walkDocuments(CORPORA).files.map((path) => ({ path, bytes: readFileSync(path) }));
  if (docs.length === 0) throw new Error(`no documents found in ${CORPORA.join(', ')}`);
  const totalBytes = docs.reduce((s, d) => s + d.bytes.length, 0);
  const mb = totalBytes / 1e6;
  const catalogs = loadCatalogs();
  const lines: string[] = [];
  lines.push(
    `corpus: ${docs.length} documents, ${f(totalBytes / 1024)} KiB (${CORPORA.join(', ')}); best of ${ROUNDS} rounds`,
  );
  lines.push('');
  lines.push(row(['measure', 'value', 'baseline', 'ratio']));
  lines.push(row(['---', '---', '---', '---']));

  // 1. Extraction against its floor: decoding the same bytes and one pass of a regex over the text.
  const baselineMs = best(ROUNDS, () => {
    for (const d of docs) {
      const text = decodeBytes(d.bytes, d.path).text;
      /(\d{1,2}:\d{2})|《[^》]*》/g.exec(text);
      text.split('\n').length;
    }
  });
  const extractMs = best(ROUNDS, () => {
    for (const d of docs) loadDocument(d.path, d.bytes, catalogs);
  });
  lines.push(
    row([
      'extraction (read → parse → extract → resolve), one core',
      `${f(mb / (extractMs / 1000), 2)} MB/s, ${f(docs.length / (extractMs / 1000), 0)} docs/s`,
      `decode + scan: ${f(mb / (baselineMs / 1000), 1)} MB/s`,
      `${f(extractMs / baselineMs)}× the baseline's time`,
    ]),
  );

  // 2. Writing to the embedded store against serializing the same facts (the journal's own floor).
  const facts: DocumentFacts[] = docs.flatMap((d) => loadDocument(d.path, d.bytes, catalogs).facts ?? []);
  const serializeMs = best(ROUNDS, () => {
    for (const x of facts) JSON.stringify(x);
  });
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const store = new EmbeddedStore(tempDir('talkgraph-bench-'));
  await store.init();
  const write = await timedAsync(async () => {
    for (const x of facts) await store.writeDocument(x);
  });
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  lines.push(
    row([
      'embedded store: write every document (fsynced journal)',
      `${f(write.ms)} ms, ${f(facts.length / (write.ms / 1000), 0)} docs/s`,
      `JSON.stringify of the facts: ${f(serializeMs, 2)} ms`,
      `${f(write.ms / serializeMs)}×`,
    ]),
  );
  lines.push(
    row([
      'embedded store: heap held by the graph',
      `${f((heapAfter - heapBefore) / 1024)} KiB`,
      `input documents: ${f(totalBytes / 1024)} KiB`,
      `${f((heapAfter - heapBefore) / totalBytes, 2)}× the input`,
    ]),
  );

  // 3. The scorer's export query through GraphQL against the store calls it needs, done by hand.
  const exportQuery =
    '{ talks(first: 1000) { nodes { title speakers { name } event { name } technologies { name } } } }';
  const apollo = createApollo();
  await runOperation(apollo, store, { query: exportQuery }); // warm up
  const gqlMs = await bestAsync(ROUNDS, () => runOperation(apollo, store, { query: exportQuery }));
  const directMs = await bestAsync(ROUNDS, async () => {
    const page = await store.listNodes('Talk', { first: 1000 });
    await store.adjacent(
      page.nodes.flatMap((n) => [
        { id: n.id, type: 'GAVE' as const, direction: 'in' as const },
        { id: n.id, type: 'AT' as const, direction: 'out' as const },
        { id: n.id, type: 'ABOUT' as const, direction: 'out' as const },
      ]),
    );
  });
  lines.push(
    row([
      'export query (talks with speakers, event, technologies) via GraphQL',
      `${f(gqlMs, 2)} ms`,
      `the same store calls by hand: ${f(directMs, 2)} ms`,
      `${f(gqlMs / directMs)}×`,
    ]),
  );

  // 4. Neo4j against the embedded store, when one is given.
  if (process.env.NEO4J_URI) {
    const neo = await openStore();
    const neoWrite = await timedAsync(async () => {
      for (const x of facts) await neo.writeDocument(x);
    });
    const neoQuery = await bestAsync(5, () => runOperation(apollo, neo, { query: exportQuery }));
    lines.push(
      row([
        'Neo4j store: write every document',
        `${f(neoWrite.ms)} ms`,
        `embedded: ${f(write.ms)} ms`,
        `${f(neoWrite.ms / write.ms)}×`,
      ]),
    );
    lines.push(
      row([
        'Neo4j store: export query',
        `${f(neoQuery, 2)} ms`,
        `embedded: ${f(gqlMs, 2)} ms`,
        `${f(neoQuery / gqlMs)}×`,
      ]),
    );
    await neo.close();
  }
  await store.close();
  console.log(lines.join('\n'));
  // issue #10's side-by-side with @neo4j/graphql (bench/graphql/); it wipes the NEO4J_URI database
  if (process.env.NEO4J_URI) console.log((await sideBySideFromEnv(sizesFromEnv())).join('\n'));
  // issue #10's embedded store at scale (bench/embedded-scale/); BENCH_SCALE_SIZES=0 leaves it out
  if (process.env.BENCH_SCALE_SIZES !== '0') console.log((await runScale(scaleOptionsFromEnv())).join('\n'));
  // issue #11's limits on vs off on normal queries (bench/limits.ts); BENCH_LIMITS_SIZES=0 leaves it out
  if (process.env.BENCH_LIMITS_SIZES !== '0') console.log((await runLimitsBench(limitsOptionsFromEnv())).join('\n'));
}

async function bestAsync(n: number, fn: () => Promise<unknown>): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) min = Math.min(min, (await timedAsync(fn)).ms);
  return min;
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
