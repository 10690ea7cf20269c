import { normalizeName } from '../../src/model/ids';
import type { CatalogView } from '../extract/types';

// Catalog look-ups by any name or alias, in any case or spacing (ETCD → etcd, GoLang → Go).

type TechE = CatalogView['technologies'][number] & { broader?: string[] };
type OrgE = CatalogView['organizations'][number];

const techIndex = new WeakMap<object, Map<string, TechE>>();
const orgIndex = new WeakMap<object, Map<string, OrgE>>();

function index<T extends { name: string; aliases: string[] }>(
  cache: WeakMap<object, Map<string, T>>,
  key: object,
  xs: readonly T[],
) {
  let m = cache.get(key);
  if (!m) {
    m = new Map();
    for (const x of xs)
      for (const a of [x.name, ...x.aliases]) if (!m.has(normalizeName(a))) m.set(normalizeName(a), x);
    // canonical names win over other entries' aliases
    for (const x of xs) m.set(normalizeName(x.name), x);
    cache.set(key, m);
  }
  return m;
}

export function canonicalTech(name: string, catalogs: CatalogView): TechE | null {
  return index(techIndex, catalogs, catalogs.technologies as readonly TechE[]).get(normalizeName(name)) ?? null;
}

export function canonicalOrg(name: string, catalogs: CatalogView): OrgE | null {
  return index(orgIndex, catalogs, catalogs.organizations).get(normalizeName(name)) ?? null;
}

export interface TechInfo {
  id: string;
  name: string;
  start: number;
  end: number;
}

/** (narrower, broader) pairs reachable upwards from the named technologies. */
export function techGraph(names: string[], catalogs: CatalogView): [string, { name: string; category: string }][] {
  const out: [string, { name: string; category: string }][] = [];
  const seen = new Set<string>();
  const queue = [...new Set(names)];
  while (queue.length) {
    const n = queue.shift() as string;
    if (seen.has(n)) continue;
    seen.add(n);
    const e = canonicalTech(n, catalogs);
    for (const b of e?.broader ?? []) {
      const be = canonicalTech(b, catalogs);
      if (!be) continue;
      out.push([e?.name ?? n, { name: be.name, category: be.category }]);
      queue.push(be.name);
    }
  }
  return out;
}
