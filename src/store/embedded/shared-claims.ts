import type { Evidence, NodeFact, NodeProps, RelFact, RelProps } from '../../model/graph';

// A claim is what one document says about one node or relationship, and the
// store keeps every claim (a changed document withdraws exactly its own). At
// 10k documents that is a million claims, and each document's parse made its
// own copies of the same strings and objects: the node's id in every claim,
// the document's id in every piece of evidence, a technology's catalog props
// in every document that mentions it. Those were most of the heap. A new
// claim now points at what an earlier claim of the same node already holds
// when the values are equal, so the answers cannot change, only the copies go.

const NO_ROLE: RelProps = Object.freeze({});
const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** Equal props, field by field (aliases by their items). */
export function sameProps(a: NodeProps, b: NodeProps): boolean {
  const ka = Object.keys(a) as (keyof NodeProps)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (k === 'aliases') {
      if (!sameStrings(a.aliases, b.aliases)) return false;
    } else if (a[k] !== b[k]) return false;
  }
  return true;
}

/**
 * What one document's claims repeat among themselves: the document's id, and
 * its snippets (an agenda line is the evidence of a talk's event, speaker and
 * mentions alike). Lives for one write.
 */
export class DocumentStrings {
  private readonly snippets = new Map<string, string>();

  constructor(readonly doc: string) {}

  snippet(text: string): string {
    const held = this.snippets.get(text);
    if (held !== undefined) return held;
    this.snippets.set(text, text);
    return text;
  }
}

/** Evidence as copies of its own, naming the document and snippets with strings held once. */
function shareEvidence(
  list: readonly Evidence[],
  strings: DocumentStrings,
  like: readonly Evidence[] | undefined,
): Evidence[] {
  if (list.length === 0) return NO_EVIDENCE;
  return list.map((e) => {
    const same = like?.find((l) => l.snippet === e.snippet);
    return {
      documentId: e.documentId === strings.doc ? strings.doc : e.documentId,
      start: e.start,
      end: e.end,
      snippet: same ? same.snippet : strings.snippet(e.snippet),
    };
  });
}

/** The node claim to keep: `fact` (a copy this store owns) with what it repeats of `like` shared. */
export function shareNodeFact(fact: NodeFact, strings: DocumentStrings, like: NodeFact | undefined): NodeFact {
  if (like) {
    fact.id = like.id;
    if (sameProps(fact.props, like.props)) fact.props = like.props;
  }
  fact.evidence = shareEvidence(fact.evidence, strings, like?.evidence);
  return fact;
}

/** The relationship claim to keep: its ends as the nodes' own id strings, props and snippets shared. */
export function shareRelFact(
  fact: RelFact,
  strings: DocumentStrings,
  ends: { from: string; to: string },
  like: RelFact | undefined,
): RelFact {
  fact.from = ends.from;
  fact.to = ends.to;
  const role = fact.props.role;
  if (!role && Object.keys(fact.props).length === 0) fact.props = NO_ROLE;
  else if (like && like.props.role === role && Object.keys(like.props).length === Object.keys(fact.props).length)
    fact.props = like.props;
  fact.evidence = shareEvidence(fact.evidence, strings, like?.evidence);
  return fact;
}
