import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Refuses operations nested deeper than `max` fields, so one request cannot walk the whole graph. */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD)
          deepest = Math.max(deepest, (s.selectionSet ? 1 : 0) + depthOf(s.selectionSet, seen));
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          deepest = Math.max(deepest, depthOf(f?.selectionSet, new Set([...seen, s.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const depth = depthOf(op.selectionSet, new Set());
        if (depth > max)
          context.reportError(
            new GraphQLError(`query is nested ${depth} levels deep; the limit is ${max}`, {
              nodes: [op],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
      },
    };
  };
}
