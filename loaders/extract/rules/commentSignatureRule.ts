import type { Rule } from '../harness';
import { isChineseName, isLatinName } from '../names';

// Reader comments on news sites are headed "<subject> by <name>" ("整理的非常到位 by 支 晓勇").
// Their authors are people who took part in the discussion; Chinese names are
// often written with a space between surname and given name.

const SIGNATURE = /^(.{2,40}?)\s+by\s+([\p{Script=Han}]\s?[\p{Script=Han}]{1,2}|[A-Z][a-z]+ [A-Z][a-z]+)\s*$/u;

export const commentSignatureRule: Rule = {
  name: 'commentSignatureRule',
  run(ctx) {
    for (const l of ctx.lines) {
      const m = l.text.match(SIGNATURE);
      if (!m) continue;
      const written = m[2];
      const start = l.start + l.text.lastIndexOf(written);
      const span = { start, end: start + written.length };
      const joined = written.replace(/\s/g, '');
      if (/\p{Script=Han}/u.test(written)) {
        if (isChineseName(joined, ctx.lex))
          ctx.person(joined, span, 'commentSignatureRule', joined !== written ? [written] : []);
      } else if (isLatinName(written)) {
        const known = ctx.findPerson(written);
        if (known) {
          if (!known.aliases.includes(written)) known.aliases.push(written);
        } else ctx.person(written, span, 'commentSignatureRule');
      }
    }
  },
};
