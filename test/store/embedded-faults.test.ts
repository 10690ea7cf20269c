import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EmbeddedStore } from '../../src/store/embedded';
import type { DurableFs } from '../../src/store/embedded/durable';
import { tempDir } from '../support/tmp';
import { child, meetupFacts, until } from './embedded-support';

// The journal never says "stored" for a document it could lose. Each fault
// is real: the disk (through the store's fs seam) refuses bytes, a crash
// leaves half a line, two real processes write at once, a real process is
// killed with SIGKILL mid-compaction. After each, a fresh store is opened on
// the same folder and must hold every document that was reported stored.

async function storedIds(dir: string): Promise<string[]> {
  const s = new EmbeddedStore(dir, { pollMs: 0 });
  await s.init();
  const docs = await s.listNodes('Document', { first: 100_000 });
  await s.close();
  return docs.nodes.map((n) => n.id).sort();
}

const id = (i: number) => meetupFacts(i).documentId;

describe('embedded journal under faults', () => {
  it('continues a short write: every document lands whole', async () => {
    const dir = tempDir();
    let shortWrites = 0;
    const fs: Partial<DurableFs> = {
      writeSync: (fd, buf, off, len, pos) => {
        const n = len > 1 ? Math.ceil(len / 3) : len; // the disk takes a third at a time
        if (n < len) shortWrites++;
        return nodeFs.writeSync(fd, buf, off, n, pos);
      },
    };
    const s = new EmbeddedStore(dir, { fs, pollMs: 0 });
    await s.init();
    for (let i = 0; i < 20; i++) assert.equal((await s.writeDocument(meetupFacts(i))).changed, true);
    await s.close();
    assert.ok(shortWrites >= 20, 'the seam did cut writes short');
    assert.deepEqual(await storedIds(dir), Array.from({ length: 20 }, (_, i) => id(i)).sort());
  });

  it('a full disk fails that write loudly, and keeps every document it reported stored', async () => {
    const dir = tempDir();
    let full = false;
    const fs: Partial<DurableFs> = {
      writeSync: (fd, buf, off, len, pos) => {
        if (!full) return nodeFs.writeSync(fd, buf, off, len, pos);
        // half of the line reaches the disk, then it is full
        nodeFs.writeSync(fd, buf, off, Math.floor(len / 2), pos);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    const s = new EmbeddedStore(dir, { fs, pollMs: 0 });
    await s.init();
    const reported: string[] = [];
    for (let i = 0; i < 55; i++) {
      full = i === 54 || i === 30;
      try {
        await s.writeDocument(meetupFacts(i));
        reported.push(id(i));
      } catch (e) {
        assert.match((e as Error).message, /ENOSPC/);
        // should the process die right now, the journal holds only whole entries
        assert.ok(readFileSync(join(dir, 'embedded', 'journal.jsonl'), 'utf8').endsWith('}\n'));
      }
    }
    full = false;
    await s.writeDocument(meetupFacts(30)); // space again: the refused one can be written later
    reported.push(id(30));
    await s.close();
    assert.equal(reported.length, 54);
    assert.deepEqual(await storedIds(dir), reported.sort());
    const reopened = new EmbeddedStore(dir, { pollMs: 0 });
    await reopened.init();
    assert.equal(reopened.tornLines, 0, 'the half line was cut off, not left for the next entry to join');
    await reopened.close();
  });

  it('cuts a torn tail before appending, so an entry after it is not lost', async () => {
    const dir = tempDir();
    const a = new EmbeddedStore(dir, { pollMs: 0 });
    await a.init();
    await a.writeDocument(meetupFacts(1));
    await a.writeDocument(meetupFacts(2));
    await a.close();
    const big = meetupFacts(3);
    big.nodes[0].props.name = '长'.repeat(5000); // longer than the entry appended next, so overwriting it is not enough
    const line = JSON.stringify({ op: 'write', facts: big });
    appendFileSync(join(dir, 'embedded', 'journal.jsonl'), line.slice(0, line.length / 2)); // a crash mid-append
    const b = new EmbeddedStore(dir, { pollMs: 0 });
    await b.init();
    assert.equal(b.tornLines, 1);
    await b.writeDocument(meetupFacts(4)); // "3 stored"
    await b.close();
    assert.deepEqual(await storedIds(dir), [id(1), id(2), id(4)]);
    const c = new EmbeddedStore(dir, { pollMs: 0 });
    await c.init();
    assert.equal(c.tornLines, 0, 'no part of the torn line is left behind the new entry');
    await c.close();
  });

  it('recovers an entry an earlier talkgraph appended onto a torn line', async () => {
    const dir = tempDir();
    const line = (i: number) => JSON.stringify({ op: 'write', facts: meetupFacts(i) });
    const torn = line(2).slice(0, 200);
    const journal = join(dir, 'embedded', 'journal.jsonl');
    mkdirSync(join(dir, 'embedded'), { recursive: true });
    writeFileSync(journal, `${line(1)}\n${torn}${line(3)}\n`); // the layout the old journal left
    const s = new EmbeddedStore(dir, { pollMs: 0 });
    await s.init();
    assert.equal(s.tornLines, 1);
    assert.deepEqual((await s.listNodes('Document', { first: 10 })).nodes.map((n) => n.id).sort(), [id(1), id(3)]);
    await s.close();
  });

  it('removes a compaction temp file a dead process left, and keeps a live one’s', async () => {
    const dir = tempDir();
    const a = new EmbeddedStore(dir, { pollMs: 0 });
    await a.init();
    await a.writeDocument(meetupFacts(1));
    await a.close();
    const dead = child('', {});
    await dead.exited;
    const orphan = join(dir, 'embedded', `snapshot.jsonl.${dead.proc.pid}.tmp`);
    const live = join(dir, 'embedded', `snapshot.jsonl.${process.pid}.tmp`);
    writeFileSync(orphan, '{"format":"talkgraph-embedded"');
    writeFileSync(live, '{"format":"talkgraph-embedded"');
    const b = new EmbeddedStore(dir, { pollMs: 0 });
    await b.init();
    assert.deepEqual(b.orphansRemoved, [`snapshot.jsonl.${dead.proc.pid}.tmp`]);
    assert.ok(!existsSync(orphan));
    assert.ok(existsSync(live));
    assert.deepEqual(
      (await b.listNodes('Document', { first: 10 })).nodes.map((n) => n.id),
      [id(1)],
    );
    await b.close();
  });
});

describe('embedded write lock', () => {
  const lockPath = (dir: string) => join(dir, 'embedded', 'write.lock');
  const prepared = () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'embedded'), { recursive: true });
    return dir;
  };

  it('an empty or garbage lock file is not "pid 0, taken over"', async () => {
    for (const content of ['', 'garbage', '0']) {
      const dir = prepared();
      writeFileSync(lockPath(dir), content);
      const s = new EmbeddedStore(dir, { pollMs: 0 });
      await s.init();
      await assert.rejects(s.writeDocument(meetupFacts(1)), /empty or unreadable/);
      assert.equal(readFileSync(lockPath(dir), 'utf8'), content, 'the lock is left alone');
      // the same file, long abandoned, is stale
      const old = new Date(Date.now() - 10 * 60_000);
      utimesSync(lockPath(dir), old, old);
      await s.writeDocument(meetupFacts(1));
      assert.equal(JSON.parse(readFileSync(lockPath(dir), 'utf8')).pid, process.pid);
      await s.close();
    }
  });

  it('takes over a lock whose holder died, or whose pid now belongs to another process', async () => {
    const dead = child('', {});
    await dead.exited;
    for (const holder of [
      { pid: dead.proc.pid, start: '1', host: hostname(), since: '' },
      { pid: process.pid, start: 'not-my-start-time', host: hostname(), since: '' },
      String(dead.proc.pid), // a lock an earlier talkgraph wrote
    ]) {
      const dir = prepared();
      writeFileSync(lockPath(dir), typeof holder === 'string' ? holder : JSON.stringify(holder));
      const s = new EmbeddedStore(dir, { pollMs: 0 });
      await s.init();
      await s.writeDocument(meetupFacts(1));
      await s.close();
      assert.deepEqual(await storedIds(dir), [id(1)]);
    }
  });

  it('two writer processes at once: one writes, the other is refused, nothing reported stored is lost', async () => {
    const dir = tempDir();
    const script = `
      const s = new store.EmbeddedStore(args.dir, { pollMs: 0 });
      await s.init();
      console.log('ready');
      while (!require('node:fs').existsSync(args.go)) await new Promise((r) => setTimeout(r, 5));
      try {
        for (let i = args.from; i < args.from + 40; i++) {
          const facts = support.meetupFacts(i);
          await s.writeDocument(facts);
          console.log('stored ' + facts.documentId);
        }
      } finally { await s.close(); }`;
    const go = join(tempDir(), 'go');
    const a = child(script, { dir, go, from: 0 });
    const b = child(script, { dir, go, from: 1000 });
    await until(() => a.lines.includes('ready') && b.lines.includes('ready'), 'both writers ready');
    writeFileSync(go, '');
    const codes = await Promise.all([a.exited, b.exited]);
    const reported = [...a.lines, ...b.lines].filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
    const refused = [...a.lines, ...b.lines].filter((l) => l.startsWith('error '));
    assert.ok(codes.includes(0), 'one writer finished');
    assert.ok(reported.length >= 40);
    for (const r of refused) assert.match(r, /another talkgraph process \(pid \d+\) is writing/);
    assert.deepEqual(await storedIds(dir), reported.sort());
  });
});

