import type { Evidence, GraphNode, GraphRel, NodeFact, NodeKind, NodeProps, RelFact, RelType } from '../../model/graph';
import { relId } from '../../model/ids';
import { MAX_EVIDENCE } from '../merge';

// The merge of src/store/merge.ts (mergeNode, mergeRel), kept as a small
// state a node or relationship carries in Neo4j, so one more document's claim
// is folded in without reading what every other document claimed: a
// technology that half the corpus names costs a batch what the batch says
// about it, not everything said about it before. Folding claims in any order
// gives exactly mergeNode / mergeRel of all of them (test/store/neo4j-fold.test.ts).
// Withdrawing a claim cannot be folded; batch-write.ts re-merges those from
// the documents' own claims (their SourceRecords).

const before = (a: string, b: string) => a < b;

/** Evidence with the document whose claim carried it, in merge order: the first MAX_EVIDENCE kept. */
type Kept = [documentId: string, evidence: Evidence];

export interface NodeState {
  id: string;
  kind: NodeKind;
  /** documents claiming the node, sorted (code units) */
  sources: string[];
  /** the name and the document (the first by id) it comes from */
  name: [documentId: string, name: string];
  /** every name and alias a claim gave */
  names: string[];
  /** each other property from the first document (by id) giving a non-empty value */
  props: Record<string, [documentId: string, value: unknown]>;
  /** claims whose `implied` is true, and claims whose `implied` is set at all */
  impliedTrue: number;
  impliedSet: number;
  evidence: Kept[];
}

export interface RelState {
  type: RelType;
  from: string;
  to: string;
  sources: string[];
  /** the first non-empty role by document id */
  role: [documentId: string, role: string] | null;
  evidence: Kept[];
}

function insertSorted(list: string[], documentId: string): string[] {
  if (list.includes(documentId)) throw new Error(`fold: document ${documentId} already claims this`);
  const i = list.findIndex((d) => before(documentId, d));
  return i < 0 ? [...list, documentId] : [...list.slice(0, i), documentId, ...list.slice(i)];
}

/**
 * The first MAX_EVIDENCE of mergeEvidence over every claim in document order,
 * from the kept ones and the new document's: kept evidence past the cut can
 * only come after the new document's, so it is never needed again.
 */
function foldEvidence(kept: Kept[], documentId: string, added: Evidence[]): Kept[] {
  const groups: Kept[] = [];
  let placed = false;
  const place = () => {
    for (const e of added) groups.push([documentId, e]);
    placed = true;
  };
  for (const k of kept) {
    if (!placed && before(documentId, k[0])) place();
    groups.push(k);
  }
  if (!placed) place();
  const seen = new Set<string>();
  const out: Kept[] = [];
  for (const k of groups) {
    const key = `${k[1].documentId}:${k[1].start}:${k[1].end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(k);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

export function foldNode(state: NodeState | null, documentId: string, fact: NodeFact): NodeState {
  const s: NodeState = state
    ? { ...state, props: { ...state.props } }
    : {
        id: fact.id,
        kind: fact.kind,
        sources: [],
        name: [documentId, fact.props.name],
        names: [],
        props: {},
        impliedTrue: 0,
        impliedSet: 0,
        evidence: [],
      };
  s.sources = insertSorted(s.sources, documentId);
  if (before(documentId, s.name[0])) s.name = [documentId, fact.props.name];
  const names = new Set(s.names);
  names.add(fact.props.name);
  for (const a of fact.props.aliases ?? []) names.add(a);
  s.names = [...names];
  for (const [key, value] of Object.entries(fact.props)) {
    if (key === 'name' || key === 'aliases' || key === 'implied') continue;
    if (value === null || value === undefined || value === '') continue;
    const held = s.props[key];
    if (!held || before(documentId, held[0])) s.props[key] = [documentId, value];
  }
  if (fact.props.implied === true) s.impliedTrue++;
  if (fact.props.implied != null) s.impliedSet++;
  s.evidence = foldEvidence(s.evidence, documentId, fact.evidence);
  return s;
}

export function foldRel(state: RelState | null, documentId: string, fact: RelFact): RelState {
  const s: RelState = state
    ? { ...state }
    : { type: fact.type, from: fact.from, to: fact.to, sources: [], role: null, evidence: [] };
  s.sources = insertSorted(s.sources, documentId);
  if (fact.props.role && (!s.role || before(documentId, s.role[0]))) s.role = [documentId, fact.props.role];
  s.evidence = foldEvidence(s.evidence, documentId, fact.evidence);
  return s;
}

/** What mergeNode shows for the claims folded into the state. */
export function nodeOf(s: NodeState): GraphNode {
  const name = s.name[1];
  const props: NodeProps = { name };
  for (const [key, [, value]] of Object.entries(s.props)) (props as unknown as Record<string, unknown>)[key] = value;
  // implied only while no document names it
  if (s.impliedSet > 0) props.implied = s.impliedTrue === s.sources.length;
  const aliases = s.names.filter((n) => n !== name).sort();
  props.aliases = aliases;
  return {
    id: s.id,
    kind: s.kind,
    name,
    aliases,
    props,
    sources: [...s.sources],
    evidence: s.evidence.map(([, e]) => e),
  };
}

/** What mergeRel shows for the claims folded into the state. */
export function relOf(s: RelState): GraphRel {
  return {
    id: relId(s.type, s.from, s.to),
    type: s.type,
    from: s.from,
    to: s.to,
    props: { role: s.role?.[1] ?? null },
    sources: [...s.sources],
    evidence: s.evidence.map(([, e]) => e),
  };
}
