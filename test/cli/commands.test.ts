import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_CORPUS, queryJson, ROOT, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// The command line as a user meets it: version, help, typos, where a query
// comes from, how the answer looks, and the advice when something is off.

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Runs talkgraph under a pseudo-terminal (util-linux `script`), so stdout is a TTY as in a shell. */
function onTerminal(args: string[]): string {
  const quoted = ['node', 'bin/talkgraph.js', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', quoted, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '' },
  });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  return r.stdout.replace(/\r\n/g, '\n');
}

function ingestedDemo(): string {
  const data = tempDir();
  const r = talkgraph(['ingest', '-q', '--data-dir', data, DEMO_CORPUS]);
  assert.equal(r.status, 0, r.stderr);
  return data;
}

describe('talkgraph command line', () => {
  it('prints its version and a help for every command, with examples', () => {
    const v = talkgraph(['--version']);
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), PKG.version);
    const top = talkgraph(['--help']);
    assert.equal(top.status, 0);
    for (const c of ['ingest', 'query', 'serve', 'remove', 'stats']) assert.match(top.stdout, new RegExp(`\\n  ${c} `));
    assert.match(top.stdout, /Exit status: 0 done, 1 .*, 2 a usage mistake, 3 the store is\s+unreachable/s);
    for (const c of ['ingest', 'query', 'serve', 'remove', 'stats']) {
      const h = talkgraph([c, '--help']);
      assert.equal(h.status, 0, `${c} --help: ${h.stderr}`);
      assert.match(h.stdout, new RegExp(`^Usage: talkgraph ${c} `));
      assert.match(h.stdout, new RegExp(`Examples:\\n  \\$ talkgraph ${c}|Examples:\\n  \\$ .*talkgraph ${c}`));
      assert.equal(h.stderr, '');
    }
    assert.equal(talkgraph(['help', 'query']).stdout, talkgraph(['query', '--help']).stdout);
  });

  it('suggests the command or option meant by a typo, and exits 2', () => {
    const cmd = talkgraph(['qurey', '{ talks { totalCount } }']);
    assert.equal(cmd.status, 2);
    assert.match(cmd.stderr, /unknown command 'qurey'\n\(Did you mean query\?\)/);
    const opt = talkgraph(['ingest', '--data-dri', tempDir(), DEMO_CORPUS]);
    assert.equal(opt.status, 2);
    assert.match(opt.stderr, /unknown option '--data-dri'\n\(Did you mean --data-dir\?\)/);
    const none = talkgraph([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage: talkgraph/);
    const noPath = talkgraph(['ingest']);
    assert.equal(noPath.status, 2);
    assert.match(noPath.stderr, /missing required argument 'path'/);
  });

  it('reads the query from a file, from stdin, and picks a named operation', () => {
    const data = ingestedDemo();
    const text = '{ talks(first: 1) { totalCount } }';
    const inline = talkgraph(['query', '--data-dir', data, text]);
    assert.equal(inline.status, 0, inline.stderr);
    const total = JSON.parse(inline.stdout).data.talks.totalCount;
    assert.ok(total > 10, `the demo corpus has talks, got ${total}`);

    const file = join(tempDir(), 'q.graphql');
    writeFileSync(file, text);
    assert.deepEqual(
      JSON.parse(talkgraph(['query', '--data-dir', data, '-f', file]).stdout),
      JSON.parse(inline.stdout),
    );
    for (const args of [['-'], ['-f', '-']]) {
      const piped = talkgraph(['query', '--data-dir', data, ...args], {}, text);
      assert.equal(piped.status, 0, piped.stderr);
      assert.equal(JSON.parse(piped.stdout).data.talks.totalCount, total);
    }

    const examples = join(ROOT, 'schema', 'examples.graphql');
    const op = talkgraph(['query', '--data-dir', data, '-f', examples, '--operation', 'WhoSpokeAboutContainers']);
    assert.equal(op.status, 0, op.stderr);
    const speakers = JSON.parse(op.stdout).data.speakersOn as { person: { name: string } }[];
    assert.ok(speakers.length > 0, 'someone in the demo corpus spoke about containers');

    const several = talkgraph(['query', '--data-dir', data, '-f', examples]);
    assert.equal(several.status, 2);
    assert.match(
      several.stderr,
      /holds \d+ operations; pick one with --operation NAME\noperations: .*WhoSpokeAboutContainers/,
    );
    const typo = talkgraph(['query', '--data-dir', data, '-f', examples, '--operation', 'whospokeaboutcontainer']);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /no such operation in .*examples\.graphql; did you mean WhoSpokeAboutContainers\?/);
    const missing = talkgraph(['query', '--data-dir', data, '-f', join(data, 'nope.graphql')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--file .*nope\.graphql: no such file/);
    const both = talkgraph(['query', '--data-dir', data, '-f', file, text]);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /either as an argument or with --file, not both/);
  });

  it('indents the answer on a terminal, and prints one compact line when piped or with --json', () => {
    const data = ingestedDemo();
    const q = '{ talks(first: 2) { totalCount nodes { title } } }';
    const piped = talkgraph(['query', '--data-dir', data, q]).stdout;
    assert.equal(piped.trim().split('\n').length, 1);
    const answer = JSON.parse(piped);
    const pretty = onTerminal(['query', '--data-dir', data, q]);
    assert.equal(pretty.trim(), JSON.stringify(answer, null, 2));
    const compact = onTerminal(['query', '--json', '--data-dir', data, q]);
    assert.equal(compact.trim(), JSON.stringify(answer));
    const stats = onTerminal(['stats', '--data-dir', data]);
    assert.match(stats, /embedded store in .*\n {2}documents +8\n/);
  });

  it('counts what the store holds', () => {
    const data = ingestedDemo();
    const r = talkgraph(['stats', '--data-dir', data]);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    const people = queryJson(data, '{ people(first: 1) { totalCount } talks(first: 1) { totalCount } }').data;
    assert.equal(s.documents, 8);
    assert.equal(s.nodes.Person, people.people.totalCount);
    assert.equal(s.nodes.Talk, people.talks.totalCount);
    assert.ok(s.rels > s.nodes.Talk);
  });

  it('warns when the data dir does not exist or is empty, instead of answering from nothing in silence', () => {
    const typo = join(tempDir(), 'talkgrpah');
    const r = talkgraph(['query', '--data-dir', typo, '{ talks { totalCount } }']);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), { data: { talks: { totalCount: 0 } } });
    assert.match(r.stderr, new RegExp(`warning: data dir ${typo} does not exist, so the store is empty`));
    assert.equal(existsSync(typo), false, 'a query must not create the mistyped folder');
    const again = talkgraph(['stats', '--data-dir', typo]);
    assert.match(again.stderr, /does not exist, so the store is empty/);
    assert.equal(existsSync(typo), false, 'nor must stats');
    const empty = tempDir();
    const none = talkgraph(['query', '--data-dir', empty, '{ talks { totalCount } }']);
    assert.match(none.stderr, /holds no documents; ingest some first/);
    const full = talkgraph(['query', '--data-dir', ingestedDemo(), '{ talks { totalCount } }']);
    assert.equal(full.stderr, '');
  });

  it('says what to do when the port is taken, and exits 1', async () => {
    const holder = createServer();
    await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', () => ok()));
    const port = (holder.address() as { port: number }).port;
    try {
      const r = spawnSync(
        process.execPath,
        ['bin/talkgraph.js', 'serve', '--data-dir', ingestedDemo(), '--port', String(port)],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NEO4J_URI: '' },
          timeout: 60_000,
        },
      );
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
      assert.match(r.stderr, /--port 0 picks a free one/);
      assert.doesNotMatch(r.stderr, /EADDRINUSE|at Server\./);
    } finally {
      holder.close();
    }
  });

  it('rejects a bad port and non-object variables as usage mistakes', () => {
    const port = talkgraph(['serve', '--port', 'http']);
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port: not a port number: http/);
    const vars = talkgraph(['query', '--data-dir', tempDir(), '--variables', '[1]', '{ talks { totalCount } }']);
    assert.equal(vars.status, 2);
    assert.match(vars.stderr, /--variables: give a JSON object/);
  });
});