describe('embedded store killed mid-compaction', () => {
  // The child writes documents, then compacts; the fs seam stops it at one
  // step of the compaction and tells the parent, which kills it with SIGKILL.
  const script = `
    const fs = require('node:fs');
    const pause = () => { console.log('paused'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); };
    const seam = {
      writeSync: (fd, buf, off, len, pos) => {
        const n = fs.writeSync(fd, buf, off, len, pos);
        if (args.at === 'snapshot-write' && compacting && pos > 0) pause();
        return n;
      },
      renameSync: (from, to) => {
        fs.renameSync(from, to);
        if (args.at === 'after-snapshot-rename' && compacting && to.endsWith('snapshot.jsonl')) pause();
      },
    };
    let compacting = false;
    const s = new store.EmbeddedStore(args.dir, { fs: seam, pollMs: 0 });
    await s.init();
    for (let i = 0; i < args.count; i++) {
      const facts = support.meetupFacts(i);
      await s.writeDocument(facts);
      console.log('stored ' + facts.documentId);
    }
    compacting = true;
    await s.compactNow();
    console.log('compacted');`;

  for (const at of ['snapshot-write', 'after-snapshot-rename']) {
    it(`at ${at}: nothing reported stored is lost, no temp file stays, and writing goes on`, async () => {
      const dir = tempDir();
      const c = child(script, { dir, at, count: 2000 });
      await until(() => c.lines.includes('paused') || c.lines.includes('compacted'), 'the compaction', 120_000);
      assert.ok(c.lines.includes('paused'), c.lines.join('\n'));
      c.proc.kill('SIGKILL');
      await c.exited;
      const reported = c.lines.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
      assert.equal(reported.length, 2000);
      const s = new EmbeddedStore(dir, { pollMs: 0 });
      await s.init();
      assert.equal(s.tornLines, 0);
      assert.deepEqual(
        (await s.listNodes('Document', { first: 100_000 })).nodes.map((n) => n.id).sort(),
        reported.sort(),
      );
      assert.deepEqual(
        readdirSync(join(dir, 'embedded')).filter((f) => f.endsWith('.tmp')),
        [],
        'the dead writer’s temp file was removed',
      );
      await s.writeDocument(meetupFacts(5000)); // the next writer repairs what the crash left and goes on
      await s.close();
      assert.deepEqual(await storedIds(dir), [...reported, id(5000)].sort());
    });
  }
});
