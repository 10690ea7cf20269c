import { normalizeName } from '../../model/ids';
import type { TechnologyRow } from '../port';
import type { MemoryGraph } from './memory-graph';

// The technology catalog as the analyses look it up: every technology row,
// each key (its id, its name's and its aliases' normalizeName) -> the
// technologies having it, and the narrower links. Part of the analysis index
// (analysis-index.ts), rebuilt with it when the graph's version moves.

export interface Catalog {
  technologies: TechnologyRow[];
  /** key (id, name key, alias key) -> technologies, each with its best rank (0: id or name, 1: alias only) */
  byKey: Map<string, { id: string; rank: 0 | 1 }[]>;
  rowOf: Map<string, TechnologyRow>;
  /** technology -> the technologies directly narrower than it */
  narrower: Map<string, string[]>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCatalog(mg: MemoryGraph): Catalog {
  const g = mg.graph;
  const technologies: TechnologyRow[] = [];
  const narrower = new Map<string, string[]>();
  for (const id of mg.idsOfKind('Technology')) {
    const n = mg.node(id)!;
    const broaderIds: string[] = [];
    g.forEachInEdge(id, (e, _attrs, from) => {
      if (mg.relType(e) === 'BROADER_THAN') broaderIds.push(from);
    });
    g.forEachOutEdge(id, (e, _attrs, _from, to) => {
      if (mg.relType(e) === 'BROADER_THAN') push(narrower, id, to);
    });
    technologies.push({
      id,
      name: n.name,
      aliases: n.aliases,
      category: n.props.category ?? null,
      broaderIds: broaderIds.sort(byCodeUnits),
    });
  }
  technologies.sort((a, b) => byCodeUnits(a.id, b.id));
  const byKey = new Map<string, { id: string; rank: 0 | 1 }[]>();
  const add = (key: string, id: string, rank: 0 | 1) => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    const seen = list.find((e) => e.id === id);
    if (!seen) list.push({ id, rank });
    else if (rank < seen.rank) seen.rank = rank;
    byKey.set(key, list);
  };
  for (const t of technologies) {
    add(normalizeName(t.name), t.id, 0);
    add(t.id, t.id, 0);
    for (const alias of t.aliases) add(normalizeName(alias), t.id, 1);
  }
  return { technologies, byKey, rowOf: new Map(technologies.map((t) => [t.id, t])), narrower };
}

/** The ids and everything narrower than them (BROADER_THAN, any depth), sorted. */
export function narrowerClosure(catalog: Catalog, ids: readonly string[]): string[] {
  const seen = new Set(ids);
  const queue = [...ids];
  while (queue.length > 0)
    for (const child of catalog.narrower.get(queue.pop()!) ?? [])
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
  return [...seen].sort(byCodeUnits);
}
