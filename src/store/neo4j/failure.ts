// What went wrong with a Neo4j connection, in a few words a user can act on.
// The driver's messages carry boilerplate ("Please ensure that your database
// is listening … Note that the default encryption setting has changed in
// Neo4j 4.0") around the one fact that matters; this finds that fact.

const CAUSES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/ECONNREFUSED/, () => 'the connection was refused; is Neo4j running on that host and port?'],
  [/ENOTFOUND (\S+)|EAI_AGAIN (\S+)/, (m) => `the host ${m[1] ?? m[2]} was not found`],
  [/ETIMEDOUT|timed out|Failed to establish connection in/i, () => 'it did not answer in time'],
  [/ECONNRESET|EPIPE|closed the connection|Connection was closed/i, () => 'it closed the connection'],
  [/Server responded HTTP/, () => 'that port speaks HTTP, not Bolt; Bolt is usually port 7687 and Neo4j Browser 7474'],
  [
    /certificate|SSL|TLS|EPROTO/i,
    () => 'the TLS handshake failed; neo4j+s:// needs a server with TLS, so try bolt:// or neo4j:// locally',
  ],
  [/No routing servers available|Could not perform discovery/, () => 'no server answered for routing'],
];

/**
 * A failure to reach a usable Bolt server that the driver does not mark as
 * ServiceUnavailable (it gives code "N/A" when the port answers HTTP).
 */
export function isConnectionFailure(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return (!code || code === 'N/A') && /Server responded HTTP|ECONNREFUSED|ENOTFOUND/.test((e as Error)?.message ?? '');
}

/** The cause of a driver failure in a few words; the driver's first sentence when it is none we know. */
export function driverFailureCause(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  const inner = (e as { cause?: unknown })?.cause;
  const text = inner ? `${message} ${(inner as Error).message ?? ''}` : message;
  for (const [pattern, say] of CAUSES) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return message.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
}

/** The URI as a message may show it: a user:password@ part becomes ***@ (as public-text.ts does), so errors never echo a secret. */
export function publicUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}
