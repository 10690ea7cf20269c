import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Graph from 'graphology';
import type { DocumentFacts, GraphNode, GraphRel, NodeKind, RelType } from '../../model/graph';
import { collapseFacts } from '../merge';
import { NodeClaims, RelClaims } from './claims';
import { DocumentStrings, shareNodeFact, shareRelFact } from './shared-claims';

interface NodeAttrs {
  claims: NodeClaims;
}
interface EdgeAttrs {
  claims: RelClaims;
}

interface HeldDocument {
  nodes: string[];
  rels: string[];
  hash: string | null;
  /**
   * the facts as JSON, as they were journaled (what a snapshot writes back),
   * deflated: held as a string it was the largest part of the heap (about
   * 2× the snapshot's bytes, 2.4 GB at 100k documents); deflated it is a tenth
   * of that, outside the JS heap, and only compaction reads it
   */
  json: Buffer;
}

/**
 * The graph in memory: a graphology directed graph whose nodes and edges carry
 * each document's claims, merged incrementally (claims.ts). Writing a
 * document costs the size of its facts; the state is fully determined by the
 * set of documents written, which is what makes replay from disk exact.
 */
export class MemoryGraph {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: true });
  /** what each document supports, so replacing it touches only its own facts */
  private readonly byDocument = new Map<string, HeldDocument>();
  /** node ids by kind, so a list of one kind never walks the others */
  private readonly kinds = new Map<NodeKind, Set<string>>();
  /** bumped on every change; caches keyed on it never serve a stale answer */
  version = 0;

  hasDocument(documentId: string): boolean {
    return this.byDocument.has(documentId);
  }

  documentHash(documentId: string): string | null {
    return this.byDocument.get(documentId)?.hash ?? null;
  }

  get documentCount(): number {
    return this.byDocument.size;
  }

  /** Every document's facts as JSON, in document id order: the whole state. */
  *documentJson(): Iterable<string> {
    const ids = [...this.byDocument.keys()].sort();
    for (const id of ids) yield inflateRawSync(this.byDocument.get(id)!.json).toString('utf8');
  }

  idsOfKind(kind: NodeKind): ReadonlySet<string> {
    return this.kinds.get(kind) ?? new Set();
  }

  /** Replaces one document's facts. Relationships to nodes nobody supports are dropped. */
  write(facts: DocumentFacts, json: string): { nodes: number; rels: number } {
    this.remove(facts.documentId);
    this.version++;
    const doc = facts.documentId;
    const { nodes, rels } = collapseFacts(facts.nodes, facts.rels);
    const strings = new DocumentStrings(doc);
    for (const [id, fact] of nodes) {
      let claims: NodeClaims;
      if (this.graph.hasNode(id)) claims = this.graph.getNodeAttribute(id, 'claims');
      else {
        claims = new NodeClaims();
        this.graph.addNode(id, { claims });
        const ids = this.kinds.get(fact.kind) ?? new Set<string>();
        this.kinds.set(fact.kind, ids);
        ids.add(id);
      }
      claims.add(doc, shareNodeFact(fact, strings, claims.anyClaim()));
    }
    const writtenRels: string[] = [];
    for (const [id, fact] of rels) {
      if (!this.graph.hasNode(fact.from) || !this.graph.hasNode(fact.to)) continue;
      writtenRels.push(id);
      let claims: RelClaims;
      if (this.graph.hasEdge(id)) claims = this.graph.getEdgeAttribute(id, 'claims');
      else {
        claims = new RelClaims();
        this.graph.addDirectedEdgeWithKey(id, fact.from, fact.to, { claims });
      }
      const ends = {
        from: this.graph.getNodeAttribute(fact.from, 'claims').anyClaim()!.id,
        to: this.graph.getNodeAttribute(fact.to, 'claims').anyClaim()!.id,
      };
      claims.add(doc, shareRelFact(fact, strings, ends, claims.anyClaim()));
    }
    this.byDocument.set(doc, {
      nodes: [...nodes.keys()],
      rels: writtenRels,
      hash: nodes.get(doc)?.props.contentHash ?? null,
      // copied out: zlib's result sits in a 16 KB buffer of its own whatever its length
      json: Buffer.from(deflateRawSync(json, { level: 1 })),
    });
    return { nodes: nodes.size, rels: writtenRels.length };
  }

  remove(documentId: string): void {
    const held = this.byDocument.get(documentId);
    if (!held) return;
    this.version++;
    this.byDocument.delete(documentId);
    for (const id of held.rels) {
      if (!this.graph.hasEdge(id)) continue;
      const claims = this.graph.getEdgeAttribute(id, 'claims');
      claims.remove(documentId);
      if (claims.size === 0) this.graph.dropEdge(id);
    }
    for (const id of held.nodes) {
      if (!this.graph.hasNode(id)) continue;
      const claims = this.graph.getNodeAttribute(id, 'claims');
      claims.remove(documentId);
      if (claims.size === 0) {
        for (const ids of this.kinds.values()) ids.delete(id);
        this.graph.dropNode(id); // drops its remaining edges too: they would dangle
      }
    }
  }

  node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'claims').merged() : null;
  }

  /** The type of an edge, without building the shown relationship. */
  relType(edge: string): RelType {
    return this.graph.getEdgeAttribute(edge, 'claims').type!;
  }

  /** The shown relationship of an edge key. */
  rel(edge: string): GraphRel {
    return this.graph.getEdgeAttribute(edge, 'claims').merged()!;
  }
}
