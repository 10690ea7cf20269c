import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { HeaderMap } from '@apollo/server';
import { createApollo } from '../graphql/apollo';
import { createContext } from '../graphql/context';
import type { GraphStore } from '../store/port';
import { serveIde } from './ide';

/** Largest request body accepted at /graphql. */
const MAX_BODY_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export const WEB_ROOT = resolve(__dirname, '..', '..', '..', 'web', 'dist');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        fail(Object.assign(new Error(`request body over ${MAX_BODY_BYTES} bytes`), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function sendStatic(res: ServerResponse, urlPath: string, webRoot: string): boolean {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = join(webRoot, rel || 'index.html');
  if (!file.startsWith(webRoot)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return false;
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
  return true;
}

export interface ServeOptions {
  port: number;
  host?: string;
  webRoot?: string;
}

/**
 * The HTTP face of talkgraph: the GraphQL API at /graphql (Apollo, through its
 * documented integration entry point), readiness at /health, the graph browser at /.
 */
export async function startServer(store: GraphStore, options: ServeOptions): Promise<Server> {
  const apollo = createApollo();
  await apollo.start();
  const webRoot = options.webRoot ?? WEB_ROOT;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (serveIde(req, res, url.pathname, webRoot)) return;
      if (url.pathname === '/graphql') {
        const headers = new HeaderMap();
        for (const [k, v] of Object.entries(req.headers))
          if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        const raw = req.method === 'POST' ? await readBody(req) : '';
        let body: unknown = raw;
        if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
          try {
            body = JSON.parse(raw);
          } catch {
            res.writeHead(400, { 'content-type': 'application/json' });
            res.end(
              JSON.stringify({
                errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
              }),
            );
            return;
          }
        }
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => createContext(store),
        });
        const out: Record<string, string> = {};
        for (const [k, v] of response.headers) out[k] = v;
        res.writeHead(response.status ?? 200, out);
        if (response.body.kind === 'complete') res.end(response.body.string);
        else {
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        }
        return;
      }
      if (url.pathname === '/health') {
        const health = await store.health();
        res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ready: health.ok, store: store.kind, detail: health.detail }));
        return;
      }
      if (req.method === 'GET' && sendStatic(res, url.pathname, webRoot)) return;
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('talkgraph: the GraphQL API is at /graphql (the graph browser is not built: run npm run build)\n');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
    }
  });
  server.on('close', () => void apollo.stop());
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok());
  });
  return server;
}
