import { splitAffiliation } from '../affiliation';
import type { Rule } from '../harness';
import { isChineseName } from '../names';
import { publisherOf } from '../publisher';

// Credits of a publication: "本期主编 徐川", "流程编辑 丁晓昀", "发行人 霍泰稳", and a
// foreword signed at the end of its title line: "如何培养 架构设计思维 拍拍贷总监 杨波".

const CREDIT =
  /^\s*(本期主编|主编|执行主编|责任编辑|流程编辑|编辑|美术编辑|发行人|出品人|策划|校对|总编辑|总编)\s*[:：]?\s*(\p{Script=Han}{2,4})\s*$/u;
const SIGNED = /^\s*(.{4,40}?)\s+(\S{2,20})\s+(\p{Script=Han}{2,4})\s*$/u;

export const mastheadRule: Rule = {
  name: 'mastheadRule',
  run(ctx) {
    const publisher = publisherOf(ctx);
    for (const l of ctx.lines) {
      const span = { start: l.start, end: l.end };
      const c = l.text.match(CREDIT);
      if (c && isChineseName(c[2], ctx.lex)) {
        ctx.person(c[2], span, 'mastheadRule');
        if (publisher) {
          ctx.org(publisher, span, 'mastheadRule');
          ctx.affiliation(c[2], publisher, c[1].replace(/^本期/, ''), span, 'mastheadRule');
        }
        continue;
      }
      const s = l.text.match(SIGNED);
      if (!s || !isChineseName(s[3], ctx.lex) || ctx.out.mainEvent === null) continue;
      const split = splitAffiliation(s[2], ctx.lex, ctx.kn);
      if (!split?.org || !split.role) continue;
      ctx.person(s[3], span, 'mastheadRule');
      ctx.affiliate(s[3], s[2], span, 'mastheadRule');
      ctx.talk({ title: s[1], speakers: [s[3]], span, bodies: [span], rule: 'mastheadRule' });
    }
  },
};
