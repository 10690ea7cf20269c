import { normalizeName } from '../../../src/model/ids';
import titleWords from '../../lexicon/en/title-words.json';
import { isChineseName, isLatinName } from '../names';
import type { Annotation, Recognizer } from './types';

// People by the look of their names: a Chinese name standing alone between
// separators ("张三 · 某某科技", "张三、李四"), an English name of two or three
// capitalized words, and a link to a person's profile (GitHub, Twitter, …),
// whose text is that person's name or handle.

const HAN_RUN = /\p{Script=Han}{2,6}/gu;
const HONORIFIC = /(?:老师|先生|女士|博士|教授|同学)$/u;
// lower-case letters include accented ones ("Daniel Martí", "Kai Wähner")
const LATIN =
  /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:[-'][\p{L}]+)?(?: (?:van|von|de|der|da|di|la|le))?(?: (?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:[-'][\p{L}]+)?){1,2}(?![\p{L}\p{N}_])/gu;
const TITLE_WORDS = new Set(titleWords.words);
/** 'Building Things', 'Advanced Testing': words of titles, not of names */
const titleLike = (name: string) => name.split(/[ -]/).some((w) => TITLE_WORDS.has(w) || /^[A-Z][a-z]{3,}ing$/.test(w));
const PROFILE =
  /^https?:\/\/(?:www\.)?(?:github\.com|twitter\.com|x\.com|weibo\.com|linkedin\.com\/in|medium\.com\/@|speakerdeck\.com)\/@?[\w.-]+\/?$/i;

const SPEAKER_PAGE = /(?:^|\/)(?:speakers?|people|presenters?)\/[\w.%-]+\/?(?:[?#].*)?$/i;

export const personRecognizer: Recognizer = {
  name: 'person',
  kind: 'person',
  run(block, env) {
    const out: Annotation[] = [];
    const t = block.text;
    const add = (start: number, end: number, value: string, confidence: number, recognizer: string) =>
      out.push({ kind: 'person', block: block.index, start, end, value, recognizer, confidence });
    for (const m of t.matchAll(HAN_RUN)) {
      const start = m.index ?? 0;
      const run = m[0].replace(HONORIFIC, '');
      if (
        isChineseName(run, env.lex) &&
        !env.kn.techKeys.has(normalizeName(run)) &&
        !env.kn.orgKeys.has(normalizeName(run))
      )
        add(start, start + run.length, run, 0.7, 'person.zh');
    }
    for (const m of t.matchAll(LATIN)) {
      const start = m.index ?? 0;
      if (isLatinName(m[0]) && !titleLike(m[0]) && !env.kn.techKeys.has(normalizeName(m[0])))
        add(start, start + m[0].length, m[0], 0.6, 'person.en');
    }
    for (const l of block.links)
      if (PROFILE.test(l.href)) {
        const name = t.slice(l.start, l.end).trim();
        if (name && !/^(?:video|slides?|github|twitter)$/i.test(name)) add(l.start, l.end, name, 0.9, 'person.profile');
      } else if (SPEAKER_PAGE.test(l.href)) {
        // a link to the programme's own speaker page: its text leads with the speaker's name ("Jane Doe, Acme")
        const text = t.slice(l.start, l.end);
        const name = text.split(/\s*[,，(（|｜·•]/u)[0].trim();
        if (name.length >= 2 && name.length <= 40)
          add(l.start, l.start + text.indexOf(name) + name.length, name, 0.8, 'person.page');
      }
    return out;
  },
};
