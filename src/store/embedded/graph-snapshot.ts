import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { EXTRA, STRIDE } from './claims';
import { type DurableFs, fsyncDir, writeFileAtomic } from './durable';
import { GraphRestorer } from './graph-restorer';
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
import { batched, fileLineBytes } from './journal';
import type { MemoryGraph } from './memory-graph';

// `graph.jsonl`: the merged graph in memory as it stood after the snapshot of
// generation G and the first `journalBytes` of journal G, so opening a store
// reads it and replays only the journal after those bytes, instead of every
// document's facts merged again (most of opening a big store). It is only a
// cache of what snapshot.jsonl + journal.jsonl say: when it does not match
// them (an older generation, another journal, a torn or damaged file) the
// store says so and replays everything, and any writer may write a new one.
//
// After the header, each line is a JSON array: a section tag ("d" documents,
// "n" nodes, "e" edges), then records of that section flattened one after the
// other. Claims name their document by its index among the documents and an
// edge its ends by their indexes among the nodes, so each id string is held
// once in memory after loading, as it is after replay. The last line carries
// a CRC-32 of everything before it.

export { GraphSnapshotError } from './graph-snapshot-format';

export const GRAPH_SNAPSHOT = 'graph.jsonl';
/** journal bytes (before `journalBytes`) whose CRC tells this journal from another of the same generation */
const CHECKED_TAIL = 64 * 1024;
const RECORDS_PER_LINE = 1024;

// zlib.crc32 arrived in Node 20.15; before it the file is only checked for its structure
const crc32: ((data: Uint8Array, value?: number) => number) | null =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : null;

/** CRC-32 of a journal's bytes [from, to), as the header records it; -1 where Node has no crc32. */
export function journalCheck(fd: number, from: number, to: number): number {
  if (!crc32 || to <= from) return -1;
  const buf = Buffer.allocUnsafe(to - from);
  const n = readSync(fd, buf, 0, buf.length, from);
  return n === buf.length ? crc32(buf) : -2;
}

/** Where in journal G the checked bytes start, for a journal whose header ends at `headerBytes`. */
export function checkFrom(headerBytes: number, journalBytes: number): number {
  return Math.max(headerBytes, journalBytes - CHECKED_TAIL);
}

export function graphSnapshotPath(dir: string): string {
  return join(dir, GRAPH_SNAPSHOT);
}

/** The header of the graph snapshot, or null when there is none or it cannot be read. */
export function readGraphHead(dir: string): GraphSnapshotHead | null {
  const path = graphSnapshotPath(dir);
  if (!existsSync(path)) return null;
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(1024);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, n).indexOf(0x0a);
      const head = JSON.parse(buf.toString('utf8', 0, nl === -1 ? n : nl)) as GraphSnapshotHead;
      return head.format === FORMAT ? head : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Size of the graph snapshot on disk (0: none). */
export function graphSnapshotBytes(dir: string): number {
  try {
    return statSync(graphSnapshotPath(dir)).size;
  } catch {
    return 0;
  }
}

type At = Pick<GraphSnapshotHead, 'generation' | 'journalBytes' | 'checkFrom' | 'journalCheck'>;

/** Writes the graph as it is now (temp file, fsync, rename); returns its size. */
export function writeGraphSnapshot(fs: DurableFs, dir: string, mg: MemoryGraph, at: At): number {
  const path = graphSnapshotPath(dir);
  writeFileAtomic(fs, path, `${path}.${process.pid}.tmp`, withCheck(batched(graphLines(mg, at))));
  fsyncDir(fs, dir);
  return statSync(path).size;
}

