import { normalizeName } from '../../../src/model/ids';
import titleWords from '../../lexicon/en/title-words.json';
import slotWords from '../../lexicon/slot-words.json';
import type { SpeakerPhrase } from '../frames/types';
import type { RuleContext } from '../harness';
import { isChineseName } from '../names';

// The speaker field of a layout that repeats, when no name reader knows what it holds: "Manic (Acme)",
// "Chen Jack S Y (Acme)", "Allen&Christophe&Matthew", "王五 Qing (某某科技)", "林一&林二 Felix&Vincent". The
// repetition vouches that the field is the speakers' (decide/ weighs it); here each part only has to look like a
// name: capitalized words (initials allowed), or two to four Han characters, optionally followed by a Latin
// handle. A part that is a catalog's technology or organization, a title word or a slot word makes the field no
// names at all.

const LATIN = /^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}(?:[\p{Ll}'.-]*)){0,3}$/u;
const HAN = /^\p{Script=Han}{2,4}$/u;
const NOT_NAMES = new Set([...titleWords.words, ...slotWords.words].map((w) => w.toLowerCase()));

export function looseNames(ctx: RuleContext, p: SpeakerPhrase, rule: string): string[] {
  // "Allen&Christophe&Matthew (Acme)": the bracketed organization is every one's
  const shared = p.text.match(/\s*[（(]([^()（）]*)[)）]\s*$/u);
  const text = (shared ? p.text.slice(0, shared.index) : p.text).trim();
  if (!text || text.length > 60) return [];
  let names: string[];
  let aliases: string[] = [];
  // "林一&林二 Felix&Vincent", "王五 Qing": Han names, then their Latin handles
  const handled = text.match(/^([\p{Script=Han}&＆、]+)\s+([A-Za-z][\w.-]*(?:\s*[&＆]\s*[A-Za-z][\w.-]*)*)$/u);
  if (handled) {
    names = handled[1].split(/[&＆、]/u);
    aliases = handled[2].split(/\s*[&＆]\s*/u);
    if (aliases.length !== names.length) aliases = [];
  } else names = text.split(/\s*(?:[&＆、,，]|\band\b)\s*/u);
  if (names.length === 0 || names.length > 6) return [];
  for (const n of names) {
    if (!(LATIN.test(n) || HAN.test(n))) return [];
    const key = normalizeName(n);
    if (ctx.kn.techKeys.has(key) || ctx.kn.orgKeys.has(key)) return [];
    // "开源社", "某某科技": a Han word ending like an organization, when it reads as no Chinese name
    if (HAN.test(n) && !isChineseName(n, ctx.lex) && ctx.lex.orgSuffixes.some((x) => n.endsWith(x))) return [];
    if (n.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()) || ctx.lex.latinNotNameWords.has(w))) return [];
  }
  const out: string[] = [];
  let from = 0;
  names.forEach((n, i) => {
    const at = p.text.indexOf(n, from);
    from = at < 0 ? from : at + n.length;
    const start = p.offset + Math.max(0, at);
    const person = ctx.person(n, { start, end: start + n.length }, rule, aliases[i] ? [aliases[i]] : []).name;
    if (shared?.[1].trim()) ctx.affiliate(person, shared[1], { start, end: start + n.length }, rule);
    out.push(person);
  });
  return out;
}
