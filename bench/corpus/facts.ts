import { type Catalogs, loadCatalogs } from '../../loaders/catalogs';
import { loadDocument } from '../../loaders/pipeline';
import type { DocumentFacts } from '../../src/model/graph';
import { type CorpusOptions, generateCorpus } from './generate';

// The generated corpus through the real loader pipeline, one document's facts
// at a time: what a store benchmark writes, without extraction in its timing
// when the caller collects them first.

/** Where generated documents pretend to live; their ids derive from it. */
export const CORPUS_ROOT = '/bench-corpus';

export function* corpusFacts(options: CorpusOptions, catalogs: Catalogs = loadCatalogs()): Generator<DocumentFacts> {
  for (const doc of generateCorpus(options)) {
    const path = `${CORPUS_ROOT}/${doc.path}`;
    const result = loadDocument(path, Buffer.from(doc.text), catalogs);
    if (!result.facts) throw new Error(`${path}: generated document was rejected: ${result.diagnostics[0]?.message}`);
    yield result.facts;
  }
}
