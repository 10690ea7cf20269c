import { normalizeName } from '../../../src/model/ids';
import { isCompanyLikeTech } from '../affiliation';
import type { Rule, RuleContext } from '../harness';
import { isChineseName } from '../names';
import type { TechMention } from '../types';

// Technology mentions that are not about a technology: a platform or product
// named like its company where the text uses it as an employer or organizer
// ("腾讯云 高级工程师", "（今日头条）", "来自火山引擎的…", "主办：阿里云",
// "腾讯云开发者社区"), and a one-character concept inside a person's name
// (宏 in "马宏伟（腾讯）"). Runs after the mentions were found.

const ORGANIZER_LINE =
  /^\s*(?:[-*]\s*)?(?:\*\*)?\s*(?:主办方?|协办方?|承办方?|联合主办|支持单位|支持|赞助商?|合作伙伴|特别鸣谢|合作媒体|媒体支持|封二|封三|封底)\s*(?:\*\*)?\s*[:：\s]/u;
const EMPLOYED_BEFORE = /(?:来自|就职于|任职于|供职于|加入了?|入职)\s*$/u;
const OPENS_AFFILIATION = /[（(|｜/，,：:、]\s*$/u;
const CLOSES_AFFILIATION = /^\s*(?:[）)|｜/，,、；;。]|$)/u;
const DEPT_THEN_ROLE = /^[\p{Script=Han}A-Za-z0-9 &·+-]{0,24}$/u;

export const employerTechRule: Rule = {
  name: 'employerTechRule',
  run(ctx) {
    const names = personNameSpans(ctx);
    const orgSpans = orgNameSpans(ctx);
    const kept: TechMention[] = [];
    for (const t of ctx.out.technologies) {
      const { start, end } = t.span;
      if (names.some(([a, b]) => a <= start && end <= b && b - a > end - start)) continue;
      const companyNamed = isCompanyLikeTech(t.written, ctx.kn) || ctx.kn.orgKeys.has(normalizeName(t.written));
      if (companyNamed && usedAsOrganization(ctx, start, end, orgSpans)) continue;
      if (t.written.length === 1 && /\p{Script=Han}/u.test(t.written) && insideUnfoundName(ctx, start)) continue;
      kept.push(t);
    }
    ctx.out.technologies.splice(0, ctx.out.technologies.length, ...kept);
  },
};

function usedAsOrganization(ctx: RuleContext, start: number, end: number, orgSpans: [number, number][]): boolean {
  const text = ctx.text;
  // Only the neighbourhood counts: a window keeps very long lines linear.
  const from = Math.max(0, start - 200);
  const lineStart = from + text.slice(from, start).lastIndexOf('\n') + 1;
  const to = Math.min(text.length, end + 200);
  const nl = text.slice(end, to).indexOf('\n');
  const lineEnd = nl < 0 ? to : end + nl;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  // Part of a longer organization name ("腾讯云开发者社区", "字节跳动火山引擎").
  if (orgSpans.some(([a, b]) => a <= start && end <= b && b - a > end - start)) return true;
  if (ORGANIZER_LINE.test(text.slice(lineStart, lineEnd))) return true;
  if (EMPLOYED_BEFORE.test(before)) return true;
  // "由 A、B 与 C 联合主办": an organizer in the sentence that says who organized.
  const sentence = before.split(/[。！？!?]/u).pop() ?? '';
  if (/由[^，。]*$/u.test(sentence) && /^[^。]{0,40}?(?:联合)?(?:主办|举办|承办|发起)/u.test(after)) return true;
  // "Serverless 在腾讯云的实践", "Go 在今日头条的微服务改造": the company where the practice happened.
  if (/在\s*$/u.test(before) && /^\s*的/u.test(after)) return true;
  // "（腾讯云）", "| 阿里云 |": alone in an affiliation slot.
  if (OPENS_AFFILIATION.test(before) && CLOSES_AFFILIATION.test(after)) return true;
  // "腾讯云 高级工程师", "阿里云 数据库事业部 资深技术专家": a job follows, up to the end of the phrase.
  const phrase = after.split(/[）)|｜/，,。；;]/u)[0];
  if (/^\s/u.test(phrase) && DEPT_THEN_ROLE.test(phrase) && endsWithRole(ctx, phrase.trim())) return true;
  return false;
}

function endsWithRole(ctx: RuleContext, s: string): boolean {
  return s.length > 0 && ctx.lex.roleHeads.some((h) => s.endsWith(h));
}

/** Where the names of the people found stand in the text. */
function personNameSpans(ctx: RuleContext): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of ctx.out.people) {
    for (const n of [p.name, ...p.aliases]) {
      if (!/^\p{Script=Han}{2,4}$/u.test(n)) continue;
      for (let at = ctx.text.indexOf(n); at >= 0; at = ctx.text.indexOf(n, at + n.length))
        spans.push([at, at + n.length]);
    }
  }
  return spans;
}

/** Where organization names (found ones, and the catalog's) stand in the text. */
function orgNameSpans(ctx: RuleContext): [number, number][] {
  const spans: [number, number][] = ctx.orgHits().map((h) => [h.start, h.end]);
  for (const o of ctx.out.organizations) {
    for (const n of [o.name, ...o.aliases]) {
      if (n.length < 3) continue;
      for (let at = ctx.text.indexOf(n); at >= 0; at = ctx.text.indexOf(n, at + n.length))
        spans.push([at, at + n.length]);
    }
  }
  return spans;
}

/** "马宏伟（腾讯）": the character sits inside a name written as a speaker, though nobody recorded it. */
function insideUnfoundName(ctx: RuleContext, at: number): boolean {
  const text = ctx.text;
  for (const [from, len] of [
    [at - 1, 3],
    [at - 1, 2],
    [at - 2, 3],
  ] as const) {
    if (from < 0) continue;
    const cand = text.slice(from, from + len);
    const next = text[from + len] ?? '';
    const prev = text[from - 1] ?? '';
    if (!isChineseName(cand, ctx.lex)) continue;
    if (/[（(]/u.test(next) && !/\p{Script=Han}/u.test(prev)) return true;
    if (/[（(、，,]/u.test(next) && /[、：:，,\s]/u.test(prev)) return true;
  }
  return false;
}
