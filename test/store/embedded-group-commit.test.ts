import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import { describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/store/embedded';
import type { DurableFs } from '../../src/store/embedded/durable';
import { tempDir } from '../support/tmp';
import { meetupFacts } from './embedded-support';

// Group commit: writeDocuments appends a whole batch with one fsync, and a
// document is only reported stored once its bytes are durable. Counted
// through the store's fs seam (real files underneath), reopened from disk.

async function storedIds(dir: string): Promise<string[]> {
  const s = new EmbeddedStore(dir, { pollMs: 0 });
  await s.init();
  const docs = await s.listNodes('Document', { first: 1000 });
  await s.close();
  return docs.nodes.map((n) => n.id).sort();
}

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => meetupFacts(from + i).documentId).sort();

describe('embedded store group commit', () => {
  it('stores a batch of 50 documents with one fsync, and they are there after reopening', async () => {
    const dir = tempDir();
    let fsyncs = 0;
    const fs: Partial<DurableFs> = {
      fsyncSync: (fd) => {
        fsyncs++;
        nodeFs.fsyncSync(fd);
      },
    };
    const s = new EmbeddedStore(dir, { fs, pollMs: 0 });
    await s.init();
    await s.writeDocument(meetupFacts(999)); // opens the journal (its own fsyncs)
    const before = fsyncs;
    const batch = Array.from({ length: 50 }, (_, i) => meetupFacts(i));
    const outcomes = await s.writeDocuments(batch);
    assert.equal(fsyncs - before, 1);
    assert.deepEqual(
      outcomes.map((o) => o.ok && o.summary.changed),
      batch.map(() => true),
    );
    // the same batch again changes nothing and writes nothing
    const again = await s.writeDocuments(batch);
    assert.equal(fsyncs - before, 1);
    assert.ok(again.every((o) => o.ok && !o.summary.changed));
    await s.close();
    assert.deepEqual(await storedIds(dir), [...ids(0, 50), meetupFacts(999).documentId].sort());
  });

  it('a document twice in a batch ends as its last version, like writing them one by one', async () => {
    const dir = tempDir();
    const s = new EmbeddedStore(dir, { pollMs: 0 });
    await s.init();
    const outcomes = await s.writeDocuments([meetupFacts(1, 1), meetupFacts(1, 2), meetupFacts(1, 2)]);
    assert.deepEqual(
      outcomes.map((o) => o.ok && o.summary.changed),
      [true, true, false],
    );
    const hash = await s.documentHash(meetupFacts(1).documentId);
    await s.close();
    const reopened = new EmbeddedStore(dir, { pollMs: 0 });
    await reopened.init();
    assert.equal(await reopened.documentHash(meetupFacts(1).documentId), hash);
    assert.equal(hash, meetupFacts(1, 2).nodes.find((n) => n.id === meetupFacts(1).documentId)?.props.contentHash);
    await reopened.close();
  });

  it('a full disk fails the whole batch: none reported stored, earlier documents kept, the next batch lands', async () => {
    const dir = tempDir();
    let full = false;
    const fs: Partial<DurableFs> = {
      writeSync: (fd, buf, off, len, pos) => {
        if (!full) return nodeFs.writeSync(fd, buf, off, len, pos);
        nodeFs.writeSync(fd, buf, off, Math.floor(len / 2), pos); // half the batch reaches the disk
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    const s = new EmbeddedStore(dir, { fs, pollMs: 0 });
    await s.init();
    assert.ok((await s.writeDocuments([meetupFacts(0), meetupFacts(1)])).every((o) => o.ok));
    full = true;
    const failed = await s.writeDocuments([meetupFacts(2), meetupFacts(3), meetupFacts(4)]);
    assert.ok(failed.every((o) => !o.ok && /ENOSPC/.test(o.error.message)));
    assert.equal(await s.documentHash(meetupFacts(2).documentId), null, 'nothing of the failed batch is applied');
    full = false;
    assert.ok((await s.writeDocuments([meetupFacts(5)])).every((o) => o.ok));
    await s.close();
    assert.deepEqual(await storedIds(dir), [...ids(0, 2), meetupFacts(5).documentId].sort());
  });
});
