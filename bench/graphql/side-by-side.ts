import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { EmbeddedStore } from '../../src/store/embedded';
import type { Neo4jStore } from '../../src/store/neo4j';
import { tempDir } from '../../test/support/tmp';
import { ingestCorpus } from '../neo4j/ingest';
import { fmt, row } from '../neo4j/measure';
import { type LoadFigures, postQuery, runLoad } from './load';
import { answerKey, type BenchQuery, QUERIES } from './queries';

// Issue #10's side-by-side: the same generated corpus in one Neo4j database
// (written through our store) and in an embedded store, the same two queries
// against four servers, each in its own process on 127.0.0.1:
//   ours-neo4j     talkgraph's server on the Neo4j store
//   neo4j-graphql  @neo4j/graphql on the same database, type definitions of ours
//   floor          graphql-js with static in-memory resolvers, talkgraph's schema shape
//   ours-embedded  talkgraph's server on the embedded store, same corpus
// Throughput and p50/p99 at each concurrency, as ratios within one run.

export const TARGETS = ['floor', 'ours-embedded', 'ours-neo4j', 'neo4j-graphql'] as const;
export type Target = (typeof TARGETS)[number];

export interface SideBySideOptions {
  sizes: number[];
  concurrency: number[];
  warmupMs: number;
  durationMs: number;
  log: (line: string) => void;
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

function startTarget(target: Target, embeddedDir: string): Promise<Server> {
  const script = join(__dirname, 'serve-target.js');
  const args = target === 'ours-neo4j' ? ['ours'] : target === 'ours-embedded' ? ['ours', embeddedDir] : [target];
  if (target === 'floor') args.push(embeddedDir);
  const child: ChildProcess = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${target} exited with ${code} before it was ready: ${out}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\S+)/.exec(out);
      if (!ready) return;
      child.removeAllListeners('exit');
      resolve({
        url: ready[1],
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.stdin!.end();
          }),
      });
    });
  });
}

const queryText = (target: Target, q: BenchQuery) => (target === 'neo4j-graphql' ? q.neo4jGraphql : q.ours);

/** Cypher statements one request sends, counted on the store's connection. */
async function statementsPerRequest(store: Neo4jStore, q: BenchQuery): Promise<number> {
  const apollo = createApollo();
  await runOperation(apollo, store, { query: q.ours }); // warm: nothing cached across requests anyway
  const before = store.roundTrips;
  const result = await runOperation(apollo, store, { query: q.ours });
  if (result.errors) throw new Error(`${q.name}: ${JSON.stringify(result.errors)}`);
  return store.roundTrips - before;
}

export interface SizeFigures {
  documents: number;
  relationships: number;
  statements: Map<string, number>;
  /** per query name, per target, per concurrency */
  load: Map<string, Map<Target, LoadFigures[]>>;
  sameAnswer: Map<string, Map<Target, boolean>>;
}

export async function measureSize(store: Neo4jStore, documents: number, o: SideBySideOptions): Promise<SizeFigures> {
  await store.wipe();
  await store.init();
  const neo = await ingestCorpus(store, documents);
  o.log(`${documents} documents: Neo4j ingest ${fmt(neo.ms / 1000)} s, ${neo.relationships} relationships`);
  const dir = tempDir('talkgraph-bench-');
  const embedded = new EmbeddedStore(dir);
  await embedded.init();
  const emb = await ingestCorpus(embedded, documents);
  await embedded.close();
  o.log(`${documents} documents: embedded ingest ${fmt(emb.ms / 1000)} s`);

  const figures: SizeFigures = {
    documents,
    relationships: neo.relationships,
    statements: new Map(),
    load: new Map(QUERIES.map((q) => [q.name, new Map()])),
    sameAnswer: new Map(QUERIES.map((q) => [q.name, new Map()])),
  };
  for (const q of QUERIES) figures.statements.set(q.name, await statementsPerRequest(store, q));

  const reference = new Map<string, string>();
  for (const target of TARGETS) {
    const server = await startTarget(target, dir);
    try {
      for (const q of QUERIES) {
        const key = answerKey(q, await postQuery(server.url, queryText(target, q)));
        if (!reference.has(q.name)) reference.set(q.name, key);
        figures.sameAnswer.get(q.name)!.set(target, key === reference.get(q.name));
        const runs: LoadFigures[] = [];
        for (const concurrency of o.concurrency) {
          const f = await runLoad(server.url, queryText(target, q), {
            concurrency,
            warmupMs: o.warmupMs,
            durationMs: o.durationMs,
          });
          o.log(
            `  ${target} ${q.name} c=${concurrency}: ${fmt(f.rps)} req/s, p50 ${fmt(f.p50)} ms, p99 ${fmt(f.p99)} ms` +
              (f.errors ? `, ${f.errors} errors (${f.firstError})` : ''),
          );
          runs.push(f);
        }
        figures.load.get(q.name)!.set(target, runs);
      }
    } finally {
      await server.stop();
    }
  }
  return figures;
}

