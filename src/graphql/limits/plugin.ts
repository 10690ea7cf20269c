import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphContext } from '../context';
import { limitError, refusal } from '../errors';
import type { QueryLimits } from './config';
import { measureOperation, type QueryMeasure } from './measure';

/**
 * Refuses, before any resolver runs, operations past the depth, alias or cost
 * limit, and operations this read-only API does not have (mutations,
 * subscriptions). Runs after validation, with the request's variables, so
 * `first: $n` counts as the `n` sent.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  // Measures of operations without variables, per parsed document: Apollo reuses the DocumentNode of a
  // query text it has seen, so a repeated query is measured once. Per plugin, because a measure depends on
  // this schema and these limits.
  const measured = new WeakMap<DocumentNode, Map<OperationDefinitionNode, QueryMeasure>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          if (operation.operation !== 'query')
            throw refusal(
              `talkgraph is read-only: ${operation.operation} operations are not supported`,
              'BAD_REQUEST',
              {
                operation: operation.operation,
              },
            );
          const fixed = (operation.variableDefinitions ?? []).length === 0;
          let m = fixed ? measured.get(document)?.get(operation) : undefined;
          if (!m) {
            const fragments = new Map<string, FragmentDefinitionNode>();
            for (const d of document.definitions)
              if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            // bad variables fail execution with graphql-js's own message; measure with none
            const variables = coerced.coerced ?? {};
            m = measureOperation(schema, fragments, operation, variables, limits.listFanout);
            if (fixed) {
              const perOperation = measured.get(document) ?? new Map();
              perOperation.set(operation, m);
              measured.set(document, perOperation);
            }
          }
          if (m.depth > limits.maxDepth)
            throw limitError(
              `query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}`,
              'QUERY_TOO_DEEP',
              limits.maxDepth,
              m.depth,
            );
          if (m.aliases > limits.maxAliases)
            throw limitError(
              `query has ${m.aliases} aliased fields; the limit is ${limits.maxAliases}`,
              'TOO_MANY_ALIASES',
              limits.maxAliases,
              m.aliases,
            );
          if (m.cost > limits.maxCost)
            throw limitError(
              `query would cost about ${formatCost(m.cost)} units of work; the limit is ${limits.maxCost} ` +
                '(ask for smaller `first` values or fewer nested lists)',
              'QUERY_TOO_COMPLEX',
              limits.maxCost,
              m.cost,
            );
        },
      };
    },
  };
}

function formatCost(cost: number): string {
  return Number.isFinite(cost) && cost < 1e15 ? String(Math.round(cost)) : cost.toExponential(2);
}
