import { normalizeName } from '../../src/model/ids';
import { NameMatcher } from './matcher';
import type { CatalogView } from './types';

// The catalogs turned into matchers, built once per catalog object.

export interface TechRef {
  name: string;
  category: string;
}
export interface OrgRef {
  name: string;
  type: string;
}

export interface Knowledge {
  techs: NameMatcher<TechRef>;
  orgs: NameMatcher<OrgRef>;
  /** normalized names/aliases of technologies: an organization phrase equal to one is a technology */
  techKeys: Set<string>;
  orgKeys: Map<string, OrgRef>;
  /** organization names and aliases exactly as the catalog spells them: "douban" is listed, "meta" is not ("Meta") */
  orgSpellings: Set<string>;
}

const cache = new WeakMap<object, Knowledge>();

export function knowledgeOf(catalogs: CatalogView): Knowledge {
  const hit = cache.get(catalogs);
  if (hit) return hit;
  const techs = new NameMatcher<TechRef>();
  const orgs = new NameMatcher<OrgRef>();
  const techKeys = new Set<string>();
  const orgKeys = new Map<string, OrgRef>();
  const orgSpellings = new Set<string>();
  for (const t of catalogs.technologies) {
    const ref = { name: t.name, category: t.category };
    for (const a of [t.name, ...t.aliases]) {
      techs.add(a, ref, t.matchCase === true);
      const k = normalizeName(a);
      techKeys.add(k);
    }
  }
  for (const o of catalogs.organizations) {
    const ref = { name: o.name, type: o.type };
    for (const a of [o.name, ...o.aliases]) {
      orgs.add(a, ref);
      orgSpellings.add(a);
      const k = normalizeName(a);
      if (!orgKeys.has(k)) orgKeys.set(k, ref);
    }
  }
  const k: Knowledge = { techs, orgs, techKeys, orgKeys, orgSpellings };
  cache.set(catalogs, k);
  return k;
}
