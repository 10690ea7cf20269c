import type { GraphNode, NodeKind, RelType } from '../../model/graph';
import type { NodeFilter, NodeSort } from '../port';
import type { MemoryGraph } from './memory-graph';

// List filters and sorts over the in-memory graph, following the semantics
// written down in src/store/port.ts (the Neo4j store does the same in Cypher).

type Dir = 'out' | 'in';

export class Listing {
  constructor(private readonly mg: MemoryGraph) {}

  private neighbours(id: string, type: RelType, dir: Dir): string[] {
    const g = this.mg.graph;
    if (!g.hasNode(id)) return [];
    const edges = dir === 'out' ? g.outEdges(id) : g.inEdges(id);
    const out: string[] = [];
    for (const e of edges) {
      if (this.mg.relType(e) !== type) continue;
      out.push(dir === 'out' ? g.target(e) : g.source(e));
    }
    return out;
  }

  /** The technology and every narrower one. */
  technologyClosure(id: string): Set<string> {
    const seen = new Set<string>([id]);
    const queue = [id];
    while (queue.length) {
      for (const next of this.neighbours(queue.pop()!, 'BROADER_THAN', 'out'))
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    }
    return seen;
  }

  private talkYear(talkId: string): number | null {
    return this.mg.node(talkId)?.props.year ?? null;
  }

  private eventYear(node: GraphNode): number | null {
    const d = node.props.startDate;
    return d ? Number(d.slice(0, 4)) : null;
  }

  /** Does this talk satisfy the talk-level parts of the filter? */
  private talkMatches(talkId: string, f: NodeFilter, techs: Set<string> | null): boolean {
    if (techs && !this.neighbours(talkId, 'ABOUT', 'out').some((t) => techs.has(t))) return false;
    const speakers = f.speakerId || f.organizationId ? this.neighbours(talkId, 'GAVE', 'in') : [];
    if (f.speakerId && !speakers.includes(f.speakerId)) return false;
    if (
      f.organizationId &&
      !speakers.some((p) => this.neighbours(p, 'AFFILIATED_WITH', 'out').includes(f.organizationId!))
    )
      return false;
    if (f.eventId && !this.neighbours(talkId, 'AT', 'out').includes(f.eventId)) return false;
    if (f.yearFrom != null || f.yearTo != null) {
      const y = this.talkYear(talkId);
      if (y == null) return false;
      if (f.yearFrom != null && y < f.yearFrom) return false;
      if (f.yearTo != null && y > f.yearTo) return false;
    }
    return true;
  }

  /** A talk or event in one of the cities (talks through their event). */
  private inCities(node: GraphNode, cities: readonly string[]): boolean {
    const events = node.kind === 'Event' ? [node.id] : this.neighbours(node.id, 'AT', 'out');
    return events.some((e) => {
      const city = this.mg.node(e)?.props.city;
      return city != null && cities.includes(city);
    });
  }

  /**
   * @param techs the closure of f.technologyId
   * @param allTechs the closure of each of f.allTechnologyIds
   */
  matches(
    node: GraphNode,
    f: NodeFilter | undefined,
    techs: Set<string> | null,
    allTechs: Set<string>[] | null = null,
  ): boolean {
    if (node.props.implied === true && !f?.includeImplied) return false;
    if (!f) return true;
    if (f.nameContains) {
      const needle = f.nameContains.toLowerCase();
      if (![node.name, ...node.aliases].some((n) => n.toLowerCase().includes(needle))) return false;
    }
    const id = node.id;
    switch (node.kind) {
      case 'Talk': {
        if (f.cities && !this.inCities(node, f.cities)) return false;
        const about = allTechs ? this.neighbours(id, 'ABOUT', 'out') : [];
        if (allTechs && !allTechs.every((closure) => about.some((t) => closure.has(t)))) return false;
        return this.talkMatches(id, f, techs);
      }
      case 'Person': {
        if (f.organizationId && !this.neighbours(id, 'AFFILIATED_WITH', 'out').includes(f.organizationId)) return false;
        const talkFilter = { ...f, speakerId: undefined, organizationId: undefined };
        if (!techs && !f.eventId && f.yearFrom == null && f.yearTo == null) return true;
        return this.neighbours(id, 'GAVE', 'out').some((t) => this.talkMatches(t, talkFilter, techs));
      }
      case 'Event': {
        if (f.cities && !this.inCities(node, f.cities)) return false;
        if (f.organizationId && !this.neighbours(id, 'ORGANIZED_BY', 'out').includes(f.organizationId)) return false;
        if (f.yearFrom != null || f.yearTo != null) {
          const y = this.eventYear(node);
          if (y == null || (f.yearFrom != null && y < f.yearFrom) || (f.yearTo != null && y > f.yearTo)) return false;
        }
        if (!techs && !f.speakerId) return true;
        const talkFilter: NodeFilter = { speakerId: f.speakerId };
        return this.neighbours(id, 'AT', 'in').some((t) => this.talkMatches(t, talkFilter, techs));
      }
      case 'Technology': {
        if (!f.speakerId && !f.eventId && !f.organizationId && f.yearFrom == null && f.yearTo == null) return true;
        const talkFilter = { ...f, technologyId: undefined };
        return this.neighbours(id, 'ABOUT', 'in').some((t) => this.talkMatches(t, talkFilter, null));
      }
      case 'Organization': {
        if (f.eventId && !this.neighbours(f.eventId, 'ORGANIZED_BY', 'out').includes(id)) return false;
        if (!techs) return true;
        return this.neighbours(id, 'AFFILIATED_WITH', 'in').some((p) =>
          this.neighbours(p, 'GAVE', 'out').some((t) => this.talkMatches(t, {}, techs)),
        );
      }
      default:
        return true;
    }
  }

  talkCount(node: GraphNode): number {
    switch (node.kind) {
      case 'Person':
        return this.neighbours(node.id, 'GAVE', 'out').length;
      case 'Technology':
        return this.neighbours(node.id, 'ABOUT', 'in').length;
      case 'Event':
        return this.neighbours(node.id, 'AT', 'in').length;
      case 'Organization': {
        const talks = new Set<string>();
        for (const p of this.neighbours(node.id, 'AFFILIATED_WITH', 'in'))
          for (const t of this.neighbours(p, 'GAVE', 'out')) talks.add(t);
        return talks.size;
      }
      default:
        return 0;
    }
  }

  sorted(kind: NodeKind, nodes: GraphNode[], sort: NodeSort | undefined): GraphNode[] {
    const byName = (a: GraphNode, b: GraphNode) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    const field = sort?.field ?? 'NAME';
    const sign = sort?.descending ? -1 : 1;
    if (field === 'NAME') return nodes.sort((a, b) => sign * byName(a, b));
    if (field === 'DATE' && kind !== 'Event' && kind !== 'Talk') return nodes.sort((a, b) => sign * byName(a, b));
    const key = new Map<string, number | string | null>();
    for (const n of nodes) {
      if (field === 'DATE') key.set(n.id, kind === 'Event' ? (n.props.startDate ?? null) : (n.props.year ?? null));
      else if (field === 'TALKS') key.set(n.id, this.talkCount(n));
      else key.set(n.id, n.sources.length);
    }
    return nodes.sort((a, b) => {
      const x = key.get(a.id) ?? null;
      const y = key.get(b.id) ?? null;
      if (x === null && y !== null) return 1; // nulls last, whichever the direction
      if (y === null && x !== null) return -1;
      if (x !== null && y !== null && x !== y) return sign * (x < y ? -1 : 1);
      return byName(a, b);
    });
  }
}
