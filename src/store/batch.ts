import type { DocumentFacts } from '../model/graph';
import type { BatchOutcome, GraphStore } from './port';

// Bulk writes through the port: a store that batches (Neo4j: many documents
// per transaction) does so; any other writes one document at a time. Either
// way each document gets its own outcome, and a bad one never stops the rest.

export async function writeDocuments(store: GraphStore, batch: readonly DocumentFacts[]): Promise<BatchOutcome[]> {
  if (store.writeDocuments) return store.writeDocuments(batch);
  const outcomes: BatchOutcome[] = [];
  for (const facts of batch) outcomes.push(await writeOne(store, facts));
  return outcomes;
}

export async function writeOne(store: GraphStore, facts: DocumentFacts): Promise<BatchOutcome> {
  try {
    return { documentId: facts.documentId, ok: true, summary: await store.writeDocument(facts) };
  } catch (e) {
    return { documentId: facts.documentId, ok: false, error: e instanceof Error ? e : new Error(String(e)) };
  }
}
