import type { Evidence, NodeProps } from '../../model/graph';

// A claim is what one document says about one node or relationship, and the
// store keeps every claim (a changed document withdraws exactly its own). At
// 10k documents that is over a million claims and a million and a half pieces
// of evidence, so how one is held decides the heap. Profiled at 3k documents
// (88 KB of heap per document), the objects were the cost, not the text:
// an Evidence object (four fields, one of them the claim's own document id)
// weighs more than its snippet. A claim's evidence is therefore held packed,
// one flat array of `start, end, snippet` per piece (a piece from another
// document is preceded by that document's id), and a claim's props point at
// an earlier claim's props when they are equal. The answers cannot change:
// unpacking gives back the same Evidence values.

/** A claim's evidence, packed: `start, end, snippet` per piece, `documentId` first when it is not the claim's. */
export type PackedEvidence = readonly (string | number)[];

export const NO_EVIDENCE: PackedEvidence = Object.freeze([]);

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

/** A snippet of `like` with this text, so a name every document quotes ("Kubernetes") is held once. */
function snippetOf(like: PackedEvidence | undefined, text: string): string | undefined {
  if (!like) return undefined;
  for (const x of like) if (x === text) return x;
  return undefined;
}

/** Packs a claim's evidence, its strings shared with the document's other claims and with `like`. */
export function packEvidence(
  list: readonly Evidence[],
  strings: DocumentStrings,
  like: PackedEvidence | undefined,
): PackedEvidence {
  if (list.length === 0) return NO_EVIDENCE;
  let n = 0;
  for (const e of list) n += e.documentId === strings.doc ? 3 : 4;
  // sized up front: pushing would reserve room for 17 items whatever the need
  const out = new Array<string | number>(n);
  let i = 0;
  for (const e of list) {
    if (e.documentId !== strings.doc) out[i++] = e.documentId;
    out[i++] = e.start;
    out[i++] = e.end;
    out[i++] = snippetOf(like, e.snippet) ?? strings.snippet(e.snippet);
  }
  return out;
}

/** Calls `each` with every piece of a claim's evidence, in order; stops when it returns false. */
export function forEachEvidence(
  packed: PackedEvidence,
  doc: string,
  each: (documentId: string, start: number, end: number, snippet: string) => boolean,
): void {
  let i = 0;
  while (i < packed.length) {
    let documentId = doc;
    if (typeof packed[i] === 'string') documentId = packed[i++] as string;
    const start = packed[i] as number;
    const end = packed[i + 1] as number;
    const snippet = packed[i + 2] as string;
    i += 3;
    if (!each(documentId, start, end, snippet)) return;
  }
}
