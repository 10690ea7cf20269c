import { loadCatalogs } from '../../loaders/catalogs';
import type { DocumentFacts } from '../../src/model/graph';
import { writeDocuments } from '../../src/store/batch';
import type { GraphStore } from '../../src/store/port';
import { corpusFacts } from '../corpus/facts';
import { timedAsync } from './measure';

// Bulk ingest of a generated corpus through the port (writeDocuments: batched
// on Neo4j, one by one elsewhere), extraction done beforehand so only the
// store is timed. Facts are produced and written a slice at a time, so memory
// stays bounded at 100k documents.

export interface IngestFigures {
  documents: number;
  relationships: number;
  ms: number;
  /** ms per slice of SLICE documents, to see whether ingest stays linear */
  sliceMs: number[];
}

const SLICE = 1000;

export async function ingestCorpus(store: GraphStore, documents: number, seed = 1): Promise<IngestFigures> {
  const catalogs = loadCatalogs();
  const figures: IngestFigures = { documents, relationships: 0, ms: 0, sliceMs: [] };
  let slice: DocumentFacts[] = [];
  const write = async () => {
    const { ms, value } = await timedAsync(() => writeDocuments(store, slice));
    const failed = value.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`ingest: ${failed.length} documents failed, first: ${failed[0].documentId}`);
    figures.ms += ms;
    figures.sliceMs.push(ms);
    slice = [];
  };
  for (const facts of corpusFacts({ documents, seed }, catalogs)) {
    slice.push(facts);
    figures.relationships += facts.rels.length;
    if (slice.length >= SLICE) await write();
  }
  if (slice.length > 0) await write();
  return figures;
}
