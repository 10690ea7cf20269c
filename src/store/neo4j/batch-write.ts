import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { NodeFact, NodeKind, RelFact, RelType } from '../../model/graph';
import type { Claims } from '../merge';
import { nativeStrings, nodeProperties, relProperties, storedFold } from './codec';
import type { Run } from './connection';
import { foldNode, foldRel, type NodeState, nodeOf, type RelState, relOf } from './fold';
import {
  type Collapsed,
  type Held,
  keyId,
  type PriorRecord,
  type RelKey,
  type StoredState,
  stateToRead,
} from './write-plan';

// Many document writes (or removals) in ONE transaction of three statements,
// whatever the batch size: lock and read the documents' SourceRecords, read
// the merge state of everything the batch touches, apply the end state.
// Each node and relationship keeps its merge folded (fold.ts), and each
// document its own claims (on its SourceRecord), so a batch that only adds
// claims reads and writes what its documents say, not every claim a hub has
// collected. Where a document of the batch withdraws a claim (a changed or
// removed document), the touched item is merged again from its documents'
// own claims. TypeScript applies each document in order, so the end state is
// exactly that of writing them one by one.

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

/** What a SourceRecord keeps of its document's claims (claimsDeflated: this as JSON, deflated). */
interface DocumentClaims {
  nodes: [string, NodeFact][];
  rels: [string, RelFact][];
}

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
  // what a document of the batch withdraws a claim from: merged again from every claim
  const remergedNodes = new Set<string>();
  const remergedRels = new Map<string, RelKey>();
  for (const [i, op] of ops.entries()) {
    if (!live[i]) continue;
    const prior = priors.get(op.documentId) ?? null;
    const read = stateToRead(op.facts, prior);
    for (const id of read.nodeIds) touchedNodes.add(id);
    for (const key of read.rels) touchedRels.set(keyId(key), key);
    for (const id of prior?.nodeIds ?? []) remergedNodes.add(id);
    for (const key of prior?.rels ?? []) remergedRels.set(keyId(key), key);
  }
  if (!live.some(Boolean)) return ops.map(() => ({ changed: false, nodes: 0, rels: 0 }));
  const state = await readState(run, [...touchedNodes], [...touchedRels.values()], remergedNodes, remergedRels);

  const detached = new Set<string>();
  const upserted = new Set<string>();
  const saved = new Map<string, PriorRecord & { claims: DocumentClaims }>();
  const removed = new Set<string>();
  const results = ops.map((op, i): OpResult => {
    if (!live[i]) return { changed: false, nodes: 0, rels: 0 };
    const done = withdrawAndAdd(
      state,
      op,
      priors.get(op.documentId) ?? null,
      { remergedNodes, remergedRels },
      {
        detached,
        upserted,
      },
    );
    for (const key of done.written) touchedRels.set(keyId(key), key);
    if (op.facts) {
      const claims: DocumentClaims = {
        nodes: [...op.facts.nodes],
        rels: done.written.map((k) => [keyId(k), op.facts!.rels.get(keyId(k))!]),
      };
      saved.set(op.documentId, {
        contentHash: op.hash,
        nodeIds: [...op.facts.nodes.keys()],
        rels: done.written,
        claims,
      });
      removed.delete(op.documentId);
    } else {
      saved.delete(op.documentId);
      removed.add(op.documentId);
    }
    return { changed: true, nodes: op.facts?.nodes.size ?? 0, rels: done.written.length };
  });

  const nodes = [];
  for (const id of new Set([...upserted, ...detached])) {
    const held = state.nodes.get(id);
    const folded = held && nodeFold(held);
    if (folded) nodes.push({ id, kind: folded.kind, properties: nodeProperties(nodeOf(folded), folded) });
  }
  // by type: apply-batch has one MERGE per static type (see there why)
  const rels: Partial<Record<RelType, { from: string; to: string; properties: Record<string, unknown> }[]>> = {};
  const deleteRels: RelKey[] = [];
  for (const [id, key] of touchedRels) {
    const entry = state.rels.get(id);
    const folded = entry && relFold(entry.held);
    if (!folded) {
      deleteRels.push(key);
      continue;
    }
    const list = rels[key.type] ?? [];
    list.push({ from: key.from, to: key.to, properties: relProperties(relOf(folded), folded) });
    rels[key.type] = list;
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
      claimsDeflated: deflateClaims(r.claims),
    })),
  });
  return results;
}

/** The fold of what is held (null when no claim is left). */
function nodeFold(held: Held<NodeFact, NodeState>): NodeState | null {
  if ('fold' in held) return held.fold;
  let s: NodeState | null = null;
  for (const [documentId, fact] of Object.entries(held.claims)) s = foldNode(s, documentId, fact);
  return s;
}

function relFold(held: Held<RelFact, RelState>): RelState | null {
  if ('fold' in held) return held.fold;
  let s: RelState | null = null;
  for (const [documentId, fact] of Object.entries(held.claims)) s = foldRel(s, documentId, fact);
  return s;
}

/**
 * A document's claims as its SourceRecord keeps them: the JSON deflated (a
 * fraction of the bytes to send, store and log; only a later write that
 * withdraws a claim reads it), at the fastest level, as it is written far
 * more often than read.
 */
const deflateClaims = (claims: DocumentClaims) => deflateRawSync(JSON.stringify(claims), { level: 1 });

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

const earlierVersion = (what: string) =>
  new Error(
    `${what} was stored by an earlier talkgraph (claims kept on the node): empty the Neo4j database and ingest the documents again`,
  );

