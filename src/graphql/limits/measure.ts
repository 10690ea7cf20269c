import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type Args, CONNECTION_COST, FIELD_COSTS, isContainerType } from './field-costs';

/** What an operation asks of the server, before it runs. */
export interface QueryMeasure {
  /** deepest chain of fields with sub-selections */
  depth: number;
  /** estimated work units: each object field resolved counts its weight, times the items it is resolved for */
  cost: number;
  /** aliased fields, a fragment's counted once per spread */
  aliases: number;
}

/** A measure and the work it took: field nodes visited, at most the field nodes in the query text. */
export type MeasureWork = QueryMeasure & { fieldsVisited: number };

const NOTHING: QueryMeasure = { depth: 0, cost: 0, aliases: 0 };

/**
 * Measures an operation in one pass over its text: every fragment is measured
 * once and its measure reused at each spread, so fragments spreading each
 * other in a fan cost linear time, not 2^K. A fragment already on the stack
 * (a cycle, which validation rejects anyway) measures as nothing.
 */
export function measureOperation(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  listFanout: number,
): MeasureWork {
  const memo = new Map<string, QueryMeasure>();
  const onStack = new Set<string>();
  let fieldsVisited = 0;

  const fragment = (name: string): QueryMeasure => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    if (!def || onStack.has(name)) return NOTHING;
    const type = schema.getType(def.typeCondition.name.value);
    if (!isCompositeType(type)) return NOTHING;
    onStack.add(name);
    const m = selectionSet(def.selectionSet, type);
    onStack.delete(name);
    memo.set(name, m);
    return m;
  };

  const argsOf = (def: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]): Args => {
    try {
      return getArgumentValues(def, node, variables);
    } catch {
      return {}; // a bad argument fails execution with its own error; measure with the defaults
    }
  };

  const selectionSet = (set: SelectionSetNode, parent: GraphQLCompositeType): QueryMeasure => {
    let depth = 0;
    let cost = 0;
    let aliases = 0;
    for (const s of set.selections) {
      let m: QueryMeasure;
      if (s.kind === Kind.FRAGMENT_SPREAD) m = fragment(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        m = isCompositeType(type) ? selectionSet(s.selectionSet, type) : NOTHING;
      } else {
        fieldsVisited++;
        const alias = s.alias ? 1 : 0;
        // introspection is bounded by the schema, not the data
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        const type = def && getNamedType(def.type);
        if (!def || !s.selectionSet || !isCompositeType(type) || s.name.value.startsWith('__'))
          m = { depth: 0, cost: 0, aliases: alias };
        else {
          const child = selectionSet(s.selectionSet, type);
          const rule =
            FIELD_COSTS[`${parent.name}.${def.name}`] ??
            (def.args.some((a) => a.name === 'first') ? CONNECTION_COST : undefined);
          const args = rule ? argsOf(def, s) : {};
          const size = rule
            ? rule.size(args)
            : isListType(getNullableType(def.type)) && !isContainerType(parent.name)
              ? listFanout
              : 1;
          m = {
            depth: 1 + child.depth,
            // an item of a sized list (a page, a ranking) counts one even when only its scalars are asked;
            // the sub-selection is resolved at least once, since an empty page still answers its pageInfo
            cost: (rule ? rule.weight(args) : 1) + Math.max(size, 1) * child.cost + size * (rule ? 1 : 0),
            aliases: alias + child.aliases,
          };
        }
      }
      depth = Math.max(depth, m.depth);
      cost += m.cost;
      aliases += m.aliases;
    }
    return { depth, cost, aliases };
  };

  const root = schema.getRootType(operation.operation);
  const result = root ? selectionSet(operation.selectionSet, root) : NOTHING;
  return { ...result, fieldsVisited };
}
