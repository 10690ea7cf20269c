import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '../store/errors';
import type { GraphStore } from '../store/port';
import { createContext, type GraphContext } from './context';
import { depthLimit } from './depth-limit';
import { talkgraphSchema } from './schema';

/** Deepest query the API runs; deeper ones are refused before touching the store. */
export const MAX_QUERY_DEPTH = 12;

/** One Apollo server for both `talkgraph serve` (over HTTP) and `talkgraph query` (in-process). */
export function createApollo(): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    schema: talkgraphSchema(),
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    introspection: true,
    stopOnTerminationSignals: false, // the CLI owns signals and stops the server itself
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const cause = unwrapResolverError(error);
      if (cause instanceof StoreUnavailableError)
        return { ...formatted, message: cause.message, extensions: { code: 'STORE_UNAVAILABLE' } };
      return formatted;
    },
  });
}

/** Runs one operation in-process; the response as `{ data, errors }`. */
export async function runOperation(
  apollo: ApolloServer<GraphContext>,
  store: GraphStore,
  request: Omit<GraphQLRequest, 'query'> & { query: string },
): Promise<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }> {
  const response = await apollo.executeOperation(request, { contextValue: createContext(store) });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported');
  const { data, errors } = response.body.singleResult;
  return errors ? { data: data ?? null, errors } : { data };
}
