import 'reflect-metadata';
import { Neo4jStore } from '../../src/store/neo4j';
import { runSideBySide } from './side-by-side';

// node dist/bench/graphql/cli.js [SIZE…] with NEO4J_URI set: the side-by-side
// (side-by-side.ts) at each corpus size (default BENCH_SIZES, else 1000 3000). The database
// NEO4J_URI names is wiped first: point it at a throwaway instance.
// BENCH_SECONDS (per measurement, default 5), BENCH_CONCURRENCY (default 1,16,64).

export function sideBySideOptions(sizes: number[]) {
  return {
    sizes,
    concurrency: (process.env.BENCH_CONCURRENCY ?? '1,16,64').split(',').map(Number),
    warmupMs: 1000,
    durationMs: Number(process.env.BENCH_SECONDS ?? 5) * 1000,
    log: (line: string) => console.error(line),
  };
}

/** BENCH_SIZES=1000,3000 (the default): the corpus sizes to measure. */
export function sizesFromEnv(): number[] {
  return (process.env.BENCH_SIZES ?? '1000,3000').split(',').map(Number);
}

export async function sideBySideFromEnv(sizes: number[]): Promise<string[]> {
  if (!process.env.NEO4J_URI) throw new Error('side-by-side: set NEO4J_URI to a Neo4j whose database may be wiped');
  const store = new Neo4jStore({
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  });
  try {
    return await runSideBySide(store, sideBySideOptions(sizes));
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  sideBySideFromEnv(sizes.length > 0 ? sizes : sizesFromEnv())
    .then((lines) => console.log(lines.join('\n')))
    .catch((e) => {
      console.error(`side-by-side: ${(e as Error).message}`);
      process.exit(1);
    });
}
