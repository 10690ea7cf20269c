import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalogs } from '../../loaders/catalogs';
import { ingestPaths } from '../../loaders/ingest';
import type { LoadResult } from '../../loaders/types';
import { EmbeddedStore } from '../../src/store/embedded';
import { tempDir } from '../support/tmp';
import { meetupAgenda } from './ingest-documents';

// `talkgraph ingest` of 100k documents must not hold every document's facts
// until it ends: with keepFacts: false the report keeps statuses only, while
// onResult still sees each document's facts and the store holds them all.

describe('ingest without keeping the facts in the report', () => {
  it('reports every document with facts null, and stores them all', async () => {
    const dir = tempDir();
    for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `meetup-${i}.md`), meetupAgenda(i));
    const store = new EmbeddedStore(tempDir());
    await store.init();
    try {
      const seen: LoadResult[] = [];
      const { results, failed } = await ingestPaths(store, [dir], {
        catalogs: loadCatalogs(),
        workers: 0,
        keepFacts: false,
        onResult: (r) => seen.push(r),
      });
      assert.equal(failed, 0);
      assert.deepEqual(
        results.map((r) => [r.status, r.facts]),
        seen.map((r) => [r.status, null]),
      );
      assert.ok(
        seen.every((r) => r.facts && r.facts.nodes.length > 0),
        'onResult got each document with its facts',
      );
      assert.equal((await store.stats()).documents, 3);
    } finally {
      await store.close();
    }
  });
});
