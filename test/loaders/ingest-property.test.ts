import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadCatalogs } from '../../loaders/catalogs';
import { ingestPaths } from '../../loaders/ingest';
import { ExtractionPool } from '../../loaders/pool';
import { EmbeddedStore } from '../../src/store/embedded';
import { ROOT } from '../support/cli';
import { tempDir } from '../support/tmp';

// The whole pipeline, store included, on mutated documents of the genre: it
// never throws, every document gets a status, and what was stored before is
// never lost. Sources: the repository's demo corpus (documents we wrote).

const DEMO = join(ROOT, 'demo', 'corpus');
const demoFiles = existsSync(DEMO) ? readdirSync(DEMO).map((f) => join(DEMO, f)) : [];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant('break-front-matter' as const) }),
  fc.record({ kind: fc.constant('junk-prefix' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 6 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, m: Mutation): Buffer {
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * m.at));
    case 'inject': {
      const at = Math.floor(bytes.length * m.at);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case 'break-front-matter':
      return Buffer.from(
        bytes
          .toString('latin1')
          .replace('---', '--- : [ {')
          .replace(/\n---\n/, '\n'),
        'latin1',
      );
    case 'junk-prefix':
      return Buffer.concat([Buffer.from(m.bytes), bytes]);
    case 'repeat':
      return Buffer.concat(Array.from({ length: m.times }, () => bytes));
  }
}

describe('ingest of mutated documents', () => {
  it(
    'never throws, reports every document, and never loses what was stored',
    { skip: demoFiles.length ? false : `no demo corpus at ${DEMO}` },
    async () => {
      const catalogs = loadCatalogs();
      // one pool for every call, as a long-running caller would keep, instead of new threads per mutant
      const pool = new ExtractionPool({ catalogs });
      const store = new EmbeddedStore(tempDir());
      await store.init();
      await ingestPaths(store, demoFiles, { catalogs, pool });
      const baseline = await store.nameRows();
      const baseIds = new Set(baseline.map((r) => r.id));
      const work = tempDir();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...demoFiles), mutation, async (file, m) => {
          const path = join(work, `mutant-${n++}.md`);
          writeFileSync(path, mutate(readFileSync(file), m));
          const { results } = await ingestPaths(store, [path], { catalogs, pool });
          assert.equal(results.length, 1);
          assert.ok(['stored', 'stored-with-warnings', 'rejected', 'unchanged'].includes(results[0].status));
          if (results[0].status === 'rejected') assert.ok(results[0].diagnostics.some((d) => d.severity === 'fatal'));
          const now = new Set((await store.nameRows()).map((r) => r.id));
          for (const id of baseIds) assert.ok(now.has(id), `${id} was lost after ingesting a ${m.kind} mutant`);
        }),
        { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20161), endOnFailure: true },
      );
      await store.close();
      await pool.close();
    },
  );
});
