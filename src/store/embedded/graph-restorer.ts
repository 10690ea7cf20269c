import type { NodeKind, NodeProps, RelType } from '../../model/graph';
import { EXTRA, NodeClaims, RelClaims, STRIDE } from './claims';
import {
  DOC_FIELDS,
  EDGE_FIELDS,
  FORMAT,
  GraphSnapshotError,
  type GraphSnapshotHead,
  NODE_FIELDS,
  parse,
  VERSION,
} from './graph-snapshot-format';
import { type HeldDocument, MemoryGraph } from './memory-graph';
import { NO_EVIDENCE } from './shared-claims';

// Reading graph.jsonl (graph-snapshot.ts says its form) back into a
// MemoryGraph: documents first, then nodes, then edges, each claim's document
// index turned back into the document's one id string and each snippet into
// one string per text, as a replay shares them.

/** Builds a MemoryGraph from the lines, in the order they were written. */
export class GraphRestorer {
  readonly mg = new MemoryGraph();
  private head: GraphSnapshotHead | null = null;
  private readonly docIds: string[] = [];
  private readonly held: HeldDocument[] = [];
  /** how many of each document's nodes and rels are filled in */
  private nodesFilled: Int32Array = new Int32Array(0);
  private relsFilled: Int32Array = new Int32Array(0);
  private readonly nodeIds: string[] = [];
  private edges = 0;
  /** one string per distinct snippet, as replay shares them */
  private readonly strings = new Map<string, string>();

  constructor(private readonly path: string) {}

  line(text: string): void {
    if (!this.head) {
      const head = parse<GraphSnapshotHead>(text, this.path);
      if (head.format !== FORMAT || head.version !== VERSION)
        throw new GraphSnapshotError('corrupt', `${this.path}: not a talkgraph graph snapshot of version ${VERSION}`);
      this.head = head;
      this.nodesFilled = new Int32Array(head.documents);
      this.relsFilled = new Int32Array(head.documents);
      return;
    }
    const items = parse<unknown[]>(text, this.path);
    try {
      if (items[0] === 'd') this.documents(items);
      else if (items[0] === 'n') this.nodes(items);
      else if (items[0] === 'e') this.edgeRecords(items);
      else throw new Error(`unknown section ${String(items[0])}`);
    } catch (e) {
      if (e instanceof GraphSnapshotError) throw e;
      throw new GraphSnapshotError('corrupt', `${this.path}: ${(e as Error).message}`);
    }
  }

  private documents(items: unknown[]): void {
    for (let i = 1; i < items.length; i += DOC_FIELDS) {
      const id = items[i] as string;
      const held: HeldDocument = {
        nodes: new Array(items[i + 4] as number),
        rels: new Array(items[i + 5] as number),
        hash: items[i + 1] as string | null,
        start: items[i + 2] as number,
        end: items[i + 3] as number,
      };
      this.strings.set(id, id);
      this.docIds.push(id);
      this.held.push(held);
      this.mg.restoreDocument(id, held);
    }
  }

  private nodes(items: unknown[]): void {
    for (let i = 1; i < items.length; i += NODE_FIELDS) {
      const id = items[i] as string;
      const props = items[i + 2] as NodeProps[];
      const entries = items[i + 3] as unknown[];
      for (let b = 0; b < entries.length; b += STRIDE) {
        const d = this.claimOf(entries, b);
        this.held[d].nodes[this.nodesFilled[d]++] = id;
        entries[b + EXTRA] = props[entries[b + EXTRA] as number];
      }
      this.nodeIds.push(id);
      this.mg.restoreNode(NodeClaims.restore(id, items[i + 1] as NodeKind, entries));
    }
  }

  private edgeRecords(items: unknown[]): void {
    for (let i = 1; i < items.length; i += EDGE_FIELDS) {
      const key = items[i] as string;
      const entries = items[i + 4] as unknown[];
      for (let b = 0; b < entries.length; b += STRIDE) {
        const d = this.claimOf(entries, b);
        this.held[d].rels[this.relsFilled[d]++] = key;
      }
      const from = this.nodeIds[items[i + 2] as number];
      const to = this.nodeIds[items[i + 3] as number];
      if (from === undefined || to === undefined) throw new Error(`edge ${key}: an end is not a node`);
      this.mg.restoreEdge(RelClaims.restore(key, items[i + 1] as RelType, from, to, entries));
      this.edges++;
    }
  }

  /** Puts the document id and shared strings into claim `b`; returns the document's index. */
  private claimOf(entries: unknown[], b: number): number {
    const d = entries[b] as number;
    const id = this.docIds[d];
    if (id === undefined) throw new Error(`a claim of document #${d}, which is not held`);
    entries[b] = id;
    const evidence = entries[b + 1];
    if (typeof evidence === 'number') entries[b + 3] = this.shared(entries[b + 3] as string);
    else {
      const packed = evidence as (string | number)[];
      if (packed.length === 0) entries[b + 1] = NO_EVIDENCE;
      else
        for (let k = 0; k < packed.length; k++)
          if (typeof packed[k] === 'string') packed[k] = this.shared(packed[k] as string);
    }
    return d;
  }

  private shared(text: string): string {
    const held = this.strings.get(text);
    if (held !== undefined) return held;
    this.strings.set(text, text);
    return text;
  }

  finish(): GraphSnapshotHead {
    const head = this.head;
    if (!head) throw new GraphSnapshotError('corrupt', `${this.path}: empty`);
    const counts = `${this.docIds.length}/${head.documents} documents, ${this.nodeIds.length}/${head.nodes} nodes, ${this.edges}/${head.edges} edges`;
    if (this.docIds.length !== head.documents || this.nodeIds.length !== head.nodes || this.edges !== head.edges)
      throw new GraphSnapshotError('corrupt', `${this.path}: holds ${counts}`);
    for (let d = 0; d < this.held.length; d++)
      if (this.nodesFilled[d] !== this.held[d].nodes.length || this.relsFilled[d] !== this.held[d].rels.length)
        throw new GraphSnapshotError('corrupt', `${this.path}: document ${this.docIds[d]} lacks some of its claims`);
    this.mg.nextEdge = head.nextEdge;
    return head;
  }
}
