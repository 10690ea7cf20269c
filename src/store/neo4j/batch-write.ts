import type { NodeFact, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { type Claims, mergeNode, mergeRel } from '../merge';
import { nativeStrings, nodeProperties, relProperties } from './codec';
import type { Run } from './connection';
import {
  type Collapsed,
  claimsToRead,
  type PriorRecord,
  planWrite,
  type RelKey,
  type StoredClaims,
  type WritePlan,
} from './write-plan';

// Many document writes (or removals) in ONE transaction of three statements,
// whatever the batch size: lock and read the documents' SourceRecords, read
// the stored claims on everything the batch touches, apply the end state.
// In between, TypeScript plans each document in order over the claims as the
// documents before it left them (planWrite, the same plan a single write
// makes), so the end state is exactly that of writing them one by one.

export interface BatchOp {
  documentId: string;
  /** what the document says now; null removes it */
  facts: Collapsed | null;
  /** its content hash: an unchanged document is skipped */
  hash: string | null;
}

export interface OpResult {
  changed: boolean;
  nodes: number;
  rels: number;
}

const keyId = (k: RelKey) => relId(k.type, k.from, k.to);

/** Runs the batch in the caller's transaction. Document ids must be distinct. */
export async function runBatch(run: Run, ops: readonly BatchOp[]): Promise<OpResult[]> {
  if (ops.length === 0) return [];
  const priors = await readRecords(run, ops);
  const live = ops.map((op) => {
    const prior = priors.get(op.documentId) ?? null;
    const unchanged = op.facts !== null && op.hash !== null && prior?.contentHash === op.hash;
    return !unchanged && (op.facts !== null || prior !== null);
  });
  const touchedNodes = new Set<string>();
  const touchedRels = new Map<string, RelKey>();
  const reads = ops.map((op, i) => {
    if (!live[i]) return null;
    const read = claimsToRead(op.facts, priors.get(op.documentId) ?? null);
    for (const id of read.nodeIds) touchedNodes.add(id);
    for (const key of read.rels) touchedRels.set(keyId(key), key);
    return read;
  });
  const state = await readClaims(run, [...touchedNodes], [...touchedRels.values()]);

  const detached = new Set<string>();
  const upserted = new Set<string>();
  const saved = new Map<string, PriorRecord>();
  const removed = new Set<string>();
  const results = ops.map((op, i): OpResult => {
    const read = reads[i];
    if (!read) return { changed: false, nodes: 0, rels: 0 };
    const plan = planWrite(op.documentId, op.facts, priors.get(op.documentId) ?? null, restrict(state, read));
    applyToState(state, plan, detached);
    for (const { node } of plan.upsertNodes) upserted.add(node.id);
    for (const key of plan.upsertRels) touchedRels.set(keyId(key.key), key.key);
    if (plan.record) {
      saved.set(op.documentId, plan.record);
      removed.delete(op.documentId);
    } else {
      saved.delete(op.documentId);
      removed.add(op.documentId);
    }
    return { changed: true, ...plan.counts };
  });
  if (results.every((r) => !r.changed)) return results;

  const nodes = [];
  for (const id of new Set([...upserted, ...detached])) {
    const claims = state.nodes.get(id);
    const node = claims && mergeNode(claims);
    if (node) nodes.push({ id, kind: node.kind, properties: nodeProperties(node, claims) });
  }
  const rels = [];
  const deleteRels: RelKey[] = [];
  for (const [id, key] of touchedRels) {
    const held = state.rels.get(id);
    const rel = held && mergeRel(held.claims);
    if (held && rel) rels.push({ ...key, properties: relProperties(rel, held.claims) });
    else deleteRels.push(key);
  }
  await run('write/apply-batch', {
    detachNodes: [...detached],
    deleteRels,
    nodes,
    rels,
    removed: [...removed],
    records: [...saved].map(([documentId, r]) => ({
      documentId,
      contentHash: r.contentHash,
      nodeIds: r.nodeIds,
      relTypes: r.rels.map((k) => k.type),
      relFroms: r.rels.map((k) => k.from),
      relTos: r.rels.map((k) => k.to),
    })),
  });
  return results;
}

async function readRecords(run: Run, ops: readonly BatchOp[]): Promise<Map<string, PriorRecord>> {
  const rows = await run('write/lock-and-records', { documentIds: ops.map((op) => op.documentId) });
  const records = new Map<string, PriorRecord>();
  for (const row of rows) {
    const types = nativeStrings(row.relTypes);
    const froms = nativeStrings(row.relFroms);
    const tos = nativeStrings(row.relTos);
    records.set(row.documentId as string, {
      contentHash: (row.contentHash as string | null) ?? null,
      nodeIds: nativeStrings(row.nodeIds),
      rels: types.map((type, i) => ({ type: type as RelType, from: froms[i], to: tos[i] })),
    });
  }
  return records;
}

/** One statement: the stored claims on the nodes and relationships the batch touches. */
async function readClaims(run: Run, nodeIds: string[], rels: RelKey[]): Promise<StoredClaims> {
  const [row] = await run('write/read-claims', { nodeIds, rels });
  const nodes = new Map<string, Claims<NodeFact>>();
  for (const [id, json] of row.nodes as [string, string][]) nodes.set(id, JSON.parse(json));
  const held: StoredClaims['rels'] = new Map();
  for (const [type, from, to, json] of row.rels as [RelType, string, string, string][])
    held.set(relId(type, from, to), { key: { type, from, to }, claims: JSON.parse(json) as Claims<RelFact> });
  return { nodes, rels: held };
}

/** The part of the batch's claims one document's plan reads (planWrite copies what it is given). */
function restrict(state: StoredClaims, read: { nodeIds: string[]; rels: RelKey[] }): StoredClaims {
  const nodes: StoredClaims['nodes'] = new Map();
  for (const id of read.nodeIds) {
    const claims = state.nodes.get(id);
    if (claims) nodes.set(id, claims);
  }
  const rels: StoredClaims['rels'] = new Map();
  for (const key of read.rels) {
    const held = state.rels.get(keyId(key));
    if (held) rels.set(keyId(key), held);
  }
  return { nodes, rels };
}

/** The claims as this document's write leaves them, for the documents after it. */
function applyToState(state: StoredClaims, plan: WritePlan, detached: Set<string>): void {
  if (plan.detachNodes.length > 0) {
    const gone = new Set(plan.detachNodes);
    for (const id of gone) {
      state.nodes.delete(id);
      detached.add(id);
    }
    // DETACH DELETE takes every relationship of the node with it, not only this document's
    for (const [id, held] of state.rels) if (gone.has(held.key.from) || gone.has(held.key.to)) state.rels.delete(id);
  }
  for (const key of plan.deleteRels) state.rels.delete(keyId(key));
  for (const { node, claims } of plan.upsertNodes) state.nodes.set(node.id, claims);
  for (const { key, claims } of plan.upsertRels) state.rels.set(keyId(key), { key, claims });
}
