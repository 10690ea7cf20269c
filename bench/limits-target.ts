import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, type QueryLimits } from '../src/graphql/limits/config';
import { startServer } from '../src/server/http';
import { EmbeddedStore } from '../src/store/embedded';

// One side of the limits benchmark in its own process (the load loop runs in
// the parent, so the two never share a JS thread):
//   node dist/bench/limits-target.js on|off DATA_DIR
// on: `talkgraph serve`'s code with the default limits, what every user gets.
// off: the same server with the limits machinery removed: no depth, alias or
// cost check before execution, no token cap on the parser, and a deadline at
// the longest timer Node has (the store view still checks its signal).
// Prints "ready http://127.0.0.1:PORT/graphql" and serves until stdin closes.

export type LimitsMode = 'on' | 'off';

/** The longest delay a Node timer takes (AbortSignal.timeout's deadline). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Every number as high as it goes, for the parts of the server that read one even with the limits off. */
export const LIMITS_OFF: QueryLimits = {
  ...DEFAULT_LIMITS,
  maxDepth: Number.MAX_SAFE_INTEGER,
  maxCost: Number.MAX_SAFE_INTEGER,
  maxAliases: Number.MAX_SAFE_INTEGER,
  maxTokens: Number.MAX_SAFE_INTEGER,
  timeoutMs: LONGEST_TIMER_MS,
};

export function serveOptions(mode: LimitsMode) {
  return mode === 'on'
    ? { port: 0, host: '127.0.0.1', limits: DEFAULT_LIMITS }
    : { port: 0, host: '127.0.0.1', limits: LIMITS_OFF, enforceLimits: false };
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if ((mode !== 'on' && mode !== 'off') || !dir) {
    console.error('usage: node dist/bench/limits-target.js on|off DATA_DIR');
    process.exit(2);
  }
  const store = new EmbeddedStore(dir);
  await store.init();
  const server = await startServer(store, serveOptions(mode));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`ready http://127.0.0.1:${port}/graphql\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    process.exit(0);
  });
}

if (require.main === module)
  main().catch((e) => {
    console.error(`limits-target: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
