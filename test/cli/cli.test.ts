import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { queryJson, serve, talkgraph } from '../support/cli';
import { CORPORA, RICHEST } from '../support/corpus';
import { tempDir } from '../support/tmp';

const EXPORT =
  '{ talks(first: 1000) { totalCount nodes { title speakers { name } event { name } } } people(first: 1000) { totalCount } }';

describe('talkgraph CLI on the embedded store', () => {
  for (const corpus of CORPORA) {
    it(`ingests the ${corpus.name} corpus, and ingesting it again changes nothing`, () => {
      const data = tempDir();
      const first = talkgraph(['ingest', '--data-dir', data, corpus.dir]);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, new RegExp(`ingested ${corpus.documents} documents: ${corpus.documents} stored`));
      const before = queryJson(data, EXPORT);
      assert.ok(before.data.talks.totalCount >= 15, `expected the talks, got ${before.data.talks.totalCount}`);
      const second = talkgraph(['ingest', '--data-dir', data, corpus.dir]);
      assert.equal(second.status, 0);
      assert.match(second.stdout, new RegExp(`${corpus.documents} unchanged`));
      assert.deepEqual(queryJson(data, EXPORT), before);
    });

    it(`reports a bad document by path, stores the others, and exits 1 (${corpus.name} corpus)`, () => {
      const data = tempDir();
      const docs = tempDir();
      copyFileSync(join(corpus.dir, corpus.sample.file), join(docs, 'recap.md'));
      writeFileSync(join(docs, 'slides.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 0xff, 0, 0, 7, 0, 0]));
      const r = talkgraph(['ingest', '--data-dir', data, docs]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /slides\.pdf/);
      assert.match(r.stderr, /binary/);
      const people = queryJson(data, '{ people(first: 100) { nodes { name } } }');
      assert.ok(people.data.people.nodes.some((p: { name: string }) => p.name === corpus.sample.person));
    });
  }

  it('reports a missing path and a usage mistake clearly', () => {
    const data = tempDir();
    const missing = talkgraph(['ingest', '--data-dir', data, join(data, 'no-such-folder')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such-folder[\s\S]*no such file/);
    const usage = talkgraph(['frobnicate']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /unknown command 'frobnicate'/);
    const badVars = talkgraph(['query', '--data-dir', data, '--variables', '{oops', '{ talks { totalCount } }']);
    assert.equal(badVars.status, 2);
    assert.match(badVars.stderr, /--variables: not valid JSON/);
  });

  it('prints a GraphQL error response for a malformed query', () => {
    const data = tempDir();
    const r = talkgraph(['query', '--data-dir', data, '{ talks { nodes { title }']);
    assert.equal(r.status, 1);
    const body = JSON.parse(r.stdout);
    assert.equal(body.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
  });

  it('serves while Neo4j is unreachable: not ready, and a clear STORE_UNAVAILABLE error', async () => {
    const { url, child } = await serve(tempDir(), { NEO4J_URI: 'bolt://127.0.0.1:9' });
    try {
      const health = await fetch(`${url}/health`);
      assert.equal(health.status, 503);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ talks { totalCount } }' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      assert.equal(body.errors[0].extensions.code, 'STORE_UNAVAILABLE');
      assert.match(body.errors[0].message, /bolt:\/\/127\.0\.0\.1:9 is unreachable/);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('a running server answers what a later ingest stored, without a restart', async () => {
    const data = tempDir();
    mkdirSync(data, { recursive: true });
    const { url, child } = await serve(data);
    try {
      const ask = async () => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ talks(first: 100) { totalCount } }' }),
        });
        const body = (await res.json()) as { data: { talks: { totalCount: number } } };
        return body.data.talks.totalCount;
      };
      assert.equal(await ask(), 0);
      const r = talkgraph(['ingest', '--data-dir', data, join(RICHEST.dir, RICHEST.sample.file)]);
      assert.equal(r.status, 0, r.stderr);
      assert.ok((await ask()) >= 3);
      const health = await fetch(`${url}/health`);
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { ready: boolean }).ready, true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
