import { normalizeName } from '../../../src/model/ids';
import boundaries from '../../lexicon/org-boundaries.json';
import { isRoleOnly } from '../affiliation';
import type { Rule, RuleContext } from '../harness';

// English prose says where a speaker the document names works:
//   "[Jane Doe](https://…) from Acme presented …", "Jane Doe of Northwind was going to …",
//   "Jane Doe, a principal engineer at Acme, shares …", "Jane Doe is a senior engineer at Acme",
//   "Jane Doe - the founder of Acme - talks about …", "Jane Doe (Acme) shows …".
// The person must be one the document already names, the organization a capitalized name that is
// no place, technology or event, and a role in between must read as a role. One pass over the text.

// A capitalized name (2–3 words), an optional Markdown link after it.
const NAME = String.raw`([A-Z][\p{Ll}'’-]+(?: [A-Z][\p{Ll}'’-]+){1,2})(?:\]\([^)\s]{0,300}\))?`;
// An organization: capitalized words (the first may hold digits or dots: "Recurse Center", "Writings.io").
const ORG = String.raw`([A-Z0-9][\w.&'’-]*(?: (?:[A-Z0-9][\w.&'’-]*|&))*)`;
const LINKED_ORG = String.raw`(?:\[${ORG}\]\([^)\s]{0,300}\)|${ORG})`;

// "Jane Doe from Acme", "Jane Doe of Acme"
const FROM = new RegExp(`${NAME}\\s+(?:from|of)\\s+${LINKED_ORG}`, 'gu');
// "Jane Doe, a principal engineer at Acme", "Jane Doe is the founder of Acme", "Jane Doe - a developer at Acme"
const ROLE_AT = new RegExp(
  `${NAME}\\s*(?:,|\\s[-–—]|\\s(?:is|was|works as|serves as))\\s+(?:a|an|the)?\\s*([A-Za-z][A-Za-z -]{1,50}?)\\s+(?:at|of|@)\\s+${LINKED_ORG}`,
  'gu',
);

const NOT_ORG_WORDS = new Set(boundaries.enNotOrganizations.map((w) => w.toLowerCase()));

export const enBioRule: Rule = {
  name: 'enBioRule',
  run(ctx) {
    if (ctx.out.people.length === 0) return;
    for (const m of ctx.text.matchAll(FROM)) add(ctx, m[1], m[2] ?? m[3], '', m.index ?? 0, m[0].length);
    for (const m of ctx.text.matchAll(ROLE_AT)) {
      const role = m[2].trim();
      // prose writes roles in lower case ("a principal engineer"); the role words are capitalized
      const titled = role.replace(/(^|\s)([a-z])/gu, (_, b: string, c: string) => b + c.toUpperCase());
      if (!isRoleOnly(titled, ctx.lex, ctx.kn)) continue;
      add(ctx, m[1], m[3] ?? m[4], role, m.index ?? 0, m[0].length);
    }
  },
};

function add(ctx: RuleContext, name: string, rawOrg: string, role: string, at: number, length: number): void {
  const person = ctx.findPerson(name);
  if (!person) return;
  const org = trimOrg(rawOrg);
  if (!org || !isOrganization(ctx, org)) return;
  ctx.affiliate(person.name, org, { start: at, end: at + length }, 'enBioRule', true, role || undefined);
}

/** "Acme." at a sentence's end, "Acme's": the name without what closes the sentence. */
function trimOrg(s: string): string {
  return s
    .replace(/['’]s$/u, '')
    .replace(/[.,'’-]+$/u, '')
    .trim();
}

function isOrganization(ctx: RuleContext, org: string): boolean {
  const k = normalizeName(org);
  if (ctx.kn.orgKeys.has(k)) return true;
  const first = org.split(' ')[0].toLowerCase();
  if (NOT_ORG_WORDS.has(first) || NOT_ORG_WORDS.has(org.toLowerCase())) return false;
  // a place, a technology or a person of the document
  if (ctx.lex.englishCities.has(org.toLowerCase())) return false;
  if (ctx.kn.techKeys.has(k)) return false;
  if (ctx.findPerson(org)) return false;
  return org.length >= 2 && org.length <= 40;
}
