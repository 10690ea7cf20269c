import { type Lexicon, lexicon } from '../lexicon';

// Is this a person's name? Chinese names are a surname from the list plus one
// or two given characters that are not function words, and not a common word
// that merely starts with a surname character. English names are two to four
// capitalized words ("Guido van Rossum").

const HAN = /^\p{Script=Han}+$/u;

export function isChineseName(s: string, lex: Lexicon): boolean {
  if (!HAN.test(s) || s.length < 2 || s.length > 4) return false;
  if (lex.notNames.has(s)) return false;
  let given: string;
  if (s.length >= 3 && lex.compoundSurnames.has(s.slice(0, 2))) given = s.slice(2);
  else if (lex.singleSurnames.has(s[0])) given = s.slice(1);
  else return false;
  if (given.length < 1 || given.length > 2) return false;
  for (const c of given) if (lex.givenStopChars.has(c)) return false;
  return true;
}

// a generational suffix ends a name: "Geir Magnusson Jr.", "Charlie Fiskeaux II"
const LATIN_NAME =
  /^\p{Lu}\p{Ll}+(?:[-'][\p{L}]+)?(?: (?:van|von|de|der|da|di|la|le))?(?: (?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:[-'][\p{L}]+)?){1,2}(?: (?:Jr\.?|Sr\.?|II|III|IV))?$/u;

export function isLatinName(s: string): boolean {
  // "Senior Staff Engineer", "Alibaba Cloud": role and organization words make no name.
  return LATIN_NAME.test(s) && !s.split(/[ -]/).some((w) => lexicon.latinNotNameWords.has(w));
}

/**
 * The longest Chinese name that `s` starts with (2-4 characters), or null.
 * Prefers three characters unless the third is a function word.
 */
export function leadingChineseName(s: string, lex: Lexicon): string | null {
  for (const n of [3, 2, 4]) {
    const cand = s.slice(0, n);
    if (cand.length !== n || !isChineseName(cand, lex)) continue;
    // "张三首先介绍了…": a verb that follows a two-character name is not its third character.
    if (
      n === 3 &&
      VERB_LEADS.has(cand[2]) &&
      /\p{Script=Han}/u.test(s[3] ?? '') &&
      isChineseName(cand.slice(0, 2), lex)
    )
      return cand.slice(0, 2);
    return cand;
  }
  return null;
}

const VERB_LEADS = new Set([...'首介讲详围带通结谈分用向先接随还则便又也即']);

/** The Chinese name `s` ends with (2-3 characters, 4 for compound surnames), or null. */
export function trailingChineseName(s: string, lex: Lexicon): string | null {
  for (const n of [3, 2, 4]) {
    if (s.length < n) continue;
    const cand = s.slice(s.length - n);
    if (!isChineseName(cand, lex)) continue;
    // "来自土豆网黄冬": prefer the 2-char reading when the 3-char one starts with an org ending.
    if (n === 3 && /[网云司团组区院部心室]/.test(cand[0])) continue;
    return cand;
  }
  return null;
}

/** A person written as "name", "name (alias)", "name @handle" → name plus aliases. */
export function splitNameAndAliases(raw: string, lex: Lexicon): { name: string; aliases: string[] } | null {
  let s = raw.trim();
  const aliases: string[] = [];
  const handle = s.match(/\s*[@＠]\s*([^\s（(@][^（(@]*?)\s*$/);
  if (handle && handle.index !== undefined && handle.index > 0) {
    aliases.push(`@${handle[1].trim()}`);
    s = s.slice(0, handle.index).trim();
  }
  const paren = s.match(/^(.+?)\s*[（(]\s*([A-Za-z][\w .-]{1,30}|[\p{Script=Han}]{2,4})\s*[)）]$/u);
  if (paren) {
    s = paren[1].trim();
    aliases.push(paren[2].trim());
  }
  // "侃嘉KJ": a Chinese name with a Latin nickname glued on.
  const glued = s.match(/^(\p{Script=Han}{2,4})([A-Za-z][A-Za-z0-9._-]{1,20})$/u);
  if (glued && isChineseName(glued[1], lex)) {
    s = glued[1];
    aliases.push(glued[2]);
  }
  // "王磊老师", "陈晓峰博士": an honorific is not part of the name.
  const honored = s.match(/^(\p{Script=Han}{2,4}?)\s*(?:老师|先生|女士|博士|教授|同学)$/u);
  if (honored && isChineseName(honored[1], lex)) s = honored[1];
  // "Tony Zhang（张晓东）": the Chinese name is the name, the English one an alias.
  const chinese = aliases.findIndex((a) => isChineseName(a, lex));
  if (isLatinName(s) && chinese >= 0) {
    const latin = s;
    s = aliases[chinese];
    aliases.splice(chinese, 1, latin);
  }
  if (isChineseName(s, lex) || isLatinName(s)) return { name: s, aliases };
  return null;
}