function* graphLines(mg: MemoryGraph, at: At): Iterable<string> {
  const docIndex = new Map<string, number>();
  const docs: unknown[] = [];
  for (const [id, held] of mg.heldDocuments()) {
    docIndex.set(id, docIndex.size);
    docs.push(id, held.hash, held.start, held.end, held.nodes.length, held.rels.length);
  }
  const head: GraphSnapshotHead = {
    format: FORMAT,
    version: VERSION,
    ...at,
    documents: docIndex.size,
    nodes: mg.graph.order,
    edges: mg.graph.size,
    nextEdge: mg.nextEdge,
  };
  yield JSON.stringify(head);
  for (let i = 0; i < docs.length; i += DOC_FIELDS * RECORDS_PER_LINE)
    yield JSON.stringify(['d', ...docs.slice(i, i + DOC_FIELDS * RECORDS_PER_LINE)]);
  const nodeIndex = new Map<string, number>();
  let line: unknown[] = ['n'];
  for (const id of mg.graph.nodes()) {
    const claims = mg.graph.getNodeAttributes(id);
    nodeIndex.set(id, nodeIndex.size);
    const props = new Map<unknown, number>();
    const entries = claimsOut(claims.orderedEntries(), docIndex, (p) => {
      const k = props.get(p);
      if (k !== undefined) return k;
      props.set(p, props.size);
      return props.size - 1;
    });
    line.push(id, claims.kind, [...props.keys()], entries);
    if (line.length > NODE_FIELDS * RECORDS_PER_LINE) {
      yield JSON.stringify(line);
      line = ['n'];
    }
  }
  if (line.length > 1) yield JSON.stringify(line);
  line = ['e'];
  for (const key of mg.graph.edges()) {
    const claims = mg.graph.getEdgeAttributes(key);
    const entries = claimsOut(claims.orderedEntries(), docIndex, (role) => role);
    line.push(key, claims.type, nodeIndex.get(claims.from), nodeIndex.get(claims.to), entries);
    if (line.length > EDGE_FIELDS * RECORDS_PER_LINE) {
      yield JSON.stringify(line);
      line = ['e'];
    }
  }
  if (line.length > 1) yield JSON.stringify(line);
}

/** A claim array with its documents as indexes and its extra item as `extra` says. */
function claimsOut(entries: readonly unknown[], docIndex: Map<string, number>, extra: (x: unknown) => unknown) {
  const out = entries.slice();
  for (let b = 0; b < out.length; b += STRIDE) {
    out[b] = docIndex.get(out[b] as string);
    out[b + EXTRA] = extra(out[b + EXTRA]);
  }
  return out;
}

/** The buffers, then a last line with the CRC-32 of all of them. */
function* withCheck(chunks: Iterable<Buffer>): Iterable<Buffer> {
  let crc = 0;
  for (const chunk of chunks) {
    if (crc32) crc = crc32(chunk, crc);
    yield chunk;
  }
  yield Buffer.from(`${JSON.stringify({ end: true, crc: crc32 ? crc : -1 })}\n`);
}

/**
 * Loads the graph snapshot of `dir` for journal `generation` (open at `fd`,
 * its header `headerBytes` long). Throws GraphSnapshotError when it is for
 * another state or damaged; the caller then replays everything.
 */
export function loadGraphSnapshot(
  dir: string,
  journal: { fd: number; generation: number; headerBytes: number },
): { mg: MemoryGraph; head: GraphSnapshotHead } {
  const path = graphSnapshotPath(dir);
  const fd = openSync(path, 'r');
  try {
    const restorer = new GraphRestorer(path);
    readLines(fd, path, (line) => restorer.line(line));
    const head = restorer.finish();
    const stale = staleness(head, journal);
    if (stale) throw new GraphSnapshotError('stale', `${path} is stale: ${stale}`);
    return { mg: restorer.mg, head };
  } finally {
    closeSync(fd);
  }
}

function staleness(head: GraphSnapshotHead, journal: { fd: number; generation: number; headerBytes: number }) {
  if (head.generation !== journal.generation)
    return `it is of generation ${head.generation}, the store of generation ${journal.generation}`;
  const size = fstatSync(journal.fd).size;
  if (head.journalBytes > size || head.journalBytes < journal.headerBytes)
    return `it follows ${head.journalBytes} journal bytes, the journal has ${size}`;
  if (head.checkFrom !== checkFrom(journal.headerBytes, head.journalBytes)) return 'the journal header changed';
  if (head.journalCheck >= 0 && journalCheck(journal.fd, head.checkFrom, head.journalBytes) !== head.journalCheck)
    return 'the journal it follows was replaced';
  return null;
}

/** Calls `onLine` for each line, and checks the CRC-32 the last line carries against the bytes before it. */
function readLines(fd: number, path: string, onLine: (line: string) => void): void {
  let crc = 0;
  let trailer: { end?: boolean; crc?: number } | null = null;
  let ended = true;
  for (const line of fileLineBytes(fd, 0, 8 * 1024 * 1024)) {
    if (trailer) throw new GraphSnapshotError('corrupt', `${path}: bytes after its last line`);
    ended = line[line.length - 1] === 0x0a;
    if (!ended) break;
    const text = line.toString('utf8', 0, line.length - 1);
    if (text.startsWith('{"end":')) trailer = parse(text, path);
    else {
      if (crc32) crc = crc32(line, crc);
      onLine(text);
    }
  }
  if (!trailer || !ended) throw new GraphSnapshotError('corrupt', `${path}: cut short (no last line)`);
  if (crc32 && trailer.crc !== -1 && trailer.crc !== crc)
    throw new GraphSnapshotError('corrupt', `${path}: its checksum does not match its bytes`);
}
