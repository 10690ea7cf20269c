import neo4j from 'neo4j-driver';
import type { Evidence, GraphNode, GraphRel, NodeKind, NodeProps, RelType } from '../../model/graph';
import { normalizeName, relId } from '../../model/ids';
import type { Adjacent } from '../port';
import type { NodeState, RelState } from './fold';

// The adapter's edge for values: what a merged node or relationship becomes as
// Neo4j properties, and back. Neo4j integers and temporal values never leave
// this file; JSON strings keep claims, evidence and props exact.

/** Neo4j values as plain JS: Integer -> number, temporal -> ISO string, lists and maps walked. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Neo4j integer ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return String(value);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object' && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
  return value;
}

export const nativeNumber = (value: unknown): number | null => toNative(value) as number | null;
export const nativeStrings = (value: unknown): string[] => (toNative(value) as string[] | null) ?? [];

/**
 * A key whose code-point order (Neo4j's string order) is the UTF-16 code-unit
 * order of `s` (JS `<`, the embedded store's order): each code unit becomes one
 * code point, surrogates and U+E000..U+FFFF moved past the rest of the BMP.
 */
export function utf16SortKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    out += unit < 0xd800 ? s[i] : String.fromCodePoint(0x10000 + unit - 0xd800);
  }
  return out;
}

/** Props copied to plain properties, for Cypher filters and sorts and for Neo4j Browser. */
const FLAT_PROPS = [
  'category',
  'implied',
  'orgType',
  'series',
  'startDate',
  'endDate',
  'city',
  'venue',
  'year',
  'path',
  'sourceUrl',
  'publishedAt',
  'contentHash',
  'format',
] as const satisfies readonly (keyof NodeProps)[];

/**
 * The fold state as stored (foldJson), without what the node or relationship
 * holds already: its key (id and kind; type, from and to), its document ids
 * (`sources`) and its evidence (`evidenceJson`: only the claiming document of
 * each kept evidence is added, `evidenceBy`, not the snippets a second time).
 */
function foldJson(state: NodeState | RelState): string {
  const { sources: _, evidence, ...rest } = state as Partial<NodeState & RelState>;
  delete rest.id;
  delete rest.kind;
  delete rest.type;
  delete rest.from;
  delete rest.to;
  return JSON.stringify({ ...rest, evidenceBy: evidence!.map(([documentId]) => documentId) });
}

/** What a node or relationship holds of its fold's key: id and kind, or type, from and to. */
export type FoldKey = Pick<NodeState, 'id' | 'kind'> | Pick<RelState, 'type' | 'from' | 'to'>;

/**
 * A stored fold state back from foldJson and what the item holds; a fold
 * written before `evidenceBy` holds its key and its evidence itself.
 */
export function storedFold<S extends NodeState | RelState>(
  foldJson: string,
  key: FoldKey,
  sources: string[],
  evidenceJson: string,
): S {
  const { evidenceBy, ...rest } = JSON.parse(foldJson) as Omit<S, 'sources'> & { evidenceBy?: string[] };
  if (!evidenceBy) return { ...rest, ...key, sources } as unknown as S;
  const evidence = JSON.parse(evidenceJson) as Evidence[];
  return { ...rest, ...key, sources, evidence: evidence.map((e, i) => [evidenceBy[i], e]) } as unknown as S;
}

export function nodeProperties(node: GraphNode, state: NodeState): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    aliases: node.aliases,
    namesLower: [node.name, ...node.aliases].map((n) => n.toLowerCase()),
    sortName: utf16SortKey(node.name),
    sortId: utf16SortKey(node.id),
    sources: node.sources,
    propsJson: JSON.stringify(node.props),
    evidenceJson: JSON.stringify(node.evidence),
    foldJson: foldJson(state),
  };
  // topic lookups (read/technologies-by-key.cypher, a text index): the name's key first, then the aliases'
  if (node.kind === 'Technology') properties.nameKeys = nameKeysText(node);
  for (const key of FLAT_PROPS) {
    const value = node.props[key];
    if (typeof value === 'string' || typeof value === 'boolean') properties[key] = value;
    else if (typeof value === 'number') properties[key] = Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return properties;
}

/**
 * The keys (normalizeName) of a technology's name and aliases, space-separated
 * and space-padded (keys hold no whitespace): ` kubernetes k8s `. A key is
 * found with CONTAINS ` key ` through a text index; the name's key comes first
 * (STARTS WITH ` key `).
 */
export function nameKeysText(node: Pick<GraphNode, 'name' | 'aliases'>): string {
  const nameKey = normalizeName(node.name);
  const aliasKeys = new Set(node.aliases.map(normalizeName).filter((k) => k && k !== nameKey));
  // the name's key always takes the first place (empty when the name has none), so STARTS WITH tells it apart
  return ` ${[nameKey, ...aliasKeys].join(' ')} `;
}

export function relProperties(rel: GraphRel, state: RelState): Record<string, unknown> {
  return {
    id: rel.id,
    role: rel.props.role ?? null,
    sources: rel.sources,
    evidenceJson: JSON.stringify(rel.evidence),
    foldJson: foldJson(state),
  };
}

export function nodeFromRow(row: {
  id: unknown;
  kind: unknown;
  propsJson: unknown;
  sources: unknown;
  evidenceJson: unknown;
}): GraphNode {
  const props = JSON.parse(row.propsJson as string) as NodeProps;
  return {
    id: row.id as string,
    kind: row.kind as NodeKind,
    name: props.name,
    aliases: props.aliases ?? [],
    props,
    sources: nativeStrings(row.sources),
    evidence: evidenceFrom(row.evidenceJson),
  };
}

/** A read with `evidence: false` ships null instead of the JSON. */
const evidenceFrom = (json: unknown): Evidence[] => (json == null ? [] : (JSON.parse(json as string) as Evidence[]));

export function relFromRow(row: {
  type: unknown;
  from: unknown;
  to: unknown;
  role: unknown;
  sources: unknown;
  evidenceJson: unknown;
}): GraphRel {
  const type = row.type as RelType;
  const from = row.from as string;
  const to = row.to as string;
  return {
    id: relId(type, from, to),
    type,
    from,
    to,
    props: { role: (row.role as string | null) ?? null },
    sources: nativeStrings(row.sources),
    evidence: evidenceFrom(row.evidenceJson),
  };
}

/**
 * One row of read/adjacent.cypher or of a list page's followed relationships
 * (read/list/ship.cypher): the relationship and the node at its other end.
 */
export function adjacentFromRow(
  row: Record<string, unknown>,
  rel: { type: unknown; from: unknown; to: unknown },
): Adjacent {
  const other = nodeFromRow({
    id: row.otherId,
    kind: row.otherKind,
    propsJson: row.otherPropsJson,
    sources: row.otherSources,
    evidenceJson: row.otherEvidenceJson,
  });
  return {
    rel: relFromRow({ ...rel, role: row.role, sources: row.relSources, evidenceJson: row.relEvidenceJson }),
    otherId: other.id,
    other,
  };
}
