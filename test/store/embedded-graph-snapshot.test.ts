import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentFacts } from '../../src/model/graph';
import { EmbeddedStore, type EmbeddedStoreOptions } from '../../src/store/embedded';
import { tempDir } from '../support/tmp';
import { meetupFacts, storeState } from './embedded-support';

// A writer leaves the merged graph in graph.jsonl (at the end of an ingest,
// and at each compaction of a long one), so opening a store loads it and
// replays only the journal after it. It is a cache: these tests hold every
// open to the answers of a store written the same documents directly, and
// check that a graph snapshot of another state, or a damaged one, is said on
// the warning channel and replaced by a full replay.

const graphFile = (dir: string) => join(dir, 'embedded', 'graph.jsonl');

async function open(dir: string, options: EmbeddedStoreOptions = {}) {
  const warnings: string[] = [];
  const s = new EmbeddedStore(dir, { pollMs: 0, warn: (m) => warnings.push(m), ...options });
  await s.init();
  return { s, warnings };
}

/** What a store written exactly these documents answers. */
async function fresh(final: Map<string, DocumentFacts>) {
  const { s } = await open(tempDir());
  await s.writeDocuments([...final.values()]);
  const st = await storeState(s);
  await s.close();
  return st;
}

/** Writes documents from..to (version 1) into the store and into `final`. */
async function ingest(s: EmbeddedStore, final: Map<string, DocumentFacts>, from: number, to: number) {
  const batch = Array.from({ length: to - from }, (_, k) => meetupFacts(from + k));
  for (const f of batch) final.set(f.documentId, f);
  await s.writeDocuments(batch);
}