/**
 * One statement: the folded state of what the batch touches, and for what it
 * re-merges the claims of every document naming it (from their SourceRecords).
 */
async function readState(
  run: Run,
  nodeIds: string[],
  rels: RelKey[],
  remergedNodes: Set<string>,
  remergedRels: Map<string, RelKey>,
): Promise<StoredState> {
  const [row] = await run('write/read-state', {
    nodeIds,
    rels,
    remergedNodeIds: [...remergedNodes],
    remergedRels: [...remergedRels.values()].map((k) => [k.type, k.from, k.to]),
  });
  const records = new Map<string, { nodes: Map<string, NodeFact>; rels: Map<string, RelFact> }>();
  for (const [documentId, deflated, json] of row.records as [string, number[] | null, string | null][]) {
    if (deflated === null && json === null) throw earlierVersion(`document ${documentId}`);
    // the driver answers a byte array as numbers (signed bytes, which Buffer.from wraps)
    const text = deflated ? inflateRawSync(Buffer.from(deflated)).toString('utf8') : json!;
    const claims = JSON.parse(text) as DocumentClaims;
    records.set(documentId, { nodes: new Map(claims.nodes), rels: new Map(claims.rels) });
  }
  const claimsOf = <F>(id: string, sources: string[], of: 'nodes' | 'rels'): Claims<F> => {
    const claims: Claims<F> = {};
    for (const documentId of sources) {
      const claim = records.get(documentId)?.[of].get(id);
      if (!claim) throw new Error(`document ${documentId} names ${id}, but its record holds no claim on it`);
      claims[documentId] = claim as F;
    }
    return claims;
  };
  const nodes: StoredState['nodes'] = new Map();
  for (const [id, kind, json, sources, evidence] of row.nodes as [string, NodeKind, string | null, unknown, string][]) {
    if (json === null) throw earlierVersion(`node ${id}`);
    const docs = nativeStrings(sources);
    nodes.set(
      id,
      remergedNodes.has(id)
        ? { claims: claimsOf<NodeFact>(id, docs, 'nodes') }
        : { fold: storedFold<NodeState>(json, { id, kind }, docs, evidence) },
    );
  }
  const held: StoredState['rels'] = new Map();
  for (const [type, from, to, json, sources, evidence] of row.rels as [
    RelType,
    string,
    string,
    string | null,
    unknown,
    string,
  ][]) {
    const key = { type, from, to };
    const id = keyId(key);
    if (json === null) throw earlierVersion(`relationship ${id}`);
    const docs = nativeStrings(sources);
    held.set(id, {
      key,
      held: remergedRels.has(id)
        ? { claims: claimsOf<RelFact>(id, docs, 'rels') }
        : { fold: storedFold<RelState>(json, key, docs, evidence) },
    });
  }
  return { nodes, rels: held };
}

/**
 * One document's write on the batch's state, in place: first withdraw what
 * the document said before (only from items held as claims: everything a
 * prior record names is), a node left without claims going with every
 * relationship it has; then add what it says now (relationships only between
 * existing nodes), folded where the batch withdraws nothing from the item.
 */
function withdrawAndAdd(
  state: StoredState,
  op: BatchOp,
  prior: PriorRecord | null,
  remerged: { remergedNodes: Set<string>; remergedRels: Map<string, RelKey> },
  out: { detached: Set<string>; upserted: Set<string> },
): { written: RelKey[] } {
  const documentId = op.documentId;
  for (const key of prior?.rels ?? []) {
    const id = keyId(key);
    const entry = state.rels.get(id);
    if (!entry || !('claims' in entry.held)) continue;
    delete entry.held.claims[documentId];
    if (Object.keys(entry.held.claims).length === 0) state.rels.delete(id);
  }
  const gone = new Set<string>();
  for (const id of prior?.nodeIds ?? []) {
    const held = state.nodes.get(id);
    if (!held || !('claims' in held)) continue;
    delete held.claims[documentId];
    out.upserted.add(id);
    if (Object.keys(held.claims).length > 0) continue;
    state.nodes.delete(id);
    gone.add(id);
    out.detached.add(id);
  }
  // DETACH DELETE takes every relationship of the node with it, not only this document's
  if (gone.size > 0)
    for (const [id, entry] of state.rels) if (gone.has(entry.key.from) || gone.has(entry.key.to)) state.rels.delete(id);

  const written: RelKey[] = [];
  for (const [id, fact] of op.facts?.nodes ?? []) {
    const held = state.nodes.get(id);
    if (held && 'claims' in held) held.claims[documentId] = fact;
    else if (held) held.fold = foldNode(held.fold, documentId, fact);
    else
      state.nodes.set(
        id,
        remerged.remergedNodes.has(id)
          ? { claims: { [documentId]: fact } }
          : { fold: foldNode(null, documentId, fact) },
      );
    out.upserted.add(id);
  }
  for (const [id, fact] of op.facts?.rels ?? []) {
    if (!state.nodes.has(fact.from) || !state.nodes.has(fact.to)) continue;
    const key = { type: fact.type, from: fact.from, to: fact.to };
    const entry = state.rels.get(id);
    if (entry && 'claims' in entry.held) entry.held.claims[documentId] = fact;
    else if (entry && 'fold' in entry.held) entry.held.fold = foldRel(entry.held.fold, documentId, fact);
    else
      state.rels.set(id, {
        key,
        held: remerged.remergedRels.has(id)
          ? { claims: { [documentId]: fact } }
          : { fold: foldRel(null, documentId, fact) },
      });
    written.push(key);
  }
  return { written };
}
