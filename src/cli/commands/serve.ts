import { Command } from 'commander';
import { readSourceText } from '../../../loaders/source';
import { startServer } from '../../server/http';
import { StoreUnavailableError } from '../../store/errors';
import { createStore } from '../../store/open';
import type { GraphStore } from '../../store/port';
import { EXIT, UsageError } from '../exit-codes';
import { dataDirWarning, emptyStoreWarning, type StoreFlags } from '../store';
import { type ReportStatus, reporting } from './report';

interface ServeFlags extends StoreFlags {
  port?: string;
  host?: string;
}

/** How often serve retries a store it could not reach at start. */
const INIT_RETRY_MS = 5000;

/**
 * Serve must come up even while Neo4j is still starting or down: it answers
 * /health with 503 and queries with STORE_UNAVAILABLE, and initializes the
 * store (schema, indexes) as soon as it is reachable. Other failures stop it.
 */
async function initWhenReachable(store: GraphStore): Promise<() => void> {
  try {
    await store.init();
    return () => {};
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    process.stderr.write(
      `talkgraph: ${e.message}\ntalkgraph: serving anyway; retrying every ${INIT_RETRY_MS / 1000} s\n`,
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const retry = () => {
    timer = setTimeout(async () => {
      try {
        await store.init();
        process.stderr.write('talkgraph: the store is reachable again and initialized\n');
      } catch {
        retry();
      }
    }, INIT_RETRY_MS);
    timer.unref();
  };
  retry();
  return () => clearTimeout(timer);
}

function portInUse(e: unknown, host: string, port: number): string | null {
  if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') return null;
  return (
    `talkgraph: port ${port} on ${host} is already in use (another talkgraph serve, or another program).\n` +
    `  choose another port:   talkgraph serve --port ${port + 1}   (--port 0 picks a free one)\n` +
    `  or find what holds it: lsof -i :${port}   (or: ss -ltnp 'sport = :${port}')`
  );
}

async function serve(flags: ServeFlags): Promise<number> {
  const port = Number(flags.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port number: ${flags.port ?? process.env.PORT}`);
  const host = flags.host ?? process.env.TALKGRAPH_HOST ?? '127.0.0.1';
  const missing = dataDirWarning(flags);
  const store = await createStore({ dataDir: flags.dataDir });
  const stopInit = await initWhenReachable(store);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(store, { port, host, sources: { read: readSourceText } });
  } catch (e) {
    stopInit();
    await store.close();
    const advice = portInUse(e, host, port);
    if (!advice) throw e;
    process.stderr.write(`${advice}\n`);
    return EXIT.failed;
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`talkgraph serving on http://${host}:${actual}/ (API at /graphql, store: ${store.kind})\n`);
  // A warning, not a refusal: a running serve sees what a later ingest stores.
  const warning = missing ?? (await emptyStoreWarning(store, flags).catch(() => null));
  if (warning) process.stderr.write(`${warning}; a running serve sees it without a restart\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopInit();
  await store.close();
  return EXIT.ok;
}

export function serveCommand(report: ReportStatus): Command {
  return new Command('serve')
    .description(
      'serve the GraphQL API at /graphql (GraphiQL for browsers), readiness at /health, the graph browser at /',
    )
    .option('--port <n>', 'TCP port, 0 for a free one (default 4000 or PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1 or TALKGRAPH_HOST)')
    .option('--data-dir <dir>', 'embedded store folder (default ./.talkgraph or TALKGRAPH_DATA_DIR)')
    .addHelpText(
      'after',
      `
Examples:
  $ talkgraph serve                       # http://127.0.0.1:4000/
  $ talkgraph serve --port 8080 --data-dir ~/talks
  $ talkgraph serve --host 0.0.0.0        # reachable from other machines`,
    )
    .action(reporting(report, serve));
}
