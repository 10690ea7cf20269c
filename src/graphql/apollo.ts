import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { StoreUnavailableError } from '../store/errors';
import type { GraphStore } from '../store/port';
import { type ContextOptions, createContext, type GraphContext } from './context';
import { evidenceReadsPlugin } from './evidence';
import { limitsFromEnv, type QueryLimits } from './limits/config';
import { queryLimitsPlugin } from './limits/plugin';
import { publicText } from './public-text';
import { talkgraphSchema } from './schema';

export interface ApolloOptions {
  /** the limits; default: from the environment (limitsFromEnv) */
  limits?: QueryLimits;
  /** extra plugins (tests count work with them) */
  plugins?: ApolloServerPlugin<GraphContext>[];
  /**
   * false: no depth, alias, cost or token limit at all (no limits plugin, no
   * parser cap). Only the limits benchmark's baseline (bench/limits.ts) turns
   * them off, to show what they cost a normal query; default true.
   */
  enforceLimits?: boolean;
}

// graphql-js's own message when `maxTokens` stops the parser (16.x spells it "more that")
const TOO_MANY_TOKENS = /Document contains more (?:than|that) (\d+) tokens/;

/** One Apollo server for both `talkgraph serve` (over HTTP) and `talkgraph query` (in-process). */
export function createApollo(options: ApolloOptions = {}): ApolloServer<GraphContext> {
  const limits = options.limits ?? limitsFromEnv();
  const schema = talkgraphSchema();
  const enforce = options.enforceLimits ?? true;
  return new ApolloServer<GraphContext>({
    schema,
    plugins: [
      // the schema sets no cache hints, and the HTTP layer sends no-store: computing a policy per field is waste
      ApolloServerPluginCacheControlDisabled(),
      ...(enforce ? [queryLimitsPlugin(schema, limits)] : []),
      evidenceReadsPlugin(),
      ...(options.plugins ?? []),
    ],
    parseOptions: enforce ? { maxTokens: limits.maxTokens } : {},
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.suggestions,
    stopOnTerminationSignals: false, // the CLI owns signals and stops the server itself
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const cause = unwrapResolverError(error);
      if (cause instanceof StoreUnavailableError)
        return { ...formatted, message: publicText(cause.message), extensions: { code: 'STORE_UNAVAILABLE' } };
      const tokens = TOO_MANY_TOKENS.exec(formatted.message);
      if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED')
        return {
          message: `query has more than ${tokens[1]} tokens; the limit is ${tokens[1]}`,
          extensions: { code: 'QUERY_TOO_LARGE', limit: Number(tokens[1]) },
        };
      return { ...formatted, message: publicText(formatted.message) };
    },
  });
}

/** Limits of this process, for the HTTP layer's per-request deadline. */
export function contextOptions(limits: QueryLimits = limitsFromEnv()): ContextOptions {
  return { timeoutMs: limits.timeoutMs };
}

/** Runs one operation in-process; the response as `{ data, errors }`. */
export async function runOperation(
  apollo: ApolloServer<GraphContext>,
  store: GraphStore,
  request: Omit<GraphQLRequest, 'query'> & { query: string },
  context: ContextOptions = contextOptions(),
): Promise<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }> {
  const response = await apollo.executeOperation(request, { contextValue: createContext(store, context) });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported');
  const { data, errors } = response.body.singleResult;
  return errors ? { data: data ?? null, errors } : { data };
}
