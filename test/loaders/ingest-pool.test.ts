import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCatalogs } from '../../loaders/catalogs';
import { ingestPaths } from '../../loaders/ingest';
import { EmbeddedStore } from '../../src/store/embedded';
import { tempDir } from '../support/tmp';
import { meetupAgenda } from './ingest-documents';

// The per-document deadline: a document whose extraction outlasts it is
// stopped (its thread replaced) and reported by path as `timeout`; the
// documents after it are still extracted and stored, in walk order.

describe('ingest with a per-document deadline', () => {
  const catalogs = loadCatalogs();
  let store: EmbeddedStore;
  before(async () => {
    store = new EmbeddedStore(tempDir());
    await store.init();
  });
  after(() => store.close());

  it('stops a document past its deadline, reports it by path, and stores the rest', async () => {
    const dir = tempDir();
    const files = ['a-first.md', 'b-huge.md', 'c-third.md', 'd-fourth.md'].map((n) => join(dir, n));
    writeFileSync(files[0], meetupAgenda(1));
    // ~12 MB of agendas: seconds of extraction at any speed this project has had; small ones take milliseconds
    const block = meetupAgenda(7, 4);
    writeFileSync(files[1], block.repeat(Math.ceil(12e6 / Buffer.byteLength(block))));
    writeFileSync(files[2], meetupAgenda(3));
    writeFileSync(files[3], meetupAgenda(4));

    const { results, failed, pool } = await ingestPaths(store, [dir], { catalogs, workers: 2, deadlineMs: 3000 });
    assert.deepEqual(
      results.map((r) => r.path),
      files,
      'results come in walk order',
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ['stored', 'rejected', 'stored', 'stored'],
    );
    const timeout = results[1].diagnostics.find((d) => d.code === 'timeout');
    assert.ok(timeout, 'the huge document is rejected as a timeout');
    assert.ok(timeout.message.includes(files[1]), `the timeout names the document: ${timeout.message}`);
    assert.equal(failed, 1);
    assert.equal(pool.timedOut, 1);
    // a replacement thread starts only when work is waiting for it
    assert.ok(pool.started >= 2 && pool.started <= 3, `threads started: ${pool.started}`);
    const talks = await store.nameRows();
    assert.ok(talks.length > 0);
    for (const f of [files[0], files[2], files[3]])
      assert.ok(results.find((r) => r.path === f)?.facts, `${f} was extracted after the timeout`);
  });

  it('gives the same facts in threads as inline', async () => {
    const dir = tempDir();
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `m${i}.md`), meetupAgenda(10 + i));
    const stores = [new EmbeddedStore(tempDir()), new EmbeddedStore(tempDir())];
    const inline = await ingestPaths(stores[0], [dir], { catalogs, workers: 0 });
    const threaded = await ingestPaths(stores[1], [dir], { catalogs, workers: 2 });
    for (const s of stores) await s.close();
    assert.deepEqual(
      threaded.results.map((r) => r.facts),
      inline.results.map((r) => r.facts),
    );
    assert.equal(inline.pool.started, 0);
    assert.equal(threaded.pool.started, 2);
  });
});
