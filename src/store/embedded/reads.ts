import { type GraphNode, NODE_KINDS, type NodeKind } from '../../model/graph';
import type { Adjacent, AdjacentKey, EventRow, NameRow, StoreStats, TalkRow } from '../port';
import type { MemoryGraph } from './memory-graph';

// The port's read queries over the in-memory graph (lists are in listing.ts).
// Each walks only the kind it asks about, through the graph's kind index.

const byId = (a: { id: string } | string, b: { id: string } | string) => {
  const x = typeof a === 'string' ? a : a.id;
  const y = typeof b === 'string' ? b : b.id;
  return x < y ? -1 : x > y ? 1 : 0;
};

export function adjacent(mg: MemoryGraph, keys: readonly AdjacentKey[]): Adjacent[][] {
  const g = mg.graph;
  return keys.map(({ id, type, direction }) => {
    if (!g.hasNode(id)) return [];
    const edges = direction === 'out' ? g.outEdges(id) : g.inEdges(id);
    const out: Adjacent[] = [];
    for (const e of edges) {
      if (mg.relType(e) !== type) continue;
      const rel = mg.rel(e);
      const otherId = direction === 'out' ? rel.to : rel.from;
      out.push({ rel, otherId, other: mg.node(otherId)! });
    }
    return out.sort((a, b) => byId(a.otherId, b.otherId));
  });
}

export function talkRows(mg: MemoryGraph, technologyIds?: readonly string[]): TalkRow[] {
  const g = mg.graph;
  const wanted = technologyIds ? new Set(technologyIds) : null;
  const rows: TalkRow[] = [];
  for (const id of mg.idsOfKind('Talk')) {
    const talk = mg.node(id)!;
    const row: TalkRow = {
      talkId: id,
      year: talk.props.year ?? null,
      eventId: null,
      speakerIds: [],
      technologyIds: [],
      documentIds: talk.sources,
    };
    g.forEachOutEdge(id, (e, _attrs, _from, to) => {
      const type = mg.relType(e);
      // one event per talk; should a talk ever have two, both stores take the greatest id
      if (type === 'AT' && (row.eventId === null || to > row.eventId)) row.eventId = to;
      else if (type === 'ABOUT') row.technologyIds.push(to);
    });
    g.forEachInEdge(id, (e, _attrs, from) => {
      if (mg.relType(e) === 'GAVE') row.speakerIds.push(from);
    });
    if (wanted && !row.technologyIds.some((t) => wanted.has(t))) continue;
    row.speakerIds.sort();
    row.technologyIds.sort();
    rows.push(row);
  }
  return rows.sort((a, b) => byId(a.talkId, b.talkId));
}

export function nameRows(mg: MemoryGraph, kinds?: readonly NodeKind[]): NameRow[] {
  const rows: NameRow[] = [];
  for (const kind of new Set(kinds ?? NODE_KINDS.filter((k) => k !== 'Document')))
    for (const id of mg.idsOfKind(kind)) {
      const n = mg.node(id)!;
      rows.push({ id, kind: n.kind, name: n.name, aliases: n.aliases });
    }
  return rows.sort(byId);
}

export function eventRows(mg: MemoryGraph): EventRow[] {
  const rows: EventRow[] = [];
  for (const id of mg.idsOfKind('Event')) {
    const n = mg.node(id)!;
    rows.push({ id, name: n.name, city: n.props.city ?? null });
  }
  return rows.sort(byId);
}

export function stats(mg: MemoryGraph): StoreStats {
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, mg.idsOfKind(k).size])) as Record<NodeKind, number>;
  return { nodes, rels: mg.graph.size, documents: nodes.Document };
}

export function nodesOfKind(mg: MemoryGraph, kind: NodeKind): GraphNode[] {
  const out: GraphNode[] = [];
  for (const id of mg.idsOfKind(kind)) out.push(mg.node(id)!);
  return out;
}