const ratio = (a: number, b: number) => (b > 0 ? `${fmt(a / b, 2)}×` : '—');

/** The BENCHMARKS.md tables: absolute figures, then ours as ratios to @neo4j/graphql and to the floor. */
export function report(all: SizeFigures[], o: SideBySideOptions): string[] {
  const lines: string[] = [];
  for (const q of QUERIES) {
    lines.push('', `${q.name}: req/s (p50 / p99 ms)`, '');
    lines.push(row(['documents', 'concurrency', ...TARGETS]));
    lines.push(row(['---', '---', ...TARGETS.map(() => '---')]));
    for (const s of all)
      o.concurrency.forEach((c, i) => {
        const cells = TARGETS.map((t) => {
          const f = s.load.get(q.name)!.get(t)![i];
          return `${fmt(f.rps)} (${fmt(f.p50)} / ${fmt(f.p99)})${f.errors ? ` ${f.errors} err` : ''}`;
        });
        lines.push(row([s.documents, c, ...cells]));
      });
    lines.push('', `${q.name}: ratios (throughput; p99 as ours / theirs, below 1 is better)`, '');
    lines.push(
      row([
        'documents',
        'concurrency',
        'ours-neo4j / neo4j-graphql req/s',
        'p99',
        'ours-neo4j / floor req/s',
        'ours-embedded / floor req/s',
        'ours-embedded / neo4j-graphql req/s',
      ]),
    );
    lines.push(row(['---', '---', '---', '---', '---', '---', '---']));
    for (const s of all)
      o.concurrency.forEach((c, i) => {
        const get = (t: Target) => s.load.get(q.name)!.get(t)![i];
        const [neo, lib, floor, emb] = [get('ours-neo4j'), get('neo4j-graphql'), get('floor'), get('ours-embedded')];
        lines.push(
          row([
            s.documents,
            c,
            ratio(neo.rps, lib.rps),
            ratio(neo.p99, lib.p99),
            ratio(neo.rps, floor.rps),
            ratio(emb.rps, floor.rps),
            ratio(emb.rps, lib.rps),
          ]),
        );
      });
  }
  lines.push(
    '',
    row(['documents', 'relationships', ...QUERIES.map((q) => `Cypher statements per request, ${q.name}`)]),
  );
  lines.push(row(['---', '---', ...QUERIES.map(() => '---')]));
  for (const s of all)
    lines.push(row([s.documents, s.relationships, ...QUERIES.map((q) => s.statements.get(q.name)!)]));
  const differing = all.flatMap((s) =>
    QUERIES.flatMap((q) =>
      TARGETS.filter((t) => !s.sameAnswer.get(q.name)!.get(t)).map((t) => `${t} on ${q.name} at ${s.documents}`),
    ),
  );
  lines.push(
    '',
    differing.length === 0
      ? 'Every target gave the same answer as the floor (titles in order, speaker/event/technology names).'
      : `Answers differing from the floor's: ${differing.join('; ')}.`,
  );
  return lines;
}

export async function runSideBySide(store: Neo4jStore, o: SideBySideOptions): Promise<string[]> {
  const all: SizeFigures[] = [];
  for (const documents of o.sizes) all.push(await measureSize(store, documents, o));
  return report(all, o);
}
