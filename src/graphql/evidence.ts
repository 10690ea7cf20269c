import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, visit } from 'graphql';
import type { GraphStore, ReadOptions } from '../store/port';
import type { GraphContext } from './context';

// Evidence is most of what a node weighs, and most queries never show it. A
// request reads the store with `{ evidence: false }` unless it names a field
// that reads evidence (`evidence`, Affiliation.years), with `{ sources: false }`
// unless it names `documents` (the one field that reads a node's source ids),
// and with `{ count: false }` unless it names `totalCount` (list pages then skip
// the count). Any read before the operation is known reads everything.

/** Fields whose resolvers read `evidence`: the evidence itself, and Affiliation.years (its evidence documents' dates). */
const NEEDS_EVIDENCE = new Set(['evidence', 'years']);

type Shipped = Required<Pick<ReadOptions, 'evidence' | 'sources' | 'count'>>;

/** readsFor per parsed document: Apollo reuses the DocumentNode of a query text it has seen. */
const shippedByDocument = new WeakMap<DocumentNode, Readonly<Shipped>>();

/** What a request's reads must ship, from the field names its document selects anywhere (fragments included). */
export function readsFor(document: DocumentNode): Shipped {
  const known = shippedByDocument.get(document);
  if (known) return { ...known };
  const reads = { evidence: false, sources: false, count: false };
  visit(document, {
    [Kind.FIELD](node) {
      const name = node.name.value;
      if (NEEDS_EVIDENCE.has(name)) reads.evidence = true;
      else if (name === 'documents') reads.sources = true;
      else if (name === 'totalCount') reads.count = true;
    },
  });
  shippedByDocument.set(document, { ...reads });
  return reads;
}

/** The store with `reads` passed to every read that takes ReadOptions; `reads` may change until the first read. */
export function readingWith(store: GraphStore, reads: ReadOptions): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'nodesById' || prop === 'adjacent')
        return (first: unknown) => (value as (a: unknown, o: ReadOptions) => unknown).call(target, first, { ...reads });
      // a list page keeps what its caller asks to follow (ReadOptions.follow)
      if (prop === 'listNodes')
        return (kind: unknown, page: unknown, options?: ReadOptions) =>
          (value as (k: unknown, p: unknown, o: ReadOptions) => unknown).call(target, kind, page, {
            ...options,
            ...reads,
          });
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Sets the request's read options from its operation, before any resolver runs. */
export function evidenceReadsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          Object.assign(contextValue.reads, readsFor(document));
        },
      };
    },
  };
}
