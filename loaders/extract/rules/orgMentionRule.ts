import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';
import { namedAsOrganization, profileLink, writtenAsName } from './orgCue';

// Organizations of the catalog that the document is about: named three times, or once
// where the text shows it acting ("VMware 也已经和 Pivotal … 合作推出了 PKS",
// "后被Google收购", "Docker 公司"), in a list of organizations ("百度、京东、腾讯做为
// 赞助伙伴", three or more joined by 、), or on the line of a person the document names (an affiliation the
// speaker readers did not split), or with words around it that name it as an organization
// ("曾供职于某某科技", "某某科技的技术总监", "hosted by Acme": orgCue.ts). A link's address is no
// mention, nor a profile link's text ("[Twitter](https://twitter.com/someone)").
// A name that is also a technology (Docker, CoreOS) counts only as "X 公司".

const ACTION = /推出|发布|收购|开源|宣布|合作|是一家|旗下|研发|打造|成立|创立|起步|离开|加入|赞助|主办|协办|承办|支持/u;
// What may stand between two names of a list.
const LIST_GAP = /^\s*(?:[、,，/&|｜]|和|与|及|以及|and)\s*$/u;
// What may stand between two names of an enumeration: 、, other short names, a name's other name in brackets
// ("Acme、星河（XH）、北辰网络、Fernhill 等都在用").
const ENUM_GAP =
  /^(?:\s*[（(][^（()）\n]{1,20}[)）])?(?:\s*、\s*[^、，,。；;！？!?\n]{1,12}?(?:\s*[（(][^（()）\n]{1,20}[)）])?)*\s*、\s*$/u;
/** Catalog names in one enumeration: this many name the organizations themselves. */
const ENUM_MIN = 3;

export const orgMentionRule: Rule = {
  name: 'orgMentionRule',
  run(ctx) {
    const counts = new Map<string, { n: number; written: string; start: number; end: number }>();
    const hits = ctx
      .orgHits()
      .filter(
        (h) =>
          h.start >= ctx.doc.bodyStart &&
          !inUrl(ctx.text, h.start) &&
          !profileLink(ctx.text, h.start, h.end) &&
          writtenAsName(ctx.text, h.start, h.end, ctx.kn.orgSpellings),
      );
    const near = peopleNear(ctx);
    // Hits joined by 、/和/, form a list: a list acts when its last name does ("百度、京东、腾讯做为赞助伙伴").
    const acting = hits.map((h) => ACTION.test(ctx.text.slice(h.end, h.end + 40).split(/[，,。；;！？!?\n]/u)[0]));
    for (let i = hits.length - 2; i >= 0; i--)
      if (acting[i + 1] && LIST_GAP.test(ctx.text.slice(hits[i].end, hits[i + 1].start))) acting[i] = true;
    // An enumeration of catalog organizations joined by 、 names each of them as one.
    for (let i = 0; i < hits.length; ) {
      let j = i;
      while (j + 1 < hits.length && ENUM_GAP.test(ctx.text.slice(hits[j].end, hits[j + 1].start))) j++;
      if (j - i + 1 >= ENUM_MIN) for (let k = i; k <= j; k++) acting[k] = true;
      i = j + 1;
    }
    for (const [i, h] of hits.entries()) {
      const asCompany = /^\s*(公司|团队|集团)/u.test(ctx.text.slice(h.end, h.end + 3));
      if (ctx.kn.techKeys.has(normalizeName(h.written)) && !asCompany) continue;
      const withPerson = near(h.start);
      const c = counts.get(h.value.name) ?? { n: 0, written: h.written, start: h.start, end: h.end };
      const cued = namedAsOrganization(ctx.text, h.start, h.end, ctx.lex);
      c.n += asCompany || acting[i] || withPerson || cued ? 3 : 1;
      counts.set(h.value.name, c);
    }
    // The name as written, so the resolver keeps it as an alias of the catalog name.
    for (const c of counts.values()) if (c.n >= 3) ctx.org(c.written, c, 'orgMentionRule');
  },
};

/** "https://twitter.com/someone", "www.bilibili.com/video/…": a link's address names a host, not an organization the text is about. */
function inUrl(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const token =
    text
      .slice(from, at)
      .split(/[\s()（）<>"'[\]]/u)
      .pop() ?? '';
  return /:\/\/|^www\.|\.[a-z]{2,}\//iu.test(token) || /[./@]$/u.test(token);
}

/** A short line (a speaker line, not a paragraph) where a person the document names is written just before. */
function peopleNear(ctx: Parameters<Rule['run']>[0]): (at: number) => boolean {
  const starts = ctx.out.people.map((p) => p.span.start).sort((a, b) => a - b);
  return (at) => {
    // the last person written before `at`
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= at) {
        best = starts[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0 || at - best > 40) return false;
    const between = ctx.text.slice(best, at);
    if (/[\n。；;！？!?]/u.test(between)) return false;
    const lineStart = ctx.text.lastIndexOf('\n', best) + 1;
    const lineEnd = ctx.text.indexOf('\n', at);
    return (lineEnd < 0 ? ctx.text.length : lineEnd) - lineStart <= 120;
  };
}
