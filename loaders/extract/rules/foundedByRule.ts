import type { Rule } from '../harness';
import { trailingChineseName } from '../names';

// How communities introduce themselves: "ECUG 全称为 Effective Cloud User Group
// （实效云计算用户组），由七牛云 CEO 许式伟于 2007 年发起" — the organization, its
// full names as aliases, and its founder (with the founder's own affiliation).

const INTRO =
  /(?:^|[。\n])\s*([A-Za-z][A-Za-z0-9.-]*(?: [A-Z][A-Za-z0-9.-]*)*(?![A-Za-z0-9])|\p{Script=Han}{2,12}?(?=\s*(?:全称|是|由|，|,|（|\()))\s*(?:\(|（)?\s*(?:全称(?:为|是)?\s*([A-Za-z][A-Za-z .-]{3,60}?)\s*(?:[（(]\s*(\p{Script=Han}{2,20})\s*[)）])?\s*[，,])?\s*(?:是|为)?[^。]{0,40}?由\s*([^。，,]{0,30}?)\s*于\s*((?:19|20)\d\d)\s*年\s*(发起|创办|创立|创建|成立)/gu;

export const foundedByRule: Rule = {
  name: 'foundedByRule',
  run(ctx) {
    // Only paragraphs that say who started something are worth the full pattern.
    if (!/由[^。]{0,40}?(发起|创办|创立|创建|成立)/u.test(ctx.text)) return;
    for (const m of ctx.text.matchAll(INTRO)) {
      const org = m[1].trim();
      const start = (m.index ?? 0) + m[0].indexOf(m[1]);
      const span = { start, end: start + m[0].length - m[0].indexOf(m[1]) };
      const aliases = [m[2], m[3]].filter((x): x is string => !!x).map((x) => x.trim());
      const by = m[4].replace(/\s+/g, ' ').trim();
      const name = trailingChineseName(by.replace(/\s/g, ''), ctx.lex);
      ctx.org(org, span, 'foundedByRule', aliases);
      if (!name) continue;
      ctx.person(name, span, 'foundedByRule');
      ctx.affiliation(name, org, m[6] === '发起' ? '发起人' : '创始人', span, 'foundedByRule');
      const prefix = by.slice(0, by.lastIndexOf(name[0])).trim();
      if (prefix) ctx.affiliate(name, prefix, span, 'foundedByRule');
    }
  },
};
