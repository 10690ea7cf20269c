import type { Evidence, GraphNode, GraphRel, NodeFact, NodeProps, RelFact, RelProps } from '../model/graph';
import { relId } from '../model/ids';

// Both stores keep, for every node and relationship, what each document
// claimed about it, and show the merge of those claims. Merging here, in one
// pure function, is what makes the two stores give identical answers, and lets
// re-ingesting a changed document withdraw exactly what it used to say.

/** Evidence kept per node or relationship; enough to show why, small enough to store. */
export const MAX_EVIDENCE = 12;

/** Claims by document id. */
export type Claims<T> = Record<string, T>;

const byDocument = <T>(claims: Claims<T>): [string, T][] =>
  Object.entries(claims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function mergeEvidence(all: Evidence[][]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const list of all)
    for (const e of list) {
      const key = `${e.documentId}:${e.start}:${e.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
      if (out.length >= MAX_EVIDENCE) return out;
    }
  return out;
}

/**
 * The shown node: the name from the first document (by id) that claims it,
 * aliases united, each other property from the first document that knows it.
 */
export function mergeNode(claims: Claims<NodeFact>): GraphNode | null {
  const entries = byDocument(claims);
  if (entries.length === 0) return null;
  const first = entries[0][1];
  const props: NodeProps = { name: first.props.name };
  const aliases = new Set<string>();
  for (const [, fact] of entries) {
    for (const [key, value] of Object.entries(fact.props) as [keyof NodeProps, unknown][]) {
      if (key === 'aliases') {
        for (const a of (value as string[] | undefined) ?? []) aliases.add(a);
      } else if (key === 'name') {
        if (value !== props.name) aliases.add(value as string);
      } else if (value !== null && value !== undefined && value !== '' && props[key] == null) {
        (props as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }
  aliases.delete(props.name);
  // implied only while no document names it
  if (entries.some(([, f]) => f.props.implied != null))
    props.implied = entries.every(([, f]) => f.props.implied === true);
  const sortedAliases = [...aliases].sort();
  props.aliases = sortedAliases;
  return {
    id: first.id,
    kind: first.kind,
    name: props.name,
    aliases: sortedAliases,
    props,
    sources: entries.map(([doc]) => doc),
    evidence: mergeEvidence(entries.map(([, f]) => f.evidence)),
  };
}

/** The shown relationship: the first non-empty role by document id. */
export function mergeRel(claims: Claims<RelFact>): GraphRel | null {
  const entries = byDocument(claims);
  if (entries.length === 0) return null;
  const first = entries[0][1];
  const props: RelProps = { role: null };
  for (const [, fact] of entries) if (!props.role && fact.props.role) props.role = fact.props.role;
  return {
    id: relId(first.type, first.from, first.to),
    type: first.type,
    from: first.from,
    to: first.to,
    props,
    sources: entries.map(([doc]) => doc),
    evidence: mergeEvidence(entries.map(([, f]) => f.evidence)),
  };
}

/**
 * One document's facts, deduplicated: a document that says the same thing
 * twice makes one claim with both pieces of evidence.
 */
export function collapseFacts(
  nodes: NodeFact[],
  rels: RelFact[],
): { nodes: Map<string, NodeFact>; rels: Map<string, RelFact> } {
  const n = new Map<string, NodeFact>();
  for (const fact of nodes) {
    const prev = n.get(fact.id);
    if (!prev) {
      n.set(fact.id, { ...fact, props: { ...fact.props }, evidence: [...fact.evidence] });
      continue;
    }
    const aliases = new Set([...(prev.props.aliases ?? []), ...(fact.props.aliases ?? [])]);
    if (fact.props.name !== prev.props.name) aliases.add(fact.props.name);
    aliases.delete(prev.props.name);
    if (prev.props.implied || fact.props.implied)
      prev.props.implied = prev.props.implied === true && fact.props.implied === true;
    for (const [key, value] of Object.entries(fact.props) as [keyof NodeProps, unknown][])
      if (key !== 'aliases' && key !== 'name' && value != null && value !== '' && prev.props[key] == null)
        (prev.props as unknown as Record<string, unknown>)[key] = value;
    prev.props.aliases = [...aliases].sort();
    prev.evidence = prev.evidence.concat(fact.evidence).slice(0, MAX_EVIDENCE);
  }
  const r = new Map<string, RelFact>();
  for (const fact of rels) {
    const id = relId(fact.type, fact.from, fact.to);
    const prev = r.get(id);
    if (!prev) {
      r.set(id, { ...fact, props: { ...fact.props }, evidence: [...fact.evidence] });
      continue;
    }
    if (!prev.props.role && fact.props.role) prev.props.role = fact.props.role;
    prev.evidence = prev.evidence.concat(fact.evidence).slice(0, MAX_EVIDENCE);
  }
  return { nodes: n, rels: r };
}
