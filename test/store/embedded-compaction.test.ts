import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentFacts } from '../../src/model/graph';
import { EmbeddedStore } from '../../src/store/embedded';
import { tempDir } from '../support/tmp';
import { meetupFacts, storeState as state } from './embedded-support';

// A snapshot is written from the files, not from memory: each document's
// facts are copied from the last snapshot when unchanged since, else from its
// last journal entry. These tests change documents every way between
// snapshots (rewrite, remove, write twice, write after a compaction another
// process made) and compare the reopened store with one that was written the
// final documents directly.

async function open(dir: string): Promise<EmbeddedStore> {
  const s = new EmbeddedStore(dir, { pollMs: 0 });
  await s.init();
  return s;
}

async function fresh(final: Map<string, DocumentFacts>) {
  const s = await open(tempDir());
  await s.writeDocuments([...final.values()]);
  const st = await state(s);
  await s.close();
  return st;
}

function journalLines(dir: string): number {
  return readFileSync(join(dir, 'embedded', 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n').length;
}

describe('embedded store: snapshots written from the files', () => {
  it('copies unchanged documents from the last snapshot and changed ones from the journal; removed ones are gone', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const put = (f: DocumentFacts) => final.set(f.documentId, f);
    const a = await open(dir);
    for (let i = 0; i < 30; i++) put(meetupFacts(i));
    await a.writeDocuments([...final.values()]);
    await a.compactNow();
    for (let i = 5; i < 10; i++) {
      const changed = meetupFacts(i, 2);
      put(changed);
      await a.writeDocument(changed);
    }
    for (let i = 10; i < 15; i++) {
      await a.removeDocument(meetupFacts(i).documentId);
      final.delete(meetupFacts(i).documentId);
    }
    await a.writeDocuments([30, 31, 32].map((i) => meetupFacts(i)));
    for (const i of [30, 31, 32]) put(meetupFacts(i));
    await a.writeDocument(meetupFacts(5, 3)); // a document twice in one journal: the last one counts
    put(meetupFacts(5, 3));
    await a.compactNow();
    assert.equal(journalLines(dir), 1, 'every document is in the snapshot');
    await a.writeDocument(meetupFacts(6, 4)); // and one more after it, left in the journal
    put(meetupFacts(6, 4));
    await a.close();

    const b = await open(dir);
    assert.equal(b.counters.fullLoads, 0);
    const reopened = await state(b);
    await b.compactNow(); // a store that only opened snapshots the same
    await b.close();
    assert.deepEqual(reopened, await fresh(final));
    const c = await open(dir);
    assert.deepEqual(await state(c), reopened);
    await c.close();
  });

  it('a reader that followed a compaction of another writer, then writes, snapshots everything it holds', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const reader = await open(dir);
    const writer = await open(dir);
    const write = async (from: number, to: number) => {
      for (let i = from; i < to; i++) final.set(meetupFacts(i).documentId, meetupFacts(i));
      await writer.writeDocuments([...final.values()].slice(from, to));
    };
    await write(0, 5);
    await reader.refresh(); // it follows the first journal
    await write(5, 10);
    await writer.compactNow();
    await write(10, 15);
    await writer.close();
    await reader.refresh(); // the rest of the old journal, then the new one
    assert.equal(reader.counters.fullLoads, 0, 'the reader followed the compaction instead of loading again');
    assert.equal((await reader.stats()).documents, 15);
    await reader.writeDocument(meetupFacts(3, 2));
    final.set(meetupFacts(3).documentId, meetupFacts(3, 2));
    await reader.compactNow();
    await reader.close();
    const again = await open(dir);
    assert.deepEqual(await state(again), await fresh(final));
    await again.close();
  });
});
