import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, Kind, visit } from 'graphql';
import type { GraphStore, ReadOptions } from '../store/port';
import type { GraphContext } from './context';

// Evidence is most of what a node weighs, and most queries never show it. A
// request whose document names no `evidence` field (every evidence the API
// gives is under a field of that name) reads the store with
// `{ evidence: false }`; any other request, and any read before the operation
// is known, reads everything. Source ids likewise: only a `documents` field
// under an entity (provenance.resolver.ts) reads a node's `sources`, so a
// request naming no `documents` field reads with `{ sources: false }`, and
// one naming no `totalCount` with `{ count: false }` (list pages skip the count).

/** Does the document select a field of this name anywhere (fragments included)? */
function selects(document: DocumentNode, field: string): boolean {
  let asks = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === field) {
        asks = true;
        return BREAK;
      }
    },
  });
  return asks;
}

/**
 * Does the document select a field that reads evidence anywhere (fragments included)? `evidence` itself, and
 * Affiliation.years, which dates an affiliation by its evidence documents.
 */
export const asksForEvidence = (document: DocumentNode): boolean =>
  selects(document, 'evidence') || selects(document, 'years');

/** Does the document select a `documents` field anywhere, the one field that reads nodes' source ids? */
export const asksForSources = (document: DocumentNode): boolean => selects(document, 'documents');

/** Does the document select a `totalCount` anywhere? Without one, list pages need not count the list. */
export const asksForCount = (document: DocumentNode): boolean => selects(document, 'totalCount');

/** The store with `reads` passed to every read that takes ReadOptions; `reads` may change until the first read. */
export function readingWith(store: GraphStore, reads: ReadOptions): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'nodesById' || prop === 'adjacent')
        return (first: unknown) => (value as (a: unknown, o: ReadOptions) => unknown).call(target, first, { ...reads });
      if (prop === 'listNodes')
        return (kind: unknown, page: unknown) =>
          (value as (k: unknown, p: unknown, o: ReadOptions) => unknown).call(target, kind, page, { ...reads });
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
          contextValue.reads.evidence = asksForEvidence(document);
          contextValue.reads.sources = asksForSources(document);
          contextValue.reads.count = asksForCount(document);
        },
      };
    },
  };
}
