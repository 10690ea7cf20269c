import type { NodeFact, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { type Claims, mergeNode, mergeRel } from '../merge';
import { nativeStrings, nodeProperties, relProperties } from './codec';
import type { Run } from './connection';
import { type Collapsed, claimsToRead, type PriorRecord, type RelKey, type StoredClaims } from './write-plan';

// Many document writes (or removals) in ONE transaction of three statements,
// whatever the batch size: lock and read the documents' SourceRecords, read
// the stored claims on everything the batch touches, apply the end state.
// In between, TypeScript applies each document in order to the claims as the
// documents before it left them (the rules of planWrite in write-plan.ts), and
// merges each touched node and relationship once, so the end state is exactly
// that of writing them one by one.

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
    if (!reads[i]) return { changed: false, nodes: 0, rels: 0 };
    const done = withdrawAndAdd(state, op, priors.get(op.documentId) ?? null, detached, upserted);
    for (const key of done.written) touchedRels.set(keyId(key), key);
    if (op.facts) {
      saved.set(op.documentId, { contentHash: op.hash, nodeIds: [...op.facts.nodes.keys()], rels: done.written });
      removed.delete(op.documentId);
    } else {
      saved.delete(op.documentId);
      removed.add(op.documentId);
    }
    return { changed: true, nodes: op.facts?.nodes.size ?? 0, rels: done.written.length };
  });
  if (results.every((r) => !r.changed)) return results;

  const nodes = [];
  for (const id of new Set([...upserted, ...detached])) {
    const claims = state.nodes.get(id);
    const node = claims && mergeNode(claims);
    if (node) nodes.push({ id, kind: node.kind, properties: nodeProperties(node, claims) });
  }
  // by type: apply-batch has one MERGE per static type (see there why)
  const rels: Partial<Record<RelType, { from: string; to: string; properties: Record<string, unknown> }[]>> = {};
  const deleteRels: RelKey[] = [];
  for (const [id, key] of touchedRels) {
    const held = state.rels.get(id);
    const rel = held && mergeRel(held.claims);
    if (held && rel) (rels[key.type] ??= []).push({ from: key.from, to: key.to, properties: relProperties(rel, held.claims) });
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

/**
 * One document's write on the batch's claims, in place: what planWrite
 * (write-plan.ts) decides for a single write, without copying or merging the
 * claims of every node it touches, so a technology half the corpus names costs
 * one merge per batch instead of one per document. First withdraw what the
 * document said before (a node left without claims goes with every
 * relationship it has), then add what it says now (relationships only between
 * existing nodes).
 */
function withdrawAndAdd(
  state: StoredClaims,
  op: BatchOp,
  prior: PriorRecord | null,
  detached: Set<string>,
  upserted: Set<string>,
): { written: RelKey[] } {
  const documentId = op.documentId;
  for (const key of prior?.rels ?? []) {
    const id = keyId(key);
    const held = state.rels.get(id);
    if (!held) continue;
    delete held.claims[documentId];
    if (Object.keys(held.claims).length === 0) state.rels.delete(id);
  }
  const gone = new Set<string>();
  for (const id of prior?.nodeIds ?? []) {
    const claims = state.nodes.get(id);
    if (!claims) continue;
    delete claims[documentId];
    upserted.add(id);
    if (Object.keys(claims).length > 0) continue;
    state.nodes.delete(id);
    gone.add(id);
    detached.add(id);
  }
  // DETACH DELETE takes every relationship of the node with it, not only this document's
  if (gone.size > 0)
    for (const [id, held] of state.rels) if (gone.has(held.key.from) || gone.has(held.key.to)) state.rels.delete(id);

  const written: RelKey[] = [];
  for (const [id, fact] of op.facts?.nodes ?? []) {
    const claims = state.nodes.get(id) ?? {};
    claims[documentId] = fact;
    state.nodes.set(id, claims);
    upserted.add(id);
  }
  for (const [id, fact] of op.facts?.rels ?? []) {
    if (!state.nodes.has(fact.from) || !state.nodes.has(fact.to)) continue;
    const key = { type: fact.type, from: fact.from, to: fact.to };
    const held = state.rels.get(id) ?? { key, claims: {} };
    held.claims[documentId] = fact;
    state.rels.set(id, held);
    written.push(key);
  }
  return { written };
}
