import { normalizeName } from '../../src/model/ids';
import boundaries from '../lexicon/org-boundaries.json';
import type { Knowledge } from './knowledge';

// Affiliation phrases that lead with, or close on, a catalog organization, read before the general split:
//   "北京某某数据 (Acme)"   the bracketed catalog name is the organization the Chinese name writes out;
//   "阿里巴巴 技术专家"     the writer's space ends the organization, even where a longer catalog name
//                          runs across it (阿里巴巴技术, a media account);
//   "某某社执委会成员"      a unit inside the catalog organization is part of the person's role.
// `isRole` says whether a phrase starts with a role ("技术专家", "成员").

const UNITS = new RegExp(`^\\s*(\\S{0,6}?(?:${boundaries.unitsOfKnown.join('|')}))`, 'u');

export interface KnownLead {
  org: string;
  role: string;
}

export function knownOrgLead(s: string, kn: Knowledge, isRole: (x: string) => boolean): KnownLead | null {
  const bracketed = s.match(/^([^（()）]{2,30}?)\s*[（(]\s*([^（()）]{2,40}?)\s*[)）]$/u);
  if (bracketed && kn.orgKeys.has(normalizeName(bracketed[2])) && !isRole(bracketed[1]) && !/\s/u.test(bracketed[1]))
    return { org: bracketed[2], role: '' };
  const known = kn.orgs.prefix(s, true);
  if (!known) return null;
  const space = s.lastIndexOf(' ', known.end - 1);
  if (space > 0) {
    const shorter = kn.orgs.prefix(s.slice(0, space), true);
    const rest = s.slice(space + 1).trim();
    if (shorter && shorter.end === space && rest && isRole(rest)) return { org: shorter.written, role: rest };
  }
  const after = s.slice(known.end);
  const unit = after.match(UNITS);
  if (unit) {
    const rest = after.slice(unit[0].length);
    if (!rest.trim() || isRole(rest.trim())) return { org: known.written, role: `${unit[1]}${rest}`.trim() };
  }
  return null;
}
