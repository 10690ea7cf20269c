import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../src/graphql/limits/config';
import { startServer } from '../../src/server/http';
import type { EmbeddedStore } from '../../src/store/embedded';
import { createStore } from '../../src/store/open';
import type { GraphStore } from '../../src/store/port';
import { storeWith } from '../support/api';
import { fragmentFan, LIMITS_CORPUS } from '../support/limits-fixture';

// `serve` as a browser, a script and an attacker meet it, over real HTTP on
// loopback: raw node:http requests, so the Host header, the path and the body
// are exactly what the test sends.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  options: {
    method?: string;
    path?: string;
    host?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunked?: boolean;
  },
): Promise<Answer> {
  return new Promise((ok, fail) => {
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${port}`, ...options.headers };
    if (options.body !== undefined && !options.chunked)
      headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    if (options.body !== undefined) {
      if (options.chunked) {
        // in pieces, with no length: the server must count as it reads
        const b = Buffer.from(options.body);
        for (let i = 0; i < b.length; i += 64 * 1024) req.write(b.subarray(i, i + 64 * 1024));
      } else req.write(options.body);
    }
    req.end();
  });
}

function post(port: number, query: string, extra: { host?: string } = {}): Promise<Answer> {
  return send(port, {
    method: 'POST',
    path: '/graphql',
    host: extra.host,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

const portOf = (s: Server) => (s.address() as AddressInfo).port;

function close(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
}

describe('serve over HTTP', () => {
  let store: EmbeddedStore;
  let server: Server;
  let port: number;
  before(async () => {
    store = await storeWith(LIMITS_CORPUS);
    server = await startServer(store, { port: 0, limits: DEFAULT_LIMITS, allowedHosts: [] });
    port = portOf(server);
  });
  after(async () => {
    await close(server);
    await store.close();
  });

  it('sends the security headers on every answer', async () => {
    for (const path of ['/', '/health', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
      const r = await send(port, { path, headers: { 'apollo-require-preflight': 'true' } });
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/, path);
      assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/, path);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
    }
  });

  it('answers to loopback names and refuses a rebound DNS name with 421', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST'])
      assert.equal((await send(port, { path: '/health', host })).status, 200, host);
    for (const host of ['attacker.example', `attacker.example:${port}`, `localhost.attacker.example:${port}`]) {
      const r = await post(port, '{ talks { totalCount } }', { host });
      assert.equal(r.status, 421, host);
      assert.equal(JSON.parse(r.body).errors[0].extensions.code, 'MISDIRECTED_REQUEST');
    }
  });

  it('answers 413 to a body over 1 MiB, declared or chunked, instead of a reset', async () => {
    const big = JSON.stringify({ query: `{ talks { totalCount } } # ${'x'.repeat(1024 * 1024 + 10)}` });
    for (const chunked of [false, true]) {
      const r = await send(port, {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: big,
        chunked,
      });
      assert.equal(r.status, 413, `chunked=${chunked}`);
      assert.equal(JSON.parse(r.body).errors[0].extensions.code, 'PAYLOAD_TOO_LARGE');
    }
    // and the server goes on answering
    assert.equal((await post(port, '{ talks { totalCount } }')).status, 200);
  });

  it('answers 400 to malformed URLs and bodies, and names the problem', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/web/%zz']) {
      const r = await send(port, { path });
      assert.equal(r.status, 400, path);
      assert.match(JSON.parse(r.body).errors[0].message, /percent-encoding/);
    }
    const notJson = await send(port, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    assert.equal(notJson.status, 400);
    assert.equal(JSON.parse(notJson.body).errors[0].extensions.code, 'BAD_REQUEST');
  });

  it('answers a mutation with 400 BAD_REQUEST, not an internal error', async () => {
    const r = await post(port, 'mutation { talks { totalCount } }');
    assert.equal(r.status, 400);
    assert.equal(JSON.parse(r.body).errors[0].extensions.code, 'BAD_REQUEST');
  });

  it('refuses the fragment fan with 400 and keeps /health answering', async () => {
    const fan = post(port, fragmentFan(30));
    const health = send(port, { path: '/health' });
    const [f, h] = await Promise.all([fan, health]);
    assert.equal(f.status, 400);
    assert.equal(JSON.parse(f.body).errors[0].extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(h.status, 200);
  });

  it('shows no absolute server path in /health or stats', async () => {
    const dir = store.dataDir; // absolute: the temp folder the store lives in
    assert.ok(dir.startsWith('/'), dir);
    const health = await send(port, { path: '/health' });
    assert.equal(JSON.parse(health.body).ready, true);
    assert.ok(!health.body.includes(dir), health.body);
    const stats = await post(port, '{ stats { detail documents } }');
    assert.equal(JSON.parse(stats.body).data.stats.documents, 2);
    assert.ok(!stats.body.includes(dir), stats.body);
  });
});

describe('serve with a configured Host allow-list', () => {
  it('answers only to the configured names', async () => {
    const store = await storeWith(LIMITS_CORPUS);
    const server = await startServer(store, { port: 0, limits: DEFAULT_LIMITS, allowedHosts: ['talkgraph.internal'] });
    try {
      const port = portOf(server);
      assert.equal((await send(port, { path: '/health', host: `talkgraph.internal:${port}` })).status, 200);
      assert.equal((await send(port, { path: '/health', host: `localhost:${port}` })).status, 421);
    } finally {
      await close(server);
      await store.close();
    }
  });
});

describe('serve with credentials in NEO4J_URI', () => {
  // a real Neo4j store pointed at a port nothing listens on, with a password in the URI
  const secret = 'hunter2-in-the-uri';
  let store: GraphStore;
  let server: Server;
  before(async () => {
    store = await createStore({ env: { NEO4J_URI: `bolt://neo4j:${secret}@127.0.0.1:1` } });
    server = await startServer(store, { port: 0, limits: DEFAULT_LIMITS, allowedHosts: [] });
  });
  after(async () => {
    await close(server);
    await store.close();
  });

  it('never shows them in /health, stats or errors', async () => {
    const port = portOf(server);
    const health = await send(port, { path: '/health' });
    assert.equal(health.status, 503);
    assert.match(JSON.parse(health.body).detail, /bolt:\/\/\*\*\*@127\.0\.0\.1:1/);
    const stats = await post(port, '{ stats { detail healthy } }');
    const query = await post(port, '{ talks(first: 1) { totalCount } }');
    assert.equal(JSON.parse(query.body).errors[0].extensions.code, 'STORE_UNAVAILABLE');
    for (const r of [health, stats, query]) assert.ok(!r.body.includes(secret), r.body);
  });
});