describe('talkgraph on an unreachable Neo4j', () => {
  const check = (uri: string, cause: RegExp) => {
    const r = talkgraph(['stats'], { NEO4J_URI: uri });
    assert.equal(r.status, 3, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line: ${r.stderr}`);
    assert.ok(lines[0].includes(`Neo4j at ${uri} is unreachable`), lines[0]);
    assert.match(lines[0], cause);
    assert.doesNotMatch(lines[0], /Please ensure|Neo4j 4\.0|Caused by/, 'no driver boilerplate');
  };

  it('names the URI and says the connection was refused, in one line, exit 3', () => {
    check('bolt://127.0.0.1:9', /: the connection was refused; is Neo4j running on that host and port\?$/);
  });

  it('says when the port answers HTTP instead of Bolt', async () => {
    const http = await import('node:http');
    const server = http.createServer((_req, res) => res.end('Neo4j Browser'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    try {
      const { port } = server.address() as { port: number };
      const r = await new Promise<{ status: number | null; stderr: string }>((ok) => {
        const child = spawn(process.execPath, ['bin/talkgraph.js', 'stats'], {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}` },
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('exit', (status) => ok({ status, stderr }));
      });
      assert.equal(r.status, 3, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`Neo4j at bolt://127\\.0\\.0\\.1:${port} is unreachable .*: that port speaks HTTP, not Bolt`),
      );
    } finally {
      server.close();
    }
  });
});
