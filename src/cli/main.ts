import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../../loaders/ingest';
import { createApollo, runOperation } from '../graphql/apollo';
import { startServer } from '../server/http';
import { StoreUnavailableError } from '../store/errors';
import { createStore, openStore } from '../store/open';
import type { GraphStore } from '../store/port';
import { describeResult, summarize } from './ingest-report';
import { Progress } from './progress';

const USAGE = `usage:
  talkgraph ingest [--data-dir DIR] PATH...        load documents (files or folders) into the store
  talkgraph query [--data-dir DIR] [--variables JSON] QUERY
                                                   run one GraphQL query, print the JSON response
  talkgraph serve [--data-dir DIR] [--port N] [--host H]
                                                   serve the API at /graphql and the graph browser at /
The embedded store lives in --data-dir (default ./.talkgraph or TALKGRAPH_DATA_DIR);
with NEO4J_URI set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) every command uses Neo4j.`;

class UsageError extends Error {}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('ingest: name at least one file or folder');
  const store = await openStore({ dataDir: values['data-dir'] });
  const progress = new Progress(process.stderr, { quiet: values.quiet });
  try {
    const { results, failed } = await ingestPaths(store, positionals, {
      onStart: (total) => progress.start(total),
      onResult: (r) => {
        if (r.status === 'rejected' || !values.quiet) progress.clear();
        if (r.status === 'rejected') process.stderr.write(`${describeResult(r)}\n`);
        else if (!values.quiet) process.stdout.write(`${describeResult(r)}\n`);
        progress.tick();
      },
    });
    progress.finish();
    process.stdout.write(`${summarize(results)}\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await store.close().catch(() => {});
  }
}

async function query(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, variables: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('query: give exactly one GraphQL query');
  let variables: Record<string, unknown> | undefined;
  if (values.variables) {
    try {
      variables = JSON.parse(values.variables);
    } catch (e) {
      throw new UsageError(`--variables: not valid JSON (${(e as Error).message})`);
    }
  }
  const store = await openStore({ dataDir: values['data-dir'] });
  try {
    const response = await runOperation(createApollo(), store, { query: positionals[0], variables });
    process.stdout.write(`${JSON.stringify(response)}\n`);
    return response.errors?.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port number: ${values.port}`);
  const store = await createStore({ dataDir: values['data-dir'] });
  const stopInit = await initWhenReachable(store);
  const host = values.host ?? process.env.TALKGRAPH_HOST ?? '127.0.0.1';
  const server = await startServer(store, { port, host });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`talkgraph serving on http://${host}:${actual}/ (API at /graphql, store: ${store.kind})\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopInit();
  await store.close();
  return 0;
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await ingest(rest);
      case 'query':
        return await query(rest);
      case 'serve':
        return await serve(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command ? 0 : 2;
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`talkgraph: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`talkgraph: ${(e as Error).message}\n`);
    return 1;
  }
}
