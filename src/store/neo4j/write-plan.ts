import type { GraphNode, GraphRel, NodeFact, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { type Claims, type collapseFacts, mergeNode, mergeRel } from '../merge';

// What one document write (or removal) does to the stored claims, computed in
// TypeScript from what the transaction read, so Neo4j ends exactly where the
// embedded store's MemoryGraph ends: first withdraw everything the document
// said before (a node left without claims goes with all its relationships),
// then add what it says now (relationships only between existing nodes).

export interface RelKey {
  type: RelType;
  from: string;
  to: string;
}

/** What the document wrote last time (its SourceRecord). */
export interface PriorRecord {
  contentHash: string | null;
  nodeIds: string[];
  rels: RelKey[];
}

/** The stored claims on the nodes and relationships a write touches (absent = not stored). */
export interface StoredClaims {
  nodes: Map<string, Claims<NodeFact>>;
  rels: Map<string, { key: RelKey; claims: Claims<RelFact> }>;
}

export interface WritePlan {
  detachNodes: string[];
  deleteRels: RelKey[];
  upsertNodes: { node: GraphNode; claims: Claims<NodeFact> }[];
  upsertRels: { key: RelKey; rel: GraphRel; claims: Claims<RelFact> }[];
  /** the new record, or null to delete it (a removal) */
  record: PriorRecord | null;
  counts: { nodes: number; rels: number };
}

export type Collapsed = ReturnType<typeof collapseFacts>;

const keyId = (k: RelKey) => relId(k.type, k.from, k.to);

/** Every node and relationship whose claims the plan needs. */
export function claimsToRead(
  facts: Collapsed | null,
  prior: PriorRecord | null,
): { nodeIds: string[]; rels: RelKey[] } {
  const nodeIds = new Set(prior?.nodeIds ?? []);
  const rels = new Map<string, RelKey>((prior?.rels ?? []).map((k) => [keyId(k), k]));
  for (const id of facts?.nodes.keys() ?? []) nodeIds.add(id);
  for (const [id, fact] of facts?.rels ?? []) {
    nodeIds.add(fact.from);
    nodeIds.add(fact.to);
    rels.set(id, { type: fact.type, from: fact.from, to: fact.to });
  }
  return { nodeIds: [...nodeIds], rels: [...rels.values()] };
}

export function planWrite(
  documentId: string,
  facts: Collapsed | null,
  prior: PriorRecord | null,
  stored: StoredClaims,
): WritePlan {
  const nodes = new Map([...stored.nodes].map(([id, c]) => [id, { ...c }]));
  const rels = new Map([...stored.rels].map(([id, r]) => [id, { key: r.key, claims: { ...r.claims } }]));
  const touchedNodes = new Set<string>();
  const touchedRels = new Set<string>();
  const detached = new Set<string>();
  const emptied = new Map<string, RelKey>();

  // Withdraw the document's earlier claims: relationships first, then nodes.
  for (const key of prior?.rels ?? []) {
    const id = keyId(key);
    const held = rels.get(id);
    if (!held) continue;
    delete held.claims[documentId];
    touchedRels.add(id);
    if (Object.keys(held.claims).length > 0) continue;
    rels.delete(id);
    emptied.set(id, key);
  }
  for (const id of prior?.nodeIds ?? []) {
    const claims = nodes.get(id);
    if (!claims) continue;
    delete claims[documentId];
    touchedNodes.add(id);
    if (Object.keys(claims).length > 0) continue;
    nodes.delete(id);
    detached.add(id);
    for (const [rid, r] of rels) if (r.key.from === id || r.key.to === id) rels.delete(rid);
  }

  // Add what it says now.
  const written: RelKey[] = [];
  for (const [id, fact] of facts?.nodes ?? []) {
    const claims = nodes.get(id) ?? {};
    claims[documentId] = fact;
    nodes.set(id, claims);
    touchedNodes.add(id);
  }
  for (const [id, fact] of facts?.rels ?? []) {
    if (!nodes.has(fact.from) || !nodes.has(fact.to)) continue;
    const key = { type: fact.type, from: fact.from, to: fact.to };
    const held = rels.get(id) ?? { key, claims: {} };
    held.claims[documentId] = fact;
    rels.set(id, held);
    touchedRels.add(id);
    written.push(key);
  }

  return {
    detachNodes: [...detached],
    deleteRels: [...emptied].filter(([id]) => !rels.has(id)).map(([, key]) => key),
    upsertNodes: [...touchedNodes]
      .filter((id) => nodes.has(id))
      .map((id) => ({ node: mergeNode(nodes.get(id)!)!, claims: nodes.get(id)! })),
    upsertRels: [...touchedRels]
      .filter((id) => rels.has(id))
      .map((id) => {
        const { key, claims } = rels.get(id)!;
        return { key, rel: mergeRel(claims)!, claims };
      }),
    record: facts
      ? {
          contentHash: facts.nodes.get(documentId)?.props.contentHash ?? null,
          nodeIds: [...facts.nodes.keys()],
          rels: written,
        }
      : null,
    counts: { nodes: facts?.nodes.size ?? 0, rels: written.length },
  };
}
