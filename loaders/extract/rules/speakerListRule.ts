import { splitAffiliation } from '../affiliation';
import type { Rule } from '../harness';
import { isChineseName, isLatinName } from '../names';

// Speaker lists: a heading or bold line that is only a name, then the person's
// organization and role on the next line:
//   ### 骆文轩            **Mary Walker**
//   某公司 高级技术专家    Google 工程师
// The person is recorded only when that next line reads as "organization role".

const NAME_LINE =
  /^\s*(?:#{2,6}\s*|[-*]\s*)?(?:\*\*)?\s*(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*(?:\*\*)?\s*$/u;

export const speakerListRule: Rule = {
  name: 'speakerListRule',
  run(ctx) {
    const { lines } = ctx;
    lines.forEach((l, i) => {
      const m = l.text.match(NAME_LINE);
      if (!m) return;
      const name = m[1];
      if (!isChineseName(name, ctx.lex) && !isLatinName(name)) return;
      let n = i + 1;
      while (n < lines.length && lines[n].text.trim() === '') n++;
      if (n >= lines.length || n - i > 2) return;
      const next = lines[n].text.replace(/\*\*/g, '').trim();
      const first = next.split(/[，,。；;]/u)[0];
      if (!first || first.length > 40) return;
      const start = l.start + l.text.indexOf(name);
      const span = { start, end: start + name.length };
      // Only a line that splits into organization and role makes this a speaker entry.
      const split = splitAffiliation(first, ctx.lex, ctx.kn);
      if (!split?.org || !split.role) return;
      ctx.person(name, span, 'speakerListRule');
      ctx.affiliate(name, first, { start: lines[n].start, end: lines[n].end }, 'speakerListRule');
    });
  },
};
