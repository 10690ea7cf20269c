import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { HeaderMap } from '@apollo/server';
import { contextOptions, createApollo } from '../graphql/apollo';
import { createContext } from '../graphql/context';
import { limitsFromEnv, type QueryLimits } from '../graphql/limits/config';
import { publicText } from '../graphql/public-text';
import type { SourceReader } from '../graphql/sources/types';
import type { GraphStore } from '../store/port';
import { HttpError, MAX_BODY_BYTES, readBody } from './body';
import { allowedHosts, allowedHostsFromEnv, refuseHost, setSecurityHeaders } from './guards';
import { serveIde } from './ide';

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

/** `/%` and other malformed escapes are the client's mistake: 400, not a crash in decodeURIComponent. */
function decodePath(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'malformed URL: bad percent-encoding in the path');
  }
}

function sendStatic(res: ServerResponse, urlPath: string, webRoot: string): boolean {
  const rel = normalize(decodePath(urlPath)).replace(/^([/\\])+/, '');
  let file = join(webRoot, rel || 'index.html');
  if (!file.startsWith(webRoot)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return false;
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
  return true;
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export interface ServeOptions {
  port: number;
  host?: string;
  webRoot?: string;
  /** Host names to answer to (default: TALKGRAPH_ALLOWED_HOSTS, else loopback names and the bound host) */
  allowedHosts?: string[];
  /** request limits (default: from the environment) */
  limits?: QueryLimits;
  /** false only for the limits benchmark's baseline (see ApolloOptions.enforceLimits) */
  enforceLimits?: boolean;
  /** reads documents' text for Document.source */
  sources?: SourceReader;
}

/**
 * The HTTP face of talkgraph: the GraphQL API at /graphql (Apollo, through its
 * documented integration entry point), readiness at /health, the graph browser at /.
 */
export async function startServer(store: GraphStore, options: ServeOptions): Promise<Server> {
  const limits = options.limits ?? limitsFromEnv();
  const apollo = createApollo({ limits, enforceLimits: options.enforceLimits });
  const context = { ...contextOptions(limits), sources: options.sources };
  await apollo.start();
  const webRoot = options.webRoot ?? WEB_ROOT;
  const host = options.host ?? '127.0.0.1';
  const hosts = allowedHosts(host, options.allowedHosts ?? allowedHostsFromEnv());

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const raw = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : '';
    let body: unknown = raw;
    if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpError(400, 'request body is not valid JSON');
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      // a client that hangs up stops its query's store calls too (checked at each store call)
      context: async () => createContext(store, { ...context, gone: () => res.destroyed }),
    });
    // answers are per user and per moment: no cache may keep them
    const out: Record<string, string> = { 'cache-control': 'no-store' };
    for (const [k, v] of response.headers) out[k] = v;
    if (response.body.kind === 'complete') {
      // a known length: headers and body leave in one write, without chunked framing
      out['content-length'] = String(Buffer.byteLength(response.body.string));
      res.writeHead(response.status ?? 200, out);
      res.end(response.body.string);
      return;
    }
    res.writeHead(response.status ?? 200, out);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer(async (req, res) => {
    setSecurityHeaders(res);
    try {
      const refused = refuseHost(req, hosts);
      if (refused) throw new HttpError(refused.status, refused.reason, 'MISDIRECTED_REQUEST');
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (serveIde(req, res, url.pathname, webRoot)) return;
      if (url.pathname === '/graphql') return await graphql(req, res, url);
      if (url.pathname === '/health') {
        const health = await store.health();
        res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ready: health.ok, store: store.kind, detail: publicText(health.detail) }));
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
      if (e instanceof HttpError) {
        if (e.status === 413) {
          // answer, then close: the rest of an oversized body is not worth reading
          res.setHeader('connection', 'close');
          res.on('finish', () => setTimeout(() => req.socket.destroy(), 2000).unref());
        }
        sendError(res, e.status, e.message, e.code);
        return;
      }
      // the details stay in the server's log; the client learns only that it failed
      process.stderr.write(
        `talkgraph serve: ${req.method} ${req.url}: ${publicText(String((e as Error)?.stack ?? e))}\n`,
      );
      sendError(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR');
    }
  });
  server.on('close', () => void apollo.stop());
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => ok());
  });
  return server;
}
