// The form of graph.jsonl, shared by its writer (graph-snapshot.ts) and its
// reader (graph-restorer.ts).

export const FORMAT = 'talkgraph-graph';
export const VERSION = 1;
export const DOC_FIELDS = 6;
export const NODE_FIELDS = 4;
export const EDGE_FIELDS = 5;

export interface GraphSnapshotHead {
  format: string;
  version: number;
  generation: number;
  /** journal G's bytes applied: the tail after them is replayed on load */
  journalBytes: number;
  /** CRC-32 of journal bytes [checkFrom, journalBytes) */
  checkFrom: number;
  journalCheck: number;
  documents: number;
  nodes: number;
  edges: number;
  nextEdge: number;
}

/** Why a graph snapshot was not used: it belongs to another state, or it is damaged. */
export class GraphSnapshotError extends Error {
  constructor(
    readonly reason: 'stale' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

export function parse<T>(text: string, path: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new GraphSnapshotError('corrupt', `${path}: ${(e as Error).message}`);
  }
}
