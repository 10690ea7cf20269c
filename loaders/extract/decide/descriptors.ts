import { normalizeName } from '../../../src/model/ids';
import descriptorWords from '../../lexicon/en/descriptors.json';
import boundaries from '../../lexicon/org-boundaries.json';
import { isRoleOnly } from '../affiliation';
import type { FrameEnv } from '../frames/types';
import type { RuleContext } from '../harness';
import { sourceSpan } from '../layout/blocks';

// The English phrase a list or a recap writes after a speaker it names, saying who they are:
//   "… by Jane Doe - a principal engineer at Acme shares …", "Jane Doe, the founder of Acme, talks …",
//   "Jane Doe - an Acme engineer delivers …", "Jane Doe - the Acme NYC platform lead explains …",
//   "Jane Doe - a member of the Acme core team tells …" (and "… of the Foo team at Acme": both).
// Read over the blocks' plain text (markup already read), after the talks are decided, for people the document
// already names. Each block is scanned once per person it names; the phrase read is at most 90 characters.

const LEAD = /^\s*(?:[-–—,]|\s(?:is|was))\s*(?:a|an|the)\s+([^,.;:()（）!?]{2,90})/u;
const CAPITALIZED = /^[A-Z0-9][\w.&'’-]*$/u;
const MEMBERSHIP = new Set(descriptorWords.membership);
const UNIT_WORDS = new Set(descriptorWords.unitWords);
const OWNER_ROLES = new Set(descriptorWords.ownerRoles);
const NOT_ORG_WORDS = new Set(boundaries.enNotOrganizations.map((w) => w.toLowerCase()));
const PREPOSITIONS = new Set(['at', 'of', '@']);

interface Reading {
  org: string;
  role: string;
}

export function descriptorAffiliations(ctx: RuleContext, env: FrameEnv): void {
  const latin = ctx.out.people.filter((p) => /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)+$/u.test(p.name));
  if (latin.length === 0) return;
  for (const block of env.blocks)
    for (const p of latin) {
      let at = block.text.indexOf(p.name);
      while (at >= 0) {
        const end = at + p.name.length;
        const m = block.text.slice(end, end + 100).match(LEAD);
        if (m)
          for (const r of readDescriptor(ctx, m[1]))
            ctx.affiliate(p.name, r.org, sourceSpan(block, at, end + m[0].length), 'descriptorRule', true, r.role);
        at = block.text.indexOf(p.name, end);
      }
    }
}

/** "principal engineer at Acme …", "member of the Foo team at Acme", "Acme engineer …": the organizations named. */
export function readDescriptor(ctx: RuleContext, phrase: string): Reading[] {
  const words = phrase.trim().split(/\s+/u);
  if (MEMBERSHIP.has(words[0]) && words[1] === 'of') return member(ctx, words.slice(words[2] === 'the' ? 3 : 2));
  const prep = words.findIndex((w) => PREPOSITIONS.has(w));
  if (prep > 0 && prep <= 4) {
    const role = words.slice(0, prep).join(' ');
    if (!isRoleOnly(titleCase(role), ctx.lex, ctx.kn)) return [];
    const owner = words[prep] === 'at' || OWNER_ROLES.has(role.toLowerCase());
    const org = capitalizedRun(words.slice(prep + 1));
    return org && isOrganization(ctx, org, owner) ? [{ org, role }] : [];
  }
  // "Acme engineer", "Acme NYC platform team lead": the catalog organization the capitalized words begin with
  const run = capitalizedRun(words);
  if (!run) return [];
  const rest = words.slice(run.split(' ').length);
  const role = roleOf(ctx, rest);
  if (!role) return [];
  const org = catalogPrefix(ctx, run) ?? (run.includes(' ') ? null : run);
  return org && isOrganization(ctx, org, false) ? [{ org, role }] : [];
}

/** "the Foo core team at Acme", "the Acme core team": a catalog unit ("Foo team") or the name before it, and where. */
function member(ctx: RuleContext, words: string[]): Reading[] {
  const unit = words.findIndex((w) => UNIT_WORDS.has(w));
  if (unit <= 0) return [];
  const run = capitalizedRun(words.slice(0, unit));
  if (!run) return [];
  const out: Reading[] = [];
  const named = `${run} ${words[unit]}`;
  if (knownOrg(ctx, named)) out.push({ org: named, role: 'member' });
  else if (isOrganization(ctx, run, true)) out.push({ org: run, role: 'member' });
  if (words[unit + 1] === 'at') {
    const where = capitalizedRun(words.slice(unit + 2));
    const org = where && (catalogPrefix(ctx, where) ?? where);
    if (org && isOrganization(ctx, org, true)) out.push({ org, role: 'member' });
  }
  return out;
}

/** A catalog organization or one the document already names. */
function knownOrg(ctx: RuleContext, name: string): boolean {
  const k = normalizeName(name);
  return ctx.kn.orgKeys.has(k) || ctx.out.organizations.some((o) => normalizeName(o.name) === k);
}

function capitalizedRun(words: string[]): string | null {
  const run: string[] = [];
  for (const w of words) {
    if (!CAPITALIZED.test(w) || run.length === 4) break;
    run.push(w);
  }
  return run.length ? run.join(' ').replace(/['’]s$|[.'’]+$/u, '') : null;
}

/** The shortest run of up to three lower-case words that reads as a role ("engineer", "team lead"). */
function roleOf(ctx: RuleContext, words: string[]): string | null {
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const role = words.slice(0, n).join(' ');
    if (/^[a-z][a-z -]*$/u.test(role) && isRoleOnly(titleCase(role), ctx.lex, ctx.kn)) return role;
  }
  return null;
}

function catalogPrefix(ctx: RuleContext, run: string): string | null {
  const words = run.split(' ');
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (ctx.kn.orgKeys.has(normalizeName(name))) return name;
  }
  return null;
}

/** A catalog organization, or a capitalized name that is no place, person or (unless `owner`) technology. */
function isOrganization(ctx: RuleContext, org: string, owner: boolean): boolean {
  const k = normalizeName(org);
  if (ctx.kn.orgKeys.has(k)) return true;
  if (NOT_ORG_WORDS.has(org.split(' ')[0].toLowerCase()) || NOT_ORG_WORDS.has(org.toLowerCase())) return false;
  if (ctx.lex.englishCities.has(org.toLowerCase()) || ctx.findPerson(org)) return false;
  if (ctx.kn.techKeys.has(k) && !owner) return false;
  return org.length >= 2 && org.length <= 40;
}

function titleCase(s: string): string {
  return s.replace(/(^|\s)([a-z])/gu, (_, b: string, c: string) => b + c.toUpperCase());
}
