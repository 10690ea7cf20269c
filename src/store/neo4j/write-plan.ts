import type { NodeFact, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import type { Claims, collapseFacts } from '../merge';
import type { NodeState, RelState } from './fold';

// The shapes a write reads before it plans (batch-write.ts plans): what each
// document wrote last time, and the merge state of what it touches.

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

/**
 * A touched node or relationship as the batch holds it: its folded state,
 * when the batch only adds claims to it, or every document's claim, when a
 * document of the batch withdraws one (a fold cannot take a claim back).
 */
export type Held<F, S> = { fold: S } | { claims: Claims<F> };

/** The stored state of what a write touches (absent = not stored). */
export interface StoredState {
  nodes: Map<string, Held<NodeFact, NodeState>>;
  rels: Map<string, { key: RelKey; held: Held<RelFact, RelState> }>;
}

export type Collapsed = ReturnType<typeof collapseFacts>;

export const keyId = (k: RelKey) => relId(k.type, k.from, k.to);

/** Every node and relationship whose state the plan needs. */
export function stateToRead(facts: Collapsed | null, prior: PriorRecord | null): { nodeIds: string[]; rels: RelKey[] } {
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
