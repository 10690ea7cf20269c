import type { DocumentFacts, GraphNode, GraphRel, NodeKind, RelType } from '../../model/graph';
import { collapseFacts } from '../merge';
import { Adjacency } from './adjacency';
import { NodeClaims, RelClaims } from './claims';
import { DocumentStrings, packEvidence, sameProps } from './shared-claims';

export interface HeldDocument {
  nodes: string[];
  rels: string[];
  hash: string | null;
  /**
   * where the facts' JSON is on disk, for the next snapshot to copy: the
   * bytes of its journal entry, or -1 when the current snapshot holds it.
   * (Held in memory, even deflated, the JSON outweighed the rest of a
   * document, and re-deflating it was a tenth of opening a store.)
   */
  start: number;
  end: number;
}

/** The bytes of a document's journal entry. */
export interface JournalPlace {
  start: number;
  end: number;
}

/**
 * The graph in memory: a directed graph (adjacency.ts) whose nodes and edges carry
 * each document's claims, merged incrementally (claims.ts). Writing a
 * document costs the size of its facts; the state is fully determined by the
 * set of documents written, which is what makes replay from disk exact.
 */
export class MemoryGraph {
  readonly graph = new Adjacency();
  /** what each document supports, so replacing it touches only its own facts */
  private readonly byDocument = new Map<string, HeldDocument>();
  /** node ids by kind, so a list of one kind never walks the others */
  private readonly kinds = new Map<NodeKind, Set<string>>();
  /** bumped on every change; caches keyed on it never serve a stale answer */
  version = 0;
  /** the next edge key, base 36 (a graph snapshot carries it on) */
  nextEdge = 0;

  hasDocument(documentId: string): boolean {
    return this.byDocument.has(documentId);
  }

  documentHash(documentId: string): string | null {
    return this.byDocument.get(documentId)?.hash ?? null;
  }

  get documentCount(): number {
    return this.byDocument.size;
  }

  /** True when the current snapshot holds this document as it is now. */
  inSnapshot(documentId: string): boolean {
    return this.byDocument.get(documentId)?.start === -1;
  }

  /** The journal entries of the documents written since the snapshot, in journal order. */
  journalPlaces(): JournalPlace[] {
    const places: JournalPlace[] = [];
    for (const held of this.byDocument.values()) if (held.start !== -1) places.push(held);
    return places.sort((a, b) => a.start - b.start);
  }

  /** After a snapshot of this state was put in place (by this process or another): every document is in it. */
  allInSnapshot(): void {
    for (const held of this.byDocument.values()) {
      held.start = -1;
      held.end = -1;
    }
  }

  idsOfKind(kind: NodeKind): ReadonlySet<string> {
    return this.kinds.get(kind) ?? new Set();
  }

  /** Every document held and what it supports, for a graph snapshot. */
  heldDocuments(): IterableIterator<[string, HeldDocument]> {
    return this.byDocument.entries();
  }

  /** Restoring a graph snapshot (graph-snapshot.ts): one document, its lists filled as its claims arrive. */
  restoreDocument(documentId: string, held: HeldDocument): void {
    this.byDocument.set(documentId, held);
  }

  /** Restoring a graph snapshot: one node with all its claims. */
  restoreNode(claims: NodeClaims): void {
    this.graph.addNode(claims.id, claims);
    const ids = this.kinds.get(claims.kind) ?? new Set<string>();
    this.kinds.set(claims.kind, ids);
    ids.add(claims.id);
  }

  /** Restoring a graph snapshot: one edge with all its claims, under its key. */
  restoreEdge(claims: RelClaims): void {
    this.graph.addEdge(claims);
  }

  /** Replaces one document's facts. Relationships to nodes nobody supports are dropped. */
  write(facts: DocumentFacts, place: JournalPlace | null = null): { nodes: number; rels: number } {
    this.remove(facts.documentId);
    this.version++;
    const doc = facts.documentId;
    const { nodes, rels } = collapseFacts(facts.nodes, facts.rels);
    const strings = new DocumentStrings(doc);
    const heldNodes: string[] = [];
    for (const [id, fact] of nodes) {
      let claims: NodeClaims;
      if (this.graph.hasNode(id)) claims = this.graph.getNodeAttributes(id);
      else {
        claims = new NodeClaims(id, fact.kind);
        this.graph.addNode(id, claims);
        const ids = this.kinds.get(fact.kind) ?? new Set<string>();
        this.kinds.set(fact.kind, ids);
        ids.add(id);
      }
      const like = claims.sampleProps();
      const props = like && sameProps(fact.props, like) ? like : fact.props;
      claims.add(doc, props, packEvidence(fact.evidence, strings, claims.sampleEvidence()));
      // the node's own id string, not this document's copy of it
      heldNodes.push(claims.id);
    }
    const heldRels: string[] = [];
    for (const fact of rels.values()) {
      if (!this.graph.hasNode(fact.from) || !this.graph.hasNode(fact.to)) continue;
      let edge = this.graph.edge(fact.from, fact.to);
      let claims: RelClaims;
      if (edge !== undefined) {
        claims = this.graph.getEdgeAttributes(edge);
        if (claims.type !== fact.type)
          throw new Error(`${doc}: ${fact.type} ${fact.from} → ${fact.to}: the two already have ${claims.type}`);
      } else {
        const from = this.graph.getNodeAttributes(fact.from).id;
        const to = this.graph.getNodeAttributes(fact.to).id;
        // a short key of our own: the relationship's id (type, both ends' ids) is rebuilt when shown
        edge = (this.nextEdge++).toString(36);
        claims = new RelClaims(edge, fact.type, from, to);
        this.graph.addEdge(claims);
      }
      claims.add(doc, fact.props.role, packEvidence(fact.evidence, strings, claims.sampleEvidence()));
      heldRels.push(edge);
    }
    this.byDocument.set(doc, {
      // exact-size copies: the pushed arrays hold spare room
      nodes: heldNodes.slice(),
      rels: heldRels.slice(),
      hash: nodes.get(doc)?.props.contentHash ?? null,
      start: place ? place.start : -1,
      end: place ? place.end : -1,
    });
    return { nodes: nodes.size, rels: heldRels.length };
  }

  remove(documentId: string): void {
    const held = this.byDocument.get(documentId);
    if (!held) return;
    this.version++;
    this.byDocument.delete(documentId);
    for (const edge of held.rels) {
      if (!this.graph.hasEdge(edge)) continue;
      const claims = this.graph.getEdgeAttributes(edge);
      claims.remove(documentId);
      if (claims.size === 0) this.graph.dropEdge(edge);
    }
    for (const id of held.nodes) {
      if (!this.graph.hasNode(id)) continue;
      const claims = this.graph.getNodeAttributes(id);
      claims.remove(documentId);
      if (claims.size === 0) {
        for (const ids of this.kinds.values()) ids.delete(id);
        this.graph.dropNode(id); // drops its remaining edges too: they would dangle
      }
    }
  }

  /** The shown relationship of this type between two nodes, or null. */
  relBetween(type: RelType, from: string, to: string): GraphRel | null {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) return null;
    const edge = this.graph.edge(from, to);
    if (edge === undefined) return null;
    const claims = this.graph.getEdgeAttributes(edge);
    return claims.type === type ? claims.merged() : null;
  }

  node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id).merged() : null;
  }

  /** The type of an edge, without building the shown relationship. */
  relType(edge: string): RelType {
    return this.graph.getEdgeAttributes(edge).type;
  }

  /** The shown relationship of an edge key. */
  rel(edge: string): GraphRel {
    return this.graph.getEdgeAttributes(edge).merged()!;
  }
}
