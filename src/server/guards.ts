import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';

// What every response carries and every request must pass before routing.

// Cytoscape inserts exactly this one stylesheet into the page; its hash lets it in and nothing else inline.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

/**
 * The browser page loads only its own files and talks only to its own origin;
 * no page may frame it; no URL leaks in a Referer. `data:` images are the
 * page's inline favicon. Style attributes (the trends chart's bar widths) are
 * allowed: they cannot run script, unlike style or script elements.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    `default-src 'self'; script-src 'self'; style-src 'self' ${CYTOSCAPE_STYLE_HASH}; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; ` +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/** A Host header's name part, lower-cased, IPv6 in brackets: `[::1]:4000` -> `[::1]`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * The Host names `serve` answers to, so a page on another site whose DNS name
 * was rebound to this address cannot read the API. `configured` (from
 * TALKGRAPH_ALLOWED_HOSTS, comma-separated; `*` turns the check off) replaces
 * the defaults: localhost, 127.0.0.1, [::1] and the bound host; bound to all
 * interfaces, the machine's own addresses too.
 */
export function allowedHosts(boundHost: string, configured?: readonly string[]): Set<string> | null {
  if (configured && configured.length > 0) {
    if (configured.includes('*')) return null;
    return new Set(configured.map((h) => bracketed(hostName(h))));
  }
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (WILDCARD_HOSTS.has(boundHost)) {
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) hosts.add(bracketed(a.address.toLowerCase()));
  } else hosts.add(bracketed(boundHost.toLowerCase()));
  return hosts;
}

/** TALKGRAPH_ALLOWED_HOSTS as a list (empty when unset). */
export function allowedHostsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.TALKGRAPH_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

/** Null when the request may go on, else the status and reason to answer with. */
export function refuseHost(
  req: IncomingMessage,
  allowed: Set<string> | null,
): { status: number; reason: string } | null {
  if (!allowed) return null;
  const header = req.headers.host;
  if (!header) return { status: 400, reason: 'a Host header is required' };
  const name = hostName(header);
  if (allowed.has(name)) return null;
  return {
    status: 421,
    reason: `this server does not answer to host ${JSON.stringify(name)} (allowed: TALKGRAPH_ALLOWED_HOSTS)`,
  };
}
