import { normalizeName } from '../../src/model/ids';
import { type DateHit, findDates } from './dates';
import { findBrands } from './events';
import type { RuleContext } from './harness';
import { isChineseName, isLatinName } from './names';
import { labeledLine } from './text';
import type { EventMention, Line, Span } from './types';

// What eventHeaderRule reads besides the name: the labeled lines of a page
// (活动主题/时间/地点), a title without its decoration, whether the page lays out
// a programme, and who posted it.

export function labeledValues(ctx: RuleContext) {
  const { lex, lines } = ctx;
  const found: {
    theme?: ReturnType<typeof labeledLine>;
    time?: ReturnType<typeof labeledLine>;
    place?: ReturnType<typeof labeledLine>;
  } = {};
  // "Date: 2031-11-22 08:30" in the page's own header block dates the page, not the event
  const own = headerDateLine(ctx)?.line;
  lines.forEach((line, i) => {
    if (line === own) return;
    // Skip the 时间/地点 of paid courses and ads ("ArchSummit架构师训练营 时间：…").
    const near = lines
      .slice(Math.max(0, i - 6), i + 1)
      .map((l) => l.text)
      .join(' ');
    if (lex.notEventWords.some((w) => near.includes(w))) return;
    found.theme ??= labeledLine(line, lex.themeLabels) ?? undefined;
    found.time ??= labeledLine(line, lex.timeLabels) ?? undefined;
    found.place ??= labeledLine(line, lex.placeLabels) ?? undefined;
  });
  if (found.theme && found.theme.value.length > 60) found.theme = undefined;
  return found;
}

/** A title without its dates, recap words ("活动总结") and decoration. */
export function stripTitle(ctx: RuleContext, title: string): string {
  // "【活动预告】…", "[回顾] …": labels of the post, not words of the event's name.
  let t = title.replace(/^\s*(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|［[^］]{1,12}］)\s*/u, '');
  // "Title: …": a plain-text page's title line, label included.
  t = t.replace(/^\s*(?:title|标题)\s*[:：]\s*/iu, '');
  // "某某 - ArchSummit…": a speaker's page is titled with the speaker's name first.
  const person = t.match(/^\s*(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s+[-–—|｜]\s+/u);
  if (person && (isChineseName(person[1], ctx.lex) || isLatinName(person[1]))) t = t.slice(person[0].length);
  for (const d of findDates(t, ctx.dates).reverse()) {
    // "…用户组（BPUG）2010年6月聚会": a monthly gathering is named by its month; that date is its edition.
    if (
      /^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月$/u.test(t.slice(d.start, d.end).trim()) &&
      isGathering(t.slice(d.end), ctx.lex)
    )
      continue;
    t = `${t.slice(0, d.start)} ${t.slice(d.end)}`;
  }
  // "…首批讲师阵容公布！": the headline's tail, after its closing punctuation.
  t = t.replace(/[\s！!。~～]+$/u, '');
  // "…，邀您参加！", "… | 诚邀您报名": an invitation, not the name.
  t = t.replace(
    /\s*[，,|｜]?\s*(?:诚|特)?邀(?:请)?(?:您|你|大家)(?:参加|参与|报名|来|一起|共聚|相约)?[^，,|｜]{0,12}$/u,
    '',
  );
  for (const suf of ctx.lex.recapSuffixes) if (t.trimEnd().endsWith(suf)) t = t.trimEnd().slice(0, -suf.length);
  return t
    .replace(/[「」“”"《》【】]/g, '')
    .replace(/(?<=[A-Za-z])\s*[-–—]\s*(?=\p{Script=Han})/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[，,：:！!|｜\s-]+$/u, '')
    .trim();
}

export function looksLikeOrg(s: string, ctx: RuleContext): boolean {
  if (ctx.kn.orgKeys.has(normalizeName(s))) return true;
  return ctx.lex.orgSuffixes.some((suf) => s.endsWith(suf)) || /(沙龙|社区|团队|用户组|小组|委员会)$/u.test(s);
}

export function seriesFromCategories(ctx: RuleContext): string | null {
  for (const c of ctx.doc.meta.categories) if (findBrands(c, ctx.lex).length) return c;
  return null;
}

export function spanOf(ctx: RuleContext, s: string): { start: number; end: number } {
  const at = s ? ctx.text.indexOf(s) : -1;
  return at >= 0 ? { start: at, end: at + s.length } : { start: ctx.doc.bodyStart, end: ctx.doc.bodyStart };
}

/** Does the document lay out a programme: time slots, speaker labels, or both a time and a place line? */
export function hasProgramme(ctx: RuleContext, labeled: ReturnType<typeof labeledValues>): boolean {
  if (labeled.time && labeled.place) return true;
  let slots = 0;
  for (const l of ctx.lines) {
    if (/^\s*(?:[-*•|]\s*)?\**\s*\d{1,2}[:：]\d{2}\s*(?:[-－–—~～至]|\\~)+\s*\d{1,2}[:：]\d{2}/u.test(l.text)) slots++;
    if (/^\s*(?:[-*]\s*)?(?:\*\*)?\s*(?:嘉宾介绍|讲师介绍|讲师简介|嘉宾简介|分享嘉宾|演讲嘉宾)/u.test(l.text))
      return true;
    if (slots >= 2) return true;
  }
  return false;
}

/**
 * An event a rule found by its name (in prose, a subject line, a co-located
 * listing): no series yet, dated by the first date near it, the end date
 * defaulting to the start.
 */
export function namedEvent(
  name: string,
  rule: string,
  span: Span,
  at: {
    date?: Pick<DateHit, 'startDate' | 'endDate'> | null;
    city?: string | null;
    venue?: string | null;
    aliases?: string[];
    organizers?: string[];
  } = {},
): EventMention {
  return {
    key: name,
    name,
    aliases: at.aliases ?? [],
    series: null,
    startDate: at.date?.startDate ?? null,
    endDate: at.date?.endDate ?? at.date?.startDate ?? null,
    city: at.city ?? null,
    venue: at.venue ?? null,
    organizers: at.organizers ?? [],
    span,
    rule,
  };
}

/** "周末聚会", "线下沙龙": a gathering named by its month ("2031年9月周末聚会"). */
function isGathering(s: string, lex: RuleContext['lex']): boolean {
  let t = s.trimStart();
  const q = lex.gatheringQualifiers.find((w) => t.startsWith(w));
  if (q) t = t.slice(q.length);
  return lex.gatheringWords.some((w) => t.startsWith(w));
}

/**
 * The date line of a page's own header block, written at its very top without a front matter fence:
 *   Title: Sample Night 活动小结 / Date: 2031-11-22 08:30 / Author: someone
 * (two or more "Key: value" lines with Latin keys, one of them the title).
 */
export function headerDateLine(ctx: RuleContext): { line: Line; date: DateHit } | null {
  const { lines } = ctx;
  let i = 0;
  while (i < lines.length && !lines[i].text.trim()) i++;
  const head: { key: string; line: Line }[] = [];
  for (; i < lines.length && head.length < 12; i++) {
    const m = lines[i].text.match(/^\s*([A-Za-z][A-Za-z_-]{1,15})\s*[:：]\s*\S/);
    if (!m) break;
    head.push({ key: m[1].toLowerCase(), line: lines[i] });
  }
  if (head.length < 2 || !head.some((h) => h.key === 'title')) return null;
  for (const h of head) {
    if (!/^(?:date|published|posted|created)$/.test(h.key)) continue;
    const date = findDates(h.line.text, ctx.dates).find((d) => d.yearWritten);
    if (date) return { line: h.line, date };
  }
  return null;
}
