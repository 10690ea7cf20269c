import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { FollowKey } from '../../store/port';
import { relationshipField } from '../entities/relationship-fields';

// Which relationships a list field's nodes select (`talks { nodes { speakers
// … event … } }`, or the same under `edges { node }`), so the store reads the
// page and that first nested level in one statement (ReadOptions.follow).
// Reading more than the resolvers then ask for costs bytes, never answers:
// the batcher is primed per exact key, and a key nobody loads is never used.

function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[], seen: Set<string>) {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, info, out, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      fieldsOf(info.fragments[s.name.value]?.selectionSet, info, out, seen);
    }
  }
  return out;
}

/**
 * followFor per list field of a parsed document: Apollo reuses the document of
 * a query text it has seen, so a repeated query walks its selections once.
 * Keyed by the field's first node (a field of one document has one type).
 */
const followByField = new WeakMap<FieldNode, FollowKey[]>();

/** The relationship keys the nodes of this list field (a connection of `typeName`) select. */
export function followFor(info: GraphQLResolveInfo, typeName: string): FollowKey[] {
  const field = info.fieldNodes[0];
  const known = info.fieldNodes.length === 1 ? followByField.get(field) : undefined;
  if (known) return known;
  const follow = walkFollow(info, typeName);
  if (info.fieldNodes.length === 1) followByField.set(field, follow);
  return follow;
}

function walkFollow(info: GraphQLResolveInfo, typeName: string): FollowKey[] {
  const seen = new Set<string>();
  const connection = info.fieldNodes.flatMap((f) => fieldsOf(f.selectionSet, info, [], seen));
  const nodes = [
    ...connection.filter((f) => f.name.value === 'nodes'),
    ...connection
      .filter((f) => f.name.value === 'edges')
      .flatMap((e) => fieldsOf(e.selectionSet, info, [], seen))
      .filter((f) => f.name.value === 'node'),
  ];
  const keys = new Map<string, FollowKey>();
  for (const field of nodes.flatMap((n) => fieldsOf(n.selectionSet, info, [], seen))) {
    const key = relationshipField(typeName, field.name.value);
    if (key) keys.set(`${key.type}|${key.direction}`, key);
  }
  return [...keys.values()];
}
