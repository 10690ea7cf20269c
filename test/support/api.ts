import { createApollo, runOperation } from '../../src/graphql/apollo';
import { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore } from '../../src/store/port';
import { buildFacts, type DocSpec } from './facts';
import { tempDir } from './tmp';

/** An embedded store holding the given documents' facts. */
export async function storeWith(specs: DocSpec[]): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(tempDir());
  await store.init();
  for (const spec of specs) await store.writeDocument(buildFacts(spec));
  return store;
}

/** The real store, with every port call counted (what a user's query costs). */
export function counted(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

export type GqlResponse = {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
};

// biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary response shapes
export async function gql(store: GraphStore, query: string, variables?: Record<string, unknown>): Promise<any> {
  return JSON.parse(JSON.stringify(await runOperation(createApollo(), store, { query, variables })));
}
