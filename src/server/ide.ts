import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

// The GraphQL IDE (GraphiQL, bundled by web/graphiql/build.mjs into
// web/dist/graphiql/): a browser opening /graphql gets the IDE page instead of
// a GraphQL error or a CDN-hosted sandbox; API clients (POST, or GET without
// text/html in Accept) still reach the API. Its files live under /graphiql/.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Everything the page needs comes from this server; the IDE works offline and under this policy. */
const IDE_POLICY = "default-src 'self'";

function send(res: ServerResponse, file: string): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': IDE_POLICY,
    'cache-control': 'no-cache',
  });
  res.end(readFileSync(file));
}

/** A browser navigating to the endpoint (Accept names HTML), not a GraphQL client. */
function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/**
 * Answers the IDE's requests: GET /graphql from a browser, and GET /graphiql/*.
 * Returns false for everything else, which the caller handles as before.
 */
export function serveIde(req: IncomingMessage, res: ServerResponse, pathname: string, webRoot: string): boolean {
  const root = join(webRoot, 'graphiql');
  if (pathname === '/graphql' && wantsPage(req)) {
    const page = join(root, 'index.html');
    if (!existsSync(page)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('talkgraph: the GraphQL IDE is not built (run npm run build); POST queries to /graphql meanwhile\n');
    } else send(res, page);
    return true;
  }
  if (req.method !== 'GET' || !pathname.startsWith('/graphiql/')) return false;
  const file = join(root, normalize(decodeURIComponent(pathname.slice('/graphiql/'.length))));
  if (!file.startsWith(root + sep) || !existsSync(file)) return false;
  send(res, file);
  return true;
}
