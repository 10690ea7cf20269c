import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeId } from '../../src/model/ids';
import { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore } from '../../src/store/port';
import { buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';
import { tempDir } from '../support/tmp';
import { defineStoreContract } from './contract';

defineStoreContract('embedded', {
  async open() {
    const store = new EmbeddedStore(tempDir());
    await store.init();
    return store;
  },
  async reset(store: GraphStore) {
    const s = store as EmbeddedStore;
    const docs = await s.listNodes('Document', { first: 10_000 });
    for (const d of docs.nodes) await s.removeDocument(d.id);
  },
});

describe('embedded store on disk', () => {
  it('keeps the graph across restarts', async () => {
    const dir = tempDir();
    const a = new EmbeddedStore(dir);
    await a.init();
    await a.writeDocument(buildFacts(ecugAgenda));
    await a.close();
    const b = new EmbeddedStore(dir);
    await b.init();
    const [person] = await b.nodesById([nodeId('Person', '刘奇')]);
    assert.equal(person?.name, '刘奇');
    await b.close();
  });

  it('survives a write torn by a crash: the earlier state stays readable', async () => {
    const dir = tempDir();
    const a = new EmbeddedStore(dir);
    await a.init();
    await a.writeDocument(buildFacts(ecugAgenda));
    await a.close();
    // a crash mid-append leaves half a line behind
    const journal = join(dir, 'embedded', 'journal.jsonl');
    const line = JSON.stringify({ op: 'write', facts: buildFacts(techpartyRecap) });
    appendFileSync(journal, line.slice(0, line.length / 2));
    const b = new EmbeddedStore(dir);
    await b.init();
    assert.equal(b.tornLines, 1);
    assert.equal((await b.stats()).documents, 1);
    assert.ok((await b.nodesById([nodeId('Person', '刘奇')]))[0]);
  });

  it('a reader sees what another process wrote, without a restart', async () => {
    const dir = tempDir();
    const reader = new EmbeddedStore(dir);
    await reader.init();
    assert.equal((await reader.stats()).documents, 0);
    const writer = new EmbeddedStore(dir);
    await writer.init();
    await writer.writeDocument(buildFacts(techpartyRecap));
    await writer.close();
    assert.equal((await reader.stats()).documents, 1);
  });

  it('lets one writer at a time write to a data dir', async () => {
    const dir = tempDir();
    const first = new EmbeddedStore(dir);
    await first.init();
    await first.writeDocument(buildFacts(ecugAgenda));
    const lockFile = join(dir, 'embedded', 'write.lock');
    assert.ok(existsSync(lockFile));
    assert.equal(JSON.parse(readFileSync(lockFile, 'utf8')).pid, process.pid);
    await first.close();
    assert.ok(!existsSync(lockFile), 'the lock is released on close');
  });

  it('compacts the journal into a snapshot that loads the same graph', async () => {
    const dir = tempDir();
    const a = new EmbeddedStore(dir);
    await a.init();
    await a.writeDocument(buildFacts(ecugAgenda));
    await a.writeDocument(buildFacts(techpartyRecap));
    const before = await a.stats();
    await a.compactNow();
    await a.close();
    // the journal holds only its header: every document is in the snapshot
    assert.equal(
      readFileSync(join(dir, 'embedded', 'journal.jsonl'), 'utf8')
        .trim()
        .split('\n').length,
      1,
    );
    const b = new EmbeddedStore(dir);
    await b.init();
    assert.deepEqual(await b.stats(), before);
  });
});
