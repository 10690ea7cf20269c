import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';

// Organizations of the catalog that the document is about: named three times,
// or twice when one of them shows it acting ("VMware 也已经和 Pivotal … 合作推出了
// PKS", "后被Google收购", "Docker 公司"). Passing name-drops are not enough.
// A name that is also a technology (Docker, CoreOS) counts only as "X 公司".

const ACTION = /推出|发布|收购|开源|宣布|合作|是一家|旗下|研发|打造|成立|创立|起步|离开|加入/u;

export const orgMentionRule: Rule = {
  name: 'orgMentionRule',
  run(ctx) {
    const counts = new Map<string, { n: number; written: string; start: number; end: number }>();
    for (const h of ctx.orgHits()) {
      if (h.start < ctx.doc.bodyStart) continue;
      const asCompany = /^\s*(公司|团队|集团)/u.test(ctx.text.slice(h.end, h.end + 3));
      if (ctx.kn.techKeys.has(normalizeName(h.written)) && !asCompany) continue;
      const clause = ctx.text.slice(h.end, h.end + 40).split(/[，,。；;！？!?\n]/u)[0];
      const acts = ACTION.test(clause);
      const c = counts.get(h.value.name) ?? { n: 0, written: h.written, start: h.start, end: h.end };
      c.n += asCompany || acts ? 3 : 1;
      counts.set(h.value.name, c);
    }
    // The name as written, so the resolver keeps it as an alias of the catalog name.
    for (const c of counts.values()) if (c.n >= 3) ctx.org(c.written, c, 'orgMentionRule');
  },
};
