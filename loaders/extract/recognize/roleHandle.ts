import { normalizeName } from '../../../src/model/ids';
import type { Annotation, Recognizer } from './types';

// A community handle standing as a person: one word, no space, right before a
// parenthetical that says what the person does in a project ("jdoe(Acme
// Committer/PMC Member)", "moonfish（某某社区 Maintainer）"). The role words come
// from the lexicon, so "Kubernetes(容器编排)" is no handle. Names written as
// names are person.en's and person.zh's.

const CANDIDATE = /(?<![\p{L}\p{N}_@.-])([A-Za-z][A-Za-z0-9_-]{2,23})\s?[（(]([^()（）\n]{2,80})[)）]/gu;

export const roleHandleRecognizer: Recognizer = {
  name: 'roleHandle',
  kind: 'handle',
  run(block, env) {
    const out: Annotation[] = [];
    const t = block.text;
    if (!/[（(]/u.test(t)) return out;
    for (const m of t.matchAll(CANDIDATE)) {
      const word = m[1];
      if (env.kn.techKeys.has(normalizeName(word)) || env.kn.orgKeys.has(normalizeName(word))) continue;
      if (env.lex.latinNotNameWords.has(word) || env.labels.has(word.toLowerCase())) continue;
      if (
        !env.lex.roleHeads.some(
          (h) => /^[A-Za-z]/.test(h) && h.length >= 3 && m[2].toLowerCase().includes(h.toLowerCase()),
        )
      )
        continue;
      const start = m.index ?? 0;
      out.push({
        kind: 'handle',
        block: block.index,
        start,
        end: start + word.length,
        value: word,
        recognizer: 'roleHandle',
        confidence: 0.6,
      });
    }
    return out;
  },
};
