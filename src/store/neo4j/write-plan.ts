import type { NodeFact, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import type { Claims, collapseFacts } from '../merge';

// The shapes a write reads before it plans (batch-write.ts plans): what each
// document wrote last time, and the stored claims on what it touches.

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
