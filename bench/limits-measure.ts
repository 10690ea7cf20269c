import 'reflect-metadata';
import { type FragmentDefinitionNode, getVariableValues, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../src/graphql/limits/config';
import { measureOperation } from '../src/graphql/limits/measure';
import { talkgraphSchema } from '../src/graphql/schema';

// The limits' own work on one query, timed alone in this process: what the
// limits plugin does per request (coerce the variables, measure depth, aliases
// and cost in one pass). Best of several rounds, so a busy machine inflates
// it least; it does not depend on the corpus, only on the query.

export interface MeasureFigures {
  /** µs per measure, best round */
  micros: number;
  cost: number;
  depth: number;
  fieldsVisited: number;
}

export function timeMeasure(
  query: string,
  variables: Record<string, unknown> = {},
  rounds = 7,
  perRound = 300,
): MeasureFigures {
  const schema = talkgraphSchema();
  const doc = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) operation ??= d;
  }
  if (!operation) throw new Error(`no operation in ${query}`);
  const op = operation;
  const once = () => {
    const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables).coerced ?? {};
    return measureOperation(schema, fragments, op, coerced, DEFAULT_LIMITS.listFanout);
  };
  const m = once();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) once();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e3 / perRound);
  }
  return { micros: best, cost: m.cost, depth: m.depth, fieldsVisited: m.fieldsVisited };
}
