import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN as CLI, DEMO_CORPUS, ROOT, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// An unreadable folder (or file) during ingest, as a user meets it: each is
// reported by path with the reason, the readable documents are stored, and the
// summary counts both. Permissions do not bind root, so when the tests run as
// root (as in CI) the built CLI runs as nobody, on a copy under /tmp that nobody
// can read, with a data dir nobody can write: the test never skips.

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** docs/ with two readable documents, a locked/ folder holding a third, and one locked file. */
function lockedCorpus() {
  const top = tempDir('talkgraph-unreadable-');
  chmodSync(top, 0o755); // mkdtemp makes it 0700: nobody could not even reach docs/
  const docs = join(top, 'docs');
  const locked = join(docs, 'locked');
  mkdirSync(locked, { recursive: true });
  const [a, b, c, d] = readdirSync(DEMO_CORPUS).sort();
  copyFileSync(join(DEMO_CORPUS, a), join(docs, a));
  copyFileSync(join(DEMO_CORPUS, b), join(docs, b));
  copyFileSync(join(DEMO_CORPUS, c), join(locked, c));
  copyFileSync(join(DEMO_CORPUS, d), join(docs, d));
  for (const f of [docs, locked]) chmodSync(f, 0o755);
  for (const f of [a, b]) chmodSync(join(docs, f), 0o644);
  chmodSync(join(locked, c), 0o644);
  chmodSync(join(docs, d), 0o000);
  chmodSync(locked, 0o000);
  const data = join(top, 'data');
  mkdirSync(data);
  if (asRoot) chownSync(data, NOBODY, NOBODY);
  return { docs, locked, lockedFile: join(docs, d), data, readable: [a, b] };
}

function ingestUnprivileged(args: string[]) {
  const env = { ...process.env, NEO4J_URI: '' };
  const r = asRoot
    ? spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env,
      })
    : spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(r.error, undefined, `could not run the CLI${asRoot ? ' as nobody (setpriv)' : ''}: ${r.error}`);
  return r;
}

describe(`ingest with an unreadable folder and file (as ${asRoot ? 'nobody, via setpriv' : 'this user'})`, () => {
  it('reports each by path with the reason, stores the readable documents, and sums up', () => {
    const c = lockedCorpus();
    const r = ingestUnprivileged(['ingest', '--data-dir', c.data, c.docs]);
    assert.equal(r.status, 1, `exit 1: part of the work failed\n${r.stdout}${r.stderr}`);
    const out = r.stdout + r.stderr;
    assert.match(out, new RegExp(`unreadable: ${c.locked}: folder cannot be read: EACCES`), out);
    assert.match(out, new RegExp(`${c.lockedFile.replace(/[.]/g, '\\.')}.*EACCES`), out);
    for (const f of c.readable)
      assert.match(out, new RegExp(`stored\\S*\\s+${join(c.docs, f).replace(/[.]/g, '\\.')}`), out);
    assert.match(out, /ingested 4 documents: 2 stored .*2 rejected/, out);

    // the store holds the readable documents: a second look, as root or not
    const stats = talkgraph(['stats', '--json', '--data-dir', c.data]);
    assert.equal(stats.status, 0, stats.stderr);
    assert.equal(JSON.parse(stats.stdout).documents, 2);
  });
});