describe('embedded store: the graph snapshot', () => {
  it('an ingest leaves one, and opening from it answers like a full replay', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const a = (await open(dir)).s;
    await ingest(a, final, 0, 40);
    await a.close();
    assert.equal(a.counters.graphSnapshots, 1);

    const b = await open(dir);
    assert.deepEqual(b.s.loaded, { from: 'graph-snapshot', tailBytes: 0, problem: null });
    const loaded = await storeState(b.s);
    await b.s.close();
    assert.equal(b.s.counters.graphSnapshots, 0, 'a store that only read writes none');
    assert.deepEqual(loaded, await fresh(final));

    unlinkSync(graphFile(dir));
    const c = await open(dir);
    assert.equal(c.s.loaded.from, 'replay');
    assert.deepEqual(c.warnings, [], 'no graph snapshot is no problem');
    assert.deepEqual(await storeState(c.s), loaded);
    await c.s.close();
  });

  it('replays the journal after it: rewrites, removals and new documents; a compaction then copies them right', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const a = (await open(dir)).s;
    await ingest(a, final, 0, 30);
    await a.close();

    const b = (await open(dir)).s;
    for (let i = 5; i < 10; i++) {
      final.set(meetupFacts(i).documentId, meetupFacts(i, 2));
      await b.writeDocument(meetupFacts(i, 2));
    }
    for (let i = 10; i < 15; i++) {
      final.delete(meetupFacts(i).documentId);
      await b.removeDocument(meetupFacts(i).documentId);
    }
    await ingest(b, final, 30, 33);
    await b.close();
    assert.equal(b.counters.graphSnapshots, 0, 'a short tail does not rewrite the graph snapshot');

    const c = await open(dir);
    assert.equal(c.s.loaded.from, 'graph-snapshot');
    assert.ok(c.s.loaded.tailBytes > 0, 'the writes after it were replayed');
    assert.deepEqual(await storeState(c.s), await fresh(final));
    // documents the graph snapshot holds are still copied from their journal entries
    final.set(meetupFacts(2).documentId, meetupFacts(2, 3));
    await c.s.writeDocument(meetupFacts(2, 3));
    await c.s.compactNow();
    await c.s.close();
    const d = await open(dir);
    assert.deepEqual(d.s.loaded, { from: 'graph-snapshot', tailBytes: 0, problem: null });
    assert.deepEqual(await storeState(d.s), await fresh(final));
    await d.s.close();
    unlinkSync(graphFile(dir));
    const e = await open(dir);
    assert.deepEqual(
      await storeState(e.s),
      await fresh(final),
      'the snapshot.jsonl the compaction wrote holds them all',
    );
    await e.s.close();
  });

  it('a long ingest leaves one at each compaction, so a reader opening midway replays only since then', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const writer = (await open(dir, { compactMinBytes: 20_000, compactRatio: 0 })).s;
    for (let i = 0; i < 60; i += 3) await ingest(writer, final, i, i + 3);
    assert.ok(writer.counters.compactions >= 2, `compactions: ${writer.counters.compactions}`);
    assert.equal(writer.counters.graphSnapshots, writer.counters.compactions);
    // the writer has not closed (as if it were still ingesting, or killed)
    const reader = await open(dir);
    assert.equal(reader.s.loaded.from, 'graph-snapshot');
    const journalBytes = statSync(join(dir, 'embedded', 'journal.jsonl')).size;
    assert.ok(reader.s.loaded.tailBytes < journalBytes);
    assert.deepEqual(await storeState(reader.s), await fresh(final));
    await reader.s.close();
    await writer.close();
  });

  it('one of an older generation is said stale and not used; the next writer replaces it', async () => {
    const dir = tempDir();
    const final = new Map<string, DocumentFacts>();
    const a = (await open(dir)).s;
    await ingest(a, final, 0, 10);
    await a.close();
    const older = readFileSync(graphFile(dir));
    const b = (await open(dir)).s;
    await ingest(b, final, 10, 20);
    await b.compactNow();
    await b.close();
    writeFileSync(graphFile(dir), older);

    const c = await open(dir);
    assert.equal(c.s.loaded.from, 'replay');
    assert.equal(c.warnings.length, 1);
    assert.match(c.warnings[0], /graph\.jsonl is stale: it is of generation 0, the store of generation 1/);
    assert.match(c.warnings[0], /whole journal was replayed/);
    assert.deepEqual(await storeState(c.s), await fresh(final));
    await ingest(c.s, final, 20, 21);
    await c.s.close();
    assert.equal(c.s.counters.graphSnapshots, 1, 'the writer put a current one in place');
    const d = await open(dir);
    assert.deepEqual([d.s.loaded.from, d.warnings], ['graph-snapshot', []]);
    assert.deepEqual(await storeState(d.s), await fresh(final));
    await d.s.close();
  });

  it('one that follows another journal of the same generation is said stale', async () => {
    const dir = tempDir();
    const a = (await open(dir)).s;
    await ingest(a, new Map(), 0, 10);
    await a.close();
    // another store's journal, of the same generation and longer, put in its place
    const other = tempDir();
    const final = new Map<string, DocumentFacts>();
    const b = (await open(other)).s;
    for (let i = 0; i < 20; i++) {
      final.set(meetupFacts(i).documentId, meetupFacts(i, 5));
      await b.writeDocument(meetupFacts(i, 5));
    }
    await b.close();
    copyFileSync(join(other, 'embedded', 'journal.jsonl'), join(dir, 'embedded', 'journal.jsonl'));

    const c = await open(dir);
    assert.equal(c.s.loaded.from, 'replay');
    assert.match(c.warnings.join('\n'), /is stale: the journal it follows was replaced/);
    assert.deepEqual(await storeState(c.s), await fresh(final));
    await c.s.close();
  });

  for (const [damage, hurt] of [
    ['cut short', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    [
      'with one digit changed',
      (file: string) => {
        const bytes = readFileSync(file);
        let at = bytes.length >> 1;
        while (bytes[at] < 0x30 || bytes[at] > 0x39) at++;
        bytes[at] = 0x30 + ((bytes[at] - 0x30 + 1) % 10); // still JSON, another number: only the checksum tells
        writeFileSync(file, bytes);
      },
    ],
    ['emptied', (file: string) => writeFileSync(file, '')],
  ] as const) {
    it(`one ${damage} is said damaged and not used`, async () => {
      const dir = tempDir();
      const final = new Map<string, DocumentFacts>();
      const a = (await open(dir)).s;
      await ingest(a, final, 0, 25);
      await a.close();
      hurt(graphFile(dir));

      const b = await open(dir);
      assert.equal(b.s.loaded.from, 'replay');
      assert.equal(b.warnings.length, 1);
      assert.match(b.warnings[0], /graph\.jsonl/);
      assert.match(b.warnings[0], /whole journal was replayed/);
      assert.deepEqual(await storeState(b.s), await fresh(final));
      await b.s.close();
      assert.ok(existsSync(graphFile(dir)));
    });
  }
});
