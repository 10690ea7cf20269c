import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { startServer } from '../../src/server/http';
import { EmbeddedStore } from '../../src/store/embedded';
import { cypher } from '../../src/store/neo4j/statements';
import type { GraphStore } from '../../src/store/port';
import { floorSchema, floorTalks } from './floor';
import { SPEAKERS_ON, TOPIC } from './queries';

// One benchmark target in its own process, so the load loop (the parent)
// and the server under test do not share a JS thread:
//   node dist/bench/graphql/serve-target.js ours|neo4j-graphql|floor [EMBEDDED_DIR]
// ours: talkgraph's own server (`talkgraph serve`'s code) on the store
// NEO4J_URI names, or on the embedded store in EMBEDDED_DIR. Prints
// "ready http://127.0.0.1:PORT/graphql" and serves until stdin closes.

async function neo4jStore(): Promise<GraphStore> {
  const { openNeo4jStore } = await import('../../src/store/neo4j/index.js');
  return openNeo4jStore({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  });
}

async function ours(dir: string | undefined): Promise<{ url: string; close: () => Promise<void> }> {
  const store = dir ? new EmbeddedStore(dir) : await neo4jStore();
  await store.init();
  const server = await startServer(store, { port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}

/** @neo4j/graphql's schema from our type definitions, on the same database. */
async function neo4jGraphql(): Promise<{ url: string; close: () => Promise<void> }> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const neo4j = (await import('neo4j-driver')).default;
  const password = process.env.NEO4J_PASSWORD ?? '';
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    password ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password) : undefined,
  );
  const typeDefs = readFileSync(join(__dirname, '..', '..', '..', 'bench', 'graphql', 'neo4j-graphql.graphql'), 'utf8')
    .replace('SPEAKERS_ON', cypher('bench/neo4j-graphql-speakers-on'))
    .replace('TALKS_ON', cypher('bench/neo4j-graphql-talks-on'));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const database = process.env.NEO4J_DATABASE || undefined;
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => (database ? { sessionConfig: { database } } : {}),
  });
  return {
    url: new URL('/graphql', url).href,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

/** The floor's data comes from the embedded store: every talk, and talkgraph's own speakersOn answer. */
async function floor(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const store = new EmbeddedStore(dir);
  await store.init();
  const talks = await floorTalks(store);
  const answer = (await runOperation(createApollo(), store, { query: SPEAKERS_ON.ours })) as {
    data: { speakersOn: unknown[] };
  };
  await store.close();
  const { schema, rootValue } = floorSchema({ talks, speakersOn: new Map([[TOPIC, answer.data.speakersOn]]) });
  const apollo = new ApolloServer({ schema, rootValue });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: new URL('/graphql', url).href, close: () => apollo.stop() };
}

async function main() {
  const [target, dir] = process.argv.slice(2);
  const started =
    target === 'ours'
      ? await ours(dir)
      : target === 'neo4j-graphql'
        ? await neo4jGraphql()
        : target === 'floor' && dir
          ? await floor(dir)
          : null;
  if (!started) throw new Error(`usage: serve-target.js ours|neo4j-graphql|floor [EMBEDDED_DIR], got ${target}`);
  console.log(`ready ${started.url}`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await started.close();
    process.exit(0);
  });
}

main().catch((e) => {
  console.error(`serve-target: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
