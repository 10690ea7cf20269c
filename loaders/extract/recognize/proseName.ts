import zhNames from '../../lexicon/zh/names.json';
import zhVerbs from '../../lexicon/zh/verbs.json';
import { isChineseName } from '../names';
import type { Annotation, Recognizer } from './types';

// A Chinese name run into prose, written right before a speech verb: "下面是周爱民讲软件架构", "随后刘滔也分享了…".
// Running Chinese text has no separators around names, so the person recognizer (which wants a name standing alone)
// does not see them; the verb after the name marks where it ends, and the name starts after punctuation or after a
// word such as 是 / 由 (lexicon: nameLeft), never in the middle of other words ("百位架构师共聊" holds no name).
// An honorific may stand between the name and the verb ("苏林老师分享"). A paragraph that starts with a name and a
// bio word ("杨明目前任职于…", "周晓博士毕业于…", lexicon zh/names.json) starts with the person it introduces.

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const VERB = new RegExp(
  `(?:${alt(zhVerbs.fillers)}){0,2}(?:${alt([...zhVerbs.speech, ...zhVerbs.topic, ...zhVerbs.direct])})`,
  'gu',
);
const DIRECT = new Set(zhVerbs.direct);
const NOT_BEFORE = new Set(zhVerbs.directNotBefore);
const LEFT = new Set(zhVerbs.nameLeft);
const HAN = /\p{Script=Han}/u;
const HONORIFIC = new RegExp(`(?:${alt(zhNames.honorifics)})$`, 'u');
const BIO = new RegExp(`^(?:${alt(zhNames.honorifics)})?(?:${alt(zhNames.bioLead)})`, 'u');

export const proseNameRecognizer: Recognizer = {
  name: 'proseName',
  kind: 'person',
  run(block, env) {
    const out: Annotation[] = [];
    const t = block.text;
    for (const m of t.matchAll(VERB)) {
      const at = m.index ?? 0;
      const verb = m[0];
      // "苏林老师分享": the name ends before its honorific
      const end = at - (t.slice(Math.max(0, at - 2), at).match(HONORIFIC)?.[0].length ?? 0);
      if (DIRECT.has(verb.slice(-1)) && NOT_BEFORE.has(t[at + verb.length] ?? '')) continue;
      for (const n of [3, 2]) {
        const start = end - n;
        if (start < 0) continue;
        const name = t.slice(start, end);
        const left = t[start - 1] ?? '';
        if (!HAN.test(name) || (HAN.test(left) && !LEFT.has(left))) continue;
        if (!isChineseName(name, env.lex) || env.kn.techKeys.has(name) || env.kn.orgKeys.has(name)) continue;
        out.push({
          kind: 'person',
          block: block.index,
          start,
          end,
          value: name,
          recognizer: 'person.verb',
          confidence: 0.6,
        });
        break;
      }
    }
    // "杨明目前任职于…": a bio paragraph led by the name it introduces
    for (const n of [3, 2, 4]) {
      const name = t.slice(0, n);
      if (name.length < n || !BIO.test(t.slice(n)) || !isChineseName(name, env.lex)) continue;
      if (env.kn.techKeys.has(name) || env.kn.orgKeys.has(name)) continue;
      if (!out.some((a) => a.start === 0))
        out.push({
          kind: 'person',
          block: block.index,
          start: 0,
          end: n,
          value: name,
          recognizer: 'person.bio',
          confidence: 0.6,
        });
      break;
    }
    return out;
  },
};
