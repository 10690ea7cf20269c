import type { Evidence, GraphNode, GraphRel, NodeKind, NodeProps, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { MAX_EVIDENCE } from '../merge';
import { forEachEvidence, type PackedEvidence } from './shared-claims';

// The merge of src/store/merge.ts, kept up to date one claim at a time.
// mergeNode/mergeRel look at every claim, so calling them on each write makes
// a node that thousands of documents mention cost thousands of steps per
// write: ingest grew quadratically. Here a claim is added in the size of the
// claim (plus an insert into the sorted list of its documents), and the shown
// node is rebuilt only when someone reads it. The contract suite holds this
// to the same answers as merge.ts.
//
// What every claim of one node or relationship shares (its id, kind, type,
// ends) is held once, on the set; a claim is only what can differ: its
// evidence (packed, shared-claims.ts), a node's props, a relationship's role.
// They sit in one flat array sorted by document id, which costs less than a
// Map per node or relationship (most relationships have one claim).

const valid = (v: unknown) => v !== null && v !== undefined && v !== '';

/**
 * Items per claim in a set's flat array: `doc`, then its evidence in three
 * items (`start, end, snippet` when it is one piece from the document itself,
 * as most are; else the packed evidence and two nulls: an array of its own
 * cost more than the claim's other parts), then what a claim of the kind
 * carries besides (a node's props, a relationship's role).
 */
export const STRIDE = 5;
export const EXTRA = 4;

/**
 * Claims in document id order, held in one flat array of STRIDE items per
 * claim. The set is also the graph element's attribute object (adjacency.ts), so
 * a node or edge costs one object for its claims, not three. One array of one claim is a literal of exactly that size: a push onto
 * an empty array reserves room for 17 items, and most relationships have only
 * the one claim.
 */
abstract class ClaimSet {
  protected entries: unknown[] = [];
  /**
   * A claim that arrived out of document order was appended, not inserted:
   * the array is sorted once, when something reads it in order. (Inserting
   * in place moved half of a popular node's array per document, a third of
   * opening a 10k store and quadratic in the corpus.)
   */
  private unordered = false;

  /** For code that reads the attribute by name (`getNodeAttribute(id, 'claims')`). */
  get claims(): this {
    return this;
  }

  get size(): number {
    return this.entries.length / STRIDE;
  }

  /** The i-th document id, in id order. */
  protected docAt(i: number): string {
    return this.entries[i * STRIDE] as string;
  }

  /** Sorts the claims by document id if one arrived out of order. */
  protected ordered(): void {
    if (!this.unordered) return;
    this.unordered = false;
    const n = this.size;
    const e = this.entries;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const x = e[a * STRIDE] as string;
      const y = e[b * STRIDE] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const sorted = new Array<unknown>(e.length);
    for (let i = 0; i < n; i++) for (let k = 0; k < STRIDE; k++) sorted[i * STRIDE + k] = e[order[i] * STRIDE + k];
    this.entries = sorted;
  }

  /**
   * The flat array itself, in document order: what a graph snapshot writes
   * (graph-snapshot.ts). Not to be changed by the caller.
   */
  orderedEntries(): readonly unknown[] {
    this.ordered();
    return this.entries;
  }

  /** document ids, sorted */
  get docs(): string[] {
    this.ordered();
    const out = new Array<string>(this.size);
    for (let i = 0; i < out.length; i++) out[i] = this.docAt(i);
    return out;
  }

  /** The evidence of one claim, whichever: what a new claim can share its snippets with. */
  sampleEvidence(): PackedEvidence | undefined {
    const e = this.entries;
    if (e.length === 0) return undefined;
    return typeof e[1] === 'number' ? [e[1], e[2] as number, e[3] as string] : (e[1] as PackedEvidence);
  }

  /** Where `doc` stands, or would stand, among the claims. */
  private lowerBound(doc: string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.docAt(mid) < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of `doc`'s claim, or -1. */
  protected indexOf(doc: string): number {
    this.ordered();
    const at = this.lowerBound(doc);
    return at < this.size && this.docAt(at) === doc ? at : -1;
  }

  /** Appends a claim of a document the set does not hold yet; out of order, it is sorted when read. */
  protected insert(doc: string, evidence: PackedEvidence, extra: unknown): void {
    const inline = evidence.length === 3 && typeof evidence[0] === 'number';
    const claim = inline ? [doc, evidence[0], evidence[1], evidence[2], extra] : [doc, evidence, null, null, extra];
    const n = this.size;
    if (n === 0) {
      this.entries = claim;
      return;
    }
    if (doc < this.docAt(n - 1)) this.unordered = true;
    // a few claims: an exact-size copy (push grows by half and 16 more); many: amortized growth
    if (n < 8) this.entries = this.entries.concat(claim);
    else for (const item of claim) this.entries.push(item);
  }

  /** Takes `doc`'s claim out; returns its items, or null. */
  protected take(doc: string): unknown[] | null {
    const at = this.indexOf(doc);
    if (at === -1) return null;
    return this.entries.splice(at * STRIDE, STRIDE);
  }

  /** The first MAX_EVIDENCE distinct pieces of evidence, by document id. */
  protected mergedEvidence(): Evidence[] {
    const seen = new Set<string>();
    const out: Evidence[] = [];
    const each = (documentId: string, start: number, end: number, snippet: string) => {
      const key = `${documentId}:${start}:${end}`;
      if (seen.has(key)) return true;
      seen.add(key);
      out.push({ documentId, start, end, snippet });
      return out.length < MAX_EVIDENCE;
    };
    this.ordered();
    const e = this.entries;
    for (let i = 0; i < this.size && out.length < MAX_EVIDENCE; i++) {
      const b = i * STRIDE;
      if (typeof e[b + 1] === 'number')
        each(e[b] as string, e[b + 1] as number, e[b + 2] as number, e[b + 3] as string);
      else forEachEvidence(e[b + 1] as PackedEvidence, e[b] as string, each);
    }
    return out;
  }
}

export class NodeClaims extends ClaimSet {
  /** every name and alias any claim gives, with how many claims give it */
  private readonly names = new Map<string, number>();
  /** for each property, the first document (by id) that knows it */
  private readonly holder = new Map<string, string>();
  private impliedKnown = 0;
  private impliedTrue = 0;
  private shown: GraphNode | null = null;

  constructor(
    readonly id: string,
    readonly kind: NodeKind,
  ) {
    super();
  }

  private propsAt(i: number): NodeProps {
    return this.entries[i * STRIDE + EXTRA] as NodeProps;
  }

  /** The props of one claim, whichever: what a new claim's equal props can be replaced with. */
  sampleProps(): NodeProps | undefined {
    return this.entries[EXTRA] as NodeProps | undefined;
  }

  /**
   * The claims of a graph snapshot: `entries` as `orderedEntries` gave them
   * (in document order). What is derived from them (names, holders) is
   * counted again rather than stored, so a snapshot cannot disagree with it.
   */
  static restore(id: string, kind: NodeKind, entries: unknown[]): NodeClaims {
    const claims = new NodeClaims(id, kind);
    claims.entries = entries;
    for (let i = 0; i < claims.size; i++) claims.count(claims.docAt(i), claims.propsAt(i));
    return claims;
  }

  /** Adds the claim of a document the set does not hold (MemoryGraph removes a document before writing it again). */
  add(doc: string, props: NodeProps, evidence: PackedEvidence): void {
    this.insert(doc, evidence, props);
    this.shown = null;
    this.count(doc, props);
  }

  /** Counts what one claim adds to the names, the holders and `implied`. */
  private count(doc: string, props: NodeProps): void {
    // no arrays of its own per claim: this runs for every claim of a graph snapshot
    this.names.set(props.name, (this.names.get(props.name) ?? 0) + 1);
    for (const n of props.aliases ?? []) this.names.set(n, (this.names.get(n) ?? 0) + 1);
    const bag = props as unknown as Record<string, unknown>;
    for (const key in bag) {
      if (key === 'name' || key === 'aliases' || key === 'implied' || !valid(bag[key])) continue;
      const held = this.holder.get(key);
      if (held === undefined || doc < held) this.holder.set(key, doc);
    }
    if (props.implied != null) {
      this.impliedKnown++;
      if (props.implied === true) this.impliedTrue++;
    }
  }

  remove(doc: string): void {
    const claim = this.take(doc);
    if (!claim) return;
    const props = claim[EXTRA] as NodeProps;
    this.shown = null;
    for (const n of [props.name, ...(props.aliases ?? [])]) {
      const count = (this.names.get(n) ?? 0) - 1;
      if (count > 0) this.names.set(n, count);
      else this.names.delete(n);
    }
    for (const key of Object.keys(props)) {
      if (this.holder.get(key) !== doc) continue;
      let next: string | undefined;
      for (let i = 0; i < this.size && next === undefined; i++)
        if (valid((this.propsAt(i) as unknown as Record<string, unknown>)[key])) next = this.docAt(i);
      if (next === undefined) this.holder.delete(key);
      else this.holder.set(key, next);
    }
    if (props.implied != null) {
      this.impliedKnown--;
      if (props.implied === true) this.impliedTrue--;
    }
  }

  /** The node as shown (what mergeNode gives for these claims); null once no document claims it. */
  merged(): GraphNode | null {
    if (this.shown) return this.shown;
    if (this.size === 0) return null;
    this.ordered();
    const props: NodeProps = { name: this.propsAt(0).name };
    const bag = props as unknown as Record<string, unknown>;
    for (const [key, doc] of this.holder)
      bag[key] = (this.propsAt(this.indexOf(doc)) as unknown as Record<string, unknown>)[key];
    if (this.impliedKnown > 0) props.implied = this.impliedTrue === this.size;
    const aliases = [...this.names.keys()].filter((n) => n !== props.name).sort();
    props.aliases = aliases;
    this.shown = {
      id: this.id,
      kind: this.kind,
      name: props.name,
      aliases,
      props,
      sources: this.docs,
      evidence: this.mergedEvidence(),
    };
    return this.shown;
  }
}

export class RelClaims extends ClaimSet {
  private shown: GraphRel | null = null;

  constructor(
    /** the edge's key in the graph (adjacency.ts): the edge is its claims */
    readonly key: string,
    readonly type: RelType,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }

  /** The claims of a graph snapshot, like NodeClaims.restore. */
  static restore(key: string, type: RelType, from: string, to: string, entries: unknown[]): RelClaims {
    const claims = new RelClaims(key, type, from, to);
    claims.entries = entries;
    return claims;
  }

  /** Adds the claim of a document the set does not hold, like NodeClaims.add. */
  add(doc: string, role: string | null | undefined, evidence: PackedEvidence): void {
    this.insert(doc, evidence, role || null);
    this.shown = null;
  }

  remove(doc: string): void {
    if (this.take(doc)) this.shown = null;
  }

  /** The first role by document id, or null. */
  private role(): string | null {
    this.ordered();
    for (let i = 0; i < this.size; i++) {
      const role = this.entries[i * STRIDE + EXTRA] as string | null;
      if (role) return role;
    }
    return null;
  }

  /** The relationship as shown (what mergeRel gives); null once no document claims it. */
  merged(): GraphRel | null {
    if (this.shown) return this.shown;
    if (this.size === 0) return null;
    this.shown = {
      id: relId(this.type, this.from, this.to),
      type: this.type,
      from: this.from,
      to: this.to,
      props: { role: this.role() },
      sources: this.docs,
      evidence: this.mergedEvidence(),
    };
    return this.shown;
  }
}
