import type { NodeClaims, RelClaims } from './claims';

// The directed graph under MemoryGraph: nodes by id, edges by key, and each
// node's outgoing and incoming edges in the order they were added. It does
// the little of graphology the store used (same method names), for less:
// graphology kept, per edge, a record of its own plus a property named after
// the other end in both ends' adjacency objects; a node the whole corpus
// points at (a popular technology) grew a dictionary of thousands of keys,
// and adding those edges was half of loading a 10k graph snapshot. Here an
// edge is its claims (RelClaims carries its key and ends) and sits in one
// array per end. At most one edge joins two nodes in one direction, as
// graphology's `multi: false` held it.

const NONE: readonly RelClaims[] = Object.freeze([]);

interface Vertex {
  claims: NodeClaims;
  out: RelClaims[];
  in: RelClaims[];
}

type EachEdge = (key: string, claims: RelClaims, from: string, to: string) => void;

export class Adjacency {
  private readonly vertices = new Map<string, Vertex>();
  private readonly byKey = new Map<string, RelClaims>();

  /** number of nodes */
  get order(): number {
    return this.vertices.size;
  }

  /** number of edges */
  get size(): number {
    return this.byKey.size;
  }

  hasNode(id: string): boolean {
    return this.vertices.has(id);
  }

  hasEdge(key: string): boolean {
    return this.byKey.has(key);
  }

  getNodeAttributes(id: string): NodeClaims {
    return this.vertex(id).claims;
  }

  getEdgeAttributes(key: string): RelClaims {
    const claims = this.byKey.get(key);
    if (!claims) throw new Error(`no edge ${key}`);
    return claims;
  }

  addNode(id: string, claims: NodeClaims): void {
    if (this.vertices.has(id)) throw new Error(`node ${id} exists`);
    this.vertices.set(id, { claims, out: NONE as RelClaims[], in: NONE as RelClaims[] });
  }

  /** Adds an edge under `claims.key` from `claims.from` to `claims.to`; both must be nodes. */
  addEdge(claims: RelClaims): void {
    const from = this.vertex(claims.from);
    const to = this.vertex(claims.to);
    if (this.byKey.has(claims.key)) throw new Error(`edge ${claims.key} exists`);
    this.byKey.set(claims.key, claims);
    if (from.out === NONE) from.out = [claims];
    else from.out.push(claims);
    if (to.in === NONE) to.in = [claims];
    else to.in.push(claims);
  }

  /** The key of the edge from one node to another, or undefined. */
  edge(from: string, to: string): string | undefined {
    const a = this.vertices.get(from);
    const b = this.vertices.get(to);
    if (!a || !b) return undefined;
    // walk the shorter side: a technology the corpus points at has thousands of incoming edges
    if (a.out.length <= b.in.length) {
      for (const e of a.out) if (e.to === to) return e.key;
    } else for (const e of b.in) if (e.from === from) return e.key;
    return undefined;
  }

  dropEdge(key: string): void {
    const claims = this.byKey.get(key);
    if (!claims) return;
    this.byKey.delete(key);
    const from = this.vertices.get(claims.from);
    const to = this.vertices.get(claims.to);
    if (from) from.out = without(from.out, claims);
    if (to) to.in = without(to.in, claims);
  }

  /** Drops a node and the edges still on it. */
  dropNode(id: string): void {
    const v = this.vertices.get(id);
    if (!v) return;
    for (const e of [...v.out, ...v.in]) this.dropEdge(e.key);
    this.vertices.delete(id);
  }

  nodes(): IterableIterator<string> {
    return this.vertices.keys();
  }

  edges(): IterableIterator<string> {
    return this.byKey.keys();
  }

  outEdges(id: string): string[] {
    return this.vertex(id).out.map((e) => e.key);
  }

  inEdges(id: string): string[] {
    return this.vertex(id).in.map((e) => e.key);
  }

  forEachOutEdge(id: string, each: EachEdge): void {
    const v = this.vertices.get(id);
    if (v) for (const e of v.out) each(e.key, e, e.from, e.to);
  }

  forEachInEdge(id: string, each: EachEdge): void {
    const v = this.vertices.get(id);
    if (v) for (const e of v.in) each(e.key, e, e.from, e.to);
  }

  source(key: string): string {
    return this.getEdgeAttributes(key).from;
  }

  target(key: string): string {
    return this.getEdgeAttributes(key).to;
  }

  private vertex(id: string): Vertex {
    const v = this.vertices.get(id);
    if (!v) throw new Error(`no node ${id}`);
    return v;
  }
}

/** The list without one edge, in the same order (the shared empty list when none is left). */
function without(list: RelClaims[], claims: RelClaims): RelClaims[] {
  const at = list.indexOf(claims);
  if (at === -1) return list;
  if (list.length === 1) return NONE as RelClaims[];
  list.splice(at, 1);
  return list;
}
