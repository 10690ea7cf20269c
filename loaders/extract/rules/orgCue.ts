import type { Lexicon } from '../../lexicon';
import boundaries from '../../lexicon/org-boundaries.json';
import cues from '../../lexicon/org-cues.json';
import { escapeRe } from '../text';

// Whether the words around one mention of a catalog organization show the text naming it as an
// organization: "曾供职于某某科技", "某某科技高级工程师", "某某科技的技术总监", "Jane Doe of Acme",
// "a Acme engineer", "hosted by Acme", "Copyright © 2031, Acme", "[Acme](https://acme.example)".
// A name-drop ("他们也提到了某某科技") has none of these. Words are data: lexicon/org-cues.json.

const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const BEFORE = new RegExp(`(?:${alt(cues.before)})\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*[,，]?\\s*)?$`, 'u');
const EN_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alt(cues.enBefore)})\\s+(?:the\\s+)?\\[?$`, 'iu');
const AFTER = new RegExp(`^\\]?\\s*(?:${alt(cues.after)})`, 'u');
const EN_AFTER = new RegExp(`^\\]?\\s+(?:${alt(cues.enAfter)})(?![A-Za-z])`, 'u');
/** link text whose address is a site's front page: "[Acme](https://www.acme.example/)" */
const HOMEPAGE = /^\]\(https?:\/\/[^/\s)]+\/?\)/u;
/** link text whose address is a page on the same site: "[Twitter](https://twitter.com/someone)", a profile */
const PROFILE = /^\]\(https?:\/\/(?:www\.)?([^/\s)]+)\/[^\s)]+\)/u;

let roleStart: RegExp | null = null;
function roleAfter(lex: Lexicon): RegExp {
  roleStart ??= new RegExp(
    `^\\]?\\s*的?\\s*(?:(?:${alt(boundaries.departments)})\\s*)?(?:(?:${alt(lex.roleModifiers)})\\s*)*(?:(?:${alt(lex.roleDomains)})\\s*)?(?:(?:${alt(lex.roleModifiers)})\\s*)*(?:${alt(lex.roleHeads)})(?![A-Za-z])`,
    'u',
  );
  return roleStart;
}

/**
 * Whether text[start, end) is written as the organization's name at all: "slide", "meta", "big apple"
 * are words (a lower-case word counts only where the catalog spells it so: "douban"; "ruby china" is still
 * the name), "Apple-style-span"
 * an identifier, "Rising" of "RisingWave" and "RustChina" of "RustChinaConf" the start of a longer word.
 */
export function writtenAsName(text: string, start: number, end: number, spellings: Set<string>): boolean {
  const written = text.slice(start, end);
  if (/^[a-z]+$/u.test(written) && !spellings.has(written)) return false;
  // (Only a Latin name glues: "华为OS团队" names 华为.)
  const glued = /[A-Za-z0-9]$/u.test(written) && /^-?[A-Za-z]/u.test(text.slice(end, end + 2));
  return !glued && !(/^[A-Za-z]/u.test(written) && /[A-Za-z]-$/u.test(text.slice(Math.max(0, start - 2), start)));
}

/** The words around text[start, end) name it as an organization. */
export function namedAsOrganization(text: string, start: number, end: number, lex: Lexicon): boolean {
  const before =
    text
      .slice(Math.max(0, start - 24), start)
      .split('\n')
      .pop() ?? '';
  const after = text.slice(end, end + 40).split('\n')[0];
  return (
    BEFORE.test(before) ||
    EN_BEFORE.test(before) ||
    AFTER.test(after) ||
    EN_AFTER.test(after) ||
    HOMEPAGE.test(after) ||
    roleAfter(lex).test(after)
  );
}

/** "[Twitter](https://twitter.com/someone)": link text naming the site a profile is on, no mention of the company. */
export function profileLink(text: string, start: number, end: number): boolean {
  const m = PROFILE.exec(text.slice(end, end + 300));
  if (!m) return false;
  const name = text
    .slice(start, end)
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
  return (
    name.length > 0 &&
    m[1]
      .toLowerCase()
      .replace(/[^a-z0-9]/gu, '')
      .includes(name)
  );
}
