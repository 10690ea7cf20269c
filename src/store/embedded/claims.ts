import type { Evidence, GraphNode, GraphRel, NodeFact, NodeProps, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { MAX_EVIDENCE } from '../merge';
import { SoleMap } from './sole-map';

// The merge of src/store/merge.ts, kept up to date one claim at a time.
// mergeNode/mergeRel look at every claim, so calling them on each write makes
// a node that thousands of documents mention cost thousands of steps per
// write: ingest grew quadratically. Here a claim is added in the size of the
// claim (plus an insert into the sorted list of its documents), and the shown
// node is rebuilt only when someone reads it. The contract suite holds this
// to the same answers as merge.ts.

const valid = (v: unknown) => v !== null && v !== undefined && v !== '';

const NO_EVIDENCE: Evidence[] = [];

/** Where `item` stands, or would stand, in a sorted array. */
function lowerBound(list: readonly string[], item: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < item) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts into a sorted array; documents mostly arrive in order, so this is mostly a push. */
function insertSorted(list: string[], item: string): void {
  if (list.length === 0 || list[list.length - 1] < item) list.push(item);
  else list.splice(lowerBound(list, item), 0, item);
}

function removeSorted(list: string[], item: string): void {
  const at = lowerBound(list, item);
  if (list[at] === item) list.splice(at, 1);
}

/** Claims by document, with the documents in id order and the first MAX_EVIDENCE distinct pieces of evidence. */
abstract class ClaimSet<T extends { evidence: Evidence[] }> {
  readonly byDoc = new SoleMap<T>();
  /** document ids, sorted */
  readonly docs: string[] = [];
  private evidence: Evidence[] = NO_EVIDENCE;
  /** the document at which the evidence list filled up; later documents cannot change it */
  private evidenceUntil: string | null = null;
  private evidenceStale = true;

  get size(): number {
    return this.byDoc.size;
  }

  /** One claim, whichever: what a new claim can share its repeated parts with. */
  anyClaim(): T | undefined {
    return this.byDoc.any();
  }

  protected addClaim(doc: string, fact: T): void {
    this.byDoc.set(doc, fact);
    insertSorted(this.docs, doc);
    if (this.evidenceUntil === null || doc < this.evidenceUntil) this.evidenceStale = true;
  }

  protected removeClaim(doc: string): T | undefined {
    const fact = this.byDoc.get(doc);
    if (!fact) return undefined;
    this.byDoc.delete(doc);
    removeSorted(this.docs, doc);
    if (this.evidenceUntil === null || doc <= this.evidenceUntil) this.evidenceStale = true;
    return fact;
  }

  protected mergedEvidence(): Evidence[] {
    if (!this.evidenceStale) return this.evidence;
    const seen = new Set<string>();
    const out: Evidence[] = [];
    this.evidenceUntil = null;
    outer: for (const doc of this.docs)
      for (const e of this.byDoc.get(doc)!.evidence) {
        const key = `${e.documentId}:${e.start}:${e.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(e);
        if (out.length >= MAX_EVIDENCE) {
          this.evidenceUntil = doc;
          break outer;
        }
      }
    this.evidence = out;
    this.evidenceStale = false;
    return out;
  }

  /** The first document (by id) whose claim passes `test`. */
  protected firstDoc(test: (fact: T) => boolean): string | undefined {
    for (const doc of this.docs) if (test(this.byDoc.get(doc)!)) return doc;
    return undefined;
  }
}

export class NodeClaims extends ClaimSet<NodeFact> {
  /** every name and alias any claim gives, with how many claims give it */
  private readonly names = new Map<string, number>();
  /** for each property, the first document (by id) that knows it */
  private readonly holder = new Map<string, string>();
  private impliedKnown = 0;
  private impliedTrue = 0;
  private shown: GraphNode | null = null;

  add(doc: string, fact: NodeFact): void {
    this.addClaim(doc, fact);
    this.shown = null;
    for (const n of [fact.props.name, ...(fact.props.aliases ?? [])]) this.names.set(n, (this.names.get(n) ?? 0) + 1);
    for (const [key, value] of Object.entries(fact.props)) {
      if (key === 'name' || key === 'aliases' || key === 'implied' || !valid(value)) continue;
      const held = this.holder.get(key);
      if (held === undefined || doc < held) this.holder.set(key, doc);
    }
    if (fact.props.implied != null) {
      this.impliedKnown++;
      if (fact.props.implied === true) this.impliedTrue++;
    }
  }

  remove(doc: string): void {
    const fact = this.removeClaim(doc);
    if (!fact) return;
    this.shown = null;
    for (const n of [fact.props.name, ...(fact.props.aliases ?? [])]) {
      const count = (this.names.get(n) ?? 0) - 1;
      if (count > 0) this.names.set(n, count);
      else this.names.delete(n);
    }
    for (const key of Object.keys(fact.props)) {
      if (this.holder.get(key) !== doc) continue;
      const next = this.firstDoc((f) => valid((f.props as unknown as Record<string, unknown>)[key]));
      if (next === undefined) this.holder.delete(key);
      else this.holder.set(key, next);
    }
    if (fact.props.implied != null) {
      this.impliedKnown--;
      if (fact.props.implied === true) this.impliedTrue--;
    }
  }

  /** The node as shown (what mergeNode gives for these claims); null once no document claims it. */
  merged(): GraphNode | null {
    if (this.shown) return this.shown;
    if (this.size === 0) return null;
    const first = this.byDoc.get(this.docs[0])!;
    const props: NodeProps = { name: first.props.name };
    const bag = props as unknown as Record<string, unknown>;
    for (const [key, doc] of this.holder)
      bag[key] = (this.byDoc.get(doc)!.props as unknown as Record<string, unknown>)[key];
    if (this.impliedKnown > 0) props.implied = this.impliedTrue === this.size;
    const aliases = [...this.names.keys()].filter((n) => n !== props.name).sort();
    props.aliases = aliases;
    this.shown = {
      id: first.id,
      kind: first.kind,
      name: props.name,
      aliases,
      props,
      sources: [...this.docs],
      evidence: this.mergedEvidence(),
    };
    return this.shown;
  }
}

export class RelClaims extends ClaimSet<RelFact> {
  /** the same in every claim: it is part of the relationship's id */
  type: RelType | null = null;
  private roleDoc: string | undefined;
  private shown: GraphRel | null = null;

  add(doc: string, fact: RelFact): void {
    this.type = fact.type;
    this.addClaim(doc, fact);
    this.shown = null;
    if (fact.props.role && (this.roleDoc === undefined || doc < this.roleDoc)) this.roleDoc = doc;
  }

  remove(doc: string): void {
    if (!this.removeClaim(doc)) return;
    this.shown = null;
    if (this.roleDoc === doc) this.roleDoc = this.firstDoc((f) => Boolean(f.props.role));
  }

  /** The relationship as shown (what mergeRel gives); null once no document claims it. */
  merged(): GraphRel | null {
    if (this.shown) return this.shown;
    if (this.size === 0) return null;
    const first = this.byDoc.get(this.docs[0])!;
    this.shown = {
      id: relId(first.type, first.from, first.to),
      type: first.type,
      from: first.from,
      to: first.to,
      props: { role: this.roleDoc === undefined ? null : this.byDoc.get(this.roleDoc)!.props.role! },
      sources: [...this.docs],
      evidence: this.mergedEvidence(),
    };
    return this.shown;
  }
}
