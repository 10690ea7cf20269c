import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';

// Organizations of the catalog that the document is about: named at least
// twice, or as a company ("Docker 公司"). One passing name-drop is not enough.
// A name that is also a technology (Docker, CoreOS) counts only as "X 公司".

export const orgMentionRule: Rule = {
  name: 'orgMentionRule',
  run(ctx) {
    const counts = new Map<string, { n: number; written: string; start: number; end: number }>();
    for (const h of ctx.kn.orgs.scan(ctx.text, ctx.doc.bodyStart)) {
      const asCompany = /^\s*(公司|团队|集团)/u.test(ctx.text.slice(h.end, h.end + 3));
      if (ctx.kn.techKeys.has(normalizeName(h.written)) && !asCompany) continue;
      const c = counts.get(h.value.name) ?? { n: 0, written: h.written, start: h.start, end: h.end };
      c.n += asCompany ? 2 : 1;
      counts.set(h.value.name, c);
    }
    // The name as written, so the resolver keeps it as an alias of the catalog name.
    for (const c of counts.values()) if (c.n >= 2) ctx.org(c.written, c, 'orgMentionRule');
  },
};
