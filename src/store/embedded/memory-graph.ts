import Graph from 'graphology';
import type { DocumentFacts, GraphNode, GraphRel, NodeFact, RelFact } from '../../model/graph';
import { type Claims, collapseFacts, mergeNode, mergeRel } from '../merge';

interface NodeAttrs {
  claims: Claims<NodeFact>;
  merged: GraphNode;
}
interface EdgeAttrs {
  claims: Claims<RelFact>;
  merged: GraphRel;
}

/**
 * The graph in memory: a graphology directed graph whose nodes and edges carry
 * each document's claims and their merge. The state is fully determined by the
 * set of documents written, which is what makes replay from disk exact.
 */
export class MemoryGraph {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: true });
  /** what each document supports, so replacing it touches only its own facts */
  private readonly byDocument = new Map<
    string,
    { nodes: string[]; rels: string[]; hash: string | null; facts: DocumentFacts }
  >();

  hasDocument(documentId: string): boolean {
    return this.byDocument.has(documentId);
  }

  documentHash(documentId: string): string | null {
    return this.byDocument.get(documentId)?.hash ?? null;
  }

  /** Every document's facts as written, in document id order: the whole state. */
  allFacts(): DocumentFacts[] {
    return [...this.byDocument.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, held]) => held.facts);
  }

  /** Replaces one document's facts. Relationships to nodes nobody supports are dropped. */
  write(facts: DocumentFacts): { nodes: number; rels: number } {
    this.remove(facts.documentId);
    const doc = facts.documentId;
    const { nodes, rels } = collapseFacts(facts.nodes, facts.rels);
    for (const [id, fact] of nodes) {
      if (this.graph.hasNode(id)) {
        const attrs = this.graph.getNodeAttributes(id);
        attrs.claims[doc] = fact;
        attrs.merged = mergeNode(attrs.claims)!;
      } else {
        const claims = { [doc]: fact };
        this.graph.addNode(id, { claims, merged: mergeNode(claims)! });
      }
    }
    const writtenRels: string[] = [];
    for (const [id, fact] of rels) {
      if (!this.graph.hasNode(fact.from) || !this.graph.hasNode(fact.to)) continue;
      writtenRels.push(id);
      if (this.graph.hasEdge(id)) {
        const attrs = this.graph.getEdgeAttributes(id);
        attrs.claims[doc] = fact;
        attrs.merged = mergeRel(attrs.claims)!;
      } else {
        const claims = { [doc]: fact };
        this.graph.addDirectedEdgeWithKey(id, fact.from, fact.to, { claims, merged: mergeRel(claims)! });
      }
    }
    const docNode = nodes.get(doc);
    this.byDocument.set(doc, {
      nodes: [...nodes.keys()],
      rels: writtenRels,
      hash: docNode?.props.contentHash ?? null,
      facts,
    });
    return { nodes: nodes.size, rels: writtenRels.length };
  }

  remove(documentId: string): void {
    const held = this.byDocument.get(documentId);
    if (!held) return;
    this.byDocument.delete(documentId);
    for (const id of held.rels) {
      if (!this.graph.hasEdge(id)) continue;
      const attrs = this.graph.getEdgeAttributes(id);
      delete attrs.claims[documentId];
      const merged = mergeRel(attrs.claims);
      if (merged) attrs.merged = merged;
      else this.graph.dropEdge(id);
    }
    for (const id of held.nodes) {
      if (!this.graph.hasNode(id)) continue;
      const attrs = this.graph.getNodeAttributes(id);
      delete attrs.claims[documentId];
      const merged = mergeNode(attrs.claims);
      if (merged) attrs.merged = merged;
      else this.graph.dropNode(id); // drops its remaining edges too: they would dangle
    }
  }

  node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'merged') : null;
  }
}
