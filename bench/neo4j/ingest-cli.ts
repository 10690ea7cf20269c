import 'reflect-metadata';
import { openStore } from '../../src/store/open';
import { ingestCorpus } from './ingest';

// node dist/bench/neo4j/ingest-cli.js N: ingests a generated corpus of N
// documents into the store NEO4J_URI (or the embedded one) names.

async function main() {
  const documents = Number(process.argv[2] ?? 1000);
  const store = await openStore();
  const f = await ingestCorpus(store, documents);
  console.log(
    `${store.kind}: ${f.documents} documents, ${f.relationships} relationships in ${(f.ms / 1000).toFixed(1)} s: ` +
      `${(f.relationships / (f.ms / 1000)).toFixed(0)} relationships/s; per 1k: ${f.sliceMs.map((ms) => (ms / 1000).toFixed(1)).join(' ')} s`,
  );
  await store.close();
}

main().catch((e) => {
  console.error(`ingest: ${(e as Error).message}`);
  process.exit(1);
});
