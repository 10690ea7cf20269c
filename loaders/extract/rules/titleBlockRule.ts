import { cleanPhrase, splitAffiliation } from '../affiliation';
import type { Rule, RuleContext } from '../harness';
import { isChineseName, isLatinName } from '../names';
import { startsWithSpeaker } from '../speakers';
import { splitOutsideBrackets } from '../text';
import type { Lexicon, Line, Span } from '../types';

// Programme entries whose title stands on a line of its own and whose speaker
// comes on the line(s) below it:
//   13:30-14:20  某某的工程化实践            **2. 某某平台的演进**
//                讲师：钟子期 | 某公司 架构师   讲师：叶知秋（某公司 CTO）。叶知秋是…
//                简介：…                      内容：…
//   ▍议题 / 《标题》 / ### 标题 / 1. 标题 / 一、标题, then 分享嘉宾：X / 某公司 职位
// and, under a time slot, an unlabeled "Name  Company  Role" line. Also the
// speaker-first form of announcements:
//   ▍讲师一：钟子期（花名：子期）⏎ 某公司 某部 专家，… ⏎ 议题：《标题》⏎ abstract
// A panel (圆桌…) lists its 主持人 and 嘉宾 (one per line or 、-separated
// "名字（公司）"): all of them are its speakers.

const TIME = /^\s*(?:[-*•]\s*)?\**\s*\d{1,2}[:：]\d{2}(?:\s*[-－–—~～至]+\s*\d{1,2}[:：]\d{2})?\s*\**\s*(?=\S)/u;
const NUMBERED =
  /^\s*(?:\*\*)?\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,2}\s*[、.．]|0[1-9](?:\s*[|｜]\s*|\s+)|【(?:议题|主题|话题|分享|演讲|Topic)\s*[一二三四五六七八九十\d]{0,2}】)\s*(?=\S)/u;
const BULLET = /^\s*[▍■●◆▶►]\s*(?=\S)/u;
const HEADING = /^\s*#{2,6}\s+(?=\S)/u;
const SPEAKER_LABEL =
  /^\s*(?:[-*•▍■]\s*)?(?:\*\*)?\s*(?:讲师|分享嘉宾|演讲嘉宾|嘉宾|主讲人|主讲|分享人|讲者|演讲者|Speakers?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*$/iu;
const SPEAKER_FIRST =
  /^\s*(?:[▍■●◆▶►]\s*)?(?:\*\*)?\s*(?:讲师|分享嘉宾|演讲嘉宾|嘉宾)\s*[一二三四五六七八九十\d]{1,2}\s*(?:\*\*)?\s*[:：]\s*(.+?)\s*$/u;
const TOPIC_LABEL =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?\s*(?:议题|主题|演讲主题|分享主题|演讲题目|题目)\s*(?:\*\*)?\s*[:：]\s*(.+?)\s*$/u;
const HOST_LABEL = /^\s*(?:[-*•]\s*)?(?:\*\*)?\s*(?:主持人|主持|Moderator|Host)\s*(?:\*\*)?\s*[:：]\s*(.+?)\s*$/iu;
const PANEL_LABEL =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?\s*(?:圆桌嘉宾|对话嘉宾|讨论嘉宾|嘉宾|Panelists?)\s*(?:\*\*)?\s*[:：]\s*(.*?)\s*$/iu;
const PANEL_TITLE = /^(?:圆桌|Panel\b)/iu;
const LIST_ITEM = /^\s*[-*•]\s*(.+?)\s*$/u;
const SECTION =
  /^(?:(?:活动|会议|大会|本期|本次|演讲|分享|特邀|重磅)?(?:嘉宾|讲师|议程|日程|流程|议题|介绍|简介|信息|安排|须知|阵容)(?:介绍|简介|信息|安排|阵容|一览|列表)?|Speakers?|Agenda|Schedule|第[一二三四五六七八九十\d]{1,3}(?:场|期|部分|节|位)|[上下]半场|(?:Session|Part)\s*\d{1,2}|.{0,16}(?:专场|分会场|主会场))$/iu;
const INFO_LABEL = /^(?:活动|会议|大会)?(?:时间|地点|地址|形式|主办|协办|承办|报名|费用|日期|城市|场地|名额)/u;

const views = new WeakMap<RuleContext, Line[]>();

/** The lines, with overlong ones (no programme entry is 400 characters) read as blank: keeps the patterns linear. */
export function shortLines(ctx: RuleContext): Line[] {
  let v = views.get(ctx);
  if (!v) {
    v = ctx.lines.map((l) => (l.text.length > 400 ? { ...l, text: '' } : l));
    views.set(ctx, v);
  }
  return v;
}

export const titleBlockRule: Rule = {
  name: 'titleBlockRule',
  run(ctx) {
    const lines = shortLines(ctx);
    for (let i = 0; i < lines.length; i++) {
      const first = speakerFirst(ctx, i);
      if (first > i) {
        i = first;
        continue;
      }
      const head = headerAt(ctx, i);
      if (!head) continue;
      const next = titleThenSpeaker(ctx, head);
      if (next > i) i = next - 1;
    }
  },
};

interface Header {
  title: string;
  line: number;
  /** last line of the (possibly wrapped) title */
  last: number;
  timed: boolean;
  span: Span;
}

function nonBlank(lines: Line[], from: number, limit: number): number {
  let k = from;
  while (k < lines.length && k < from + limit && lines[k].text.trim() === '') k++;
  return k < lines.length && lines[k].text.trim() !== '' ? k : -1;
}

function headerAt(ctx: RuleContext, i: number): Header | null {
  const lines = shortLines(ctx);
  const text = lines[i].text;
  let rest: string | null = null;
  let timed = false;
  for (const re of [TIME, NUMBERED, BULLET, HEADING]) {
    const m = text.match(re);
    if (m) {
      rest = text.slice(m[0].length);
      timed = re === TIME;
      break;
    }
  }
  if (rest === null) {
    const bold = text.match(/^\s*\*\*([^*]{2,100})\*\*\s*$/u) ?? text.match(/^\s*(《[^》]{2,100}》)\s*$/u);
    // A plain line is a title only when a speaker label follows it at once.
    const plain =
      !bold &&
      i + 1 < lines.length &&
      SPEAKER_LABEL.test(bracketLabel(lines[i + 1].text)) &&
      (i === 0 || !lines[i - 1].text.trim())
        ? text.match(/^\s*([^\s:：。，,；;][^。；;]{1,60}?)\s*$/u)
        : null;
    if (plain && /[:：]$/u.test(plain[1])) return null;
    const found = bold ?? plain;
    if (!found) return null;
    rest = found[1];
  }
  let last = i;
  // "《VictoriaMetrics 替换 Prometheus 的⏎实践》": a bracket left open continues on the next line.
  if (/《[^》]*$/u.test(rest) && i + 1 < lines.length && /^[^《]{1,40}》/u.test(lines[i + 1].text.trim())) {
    rest += lines[i + 1].text.trim();
    last = i + 1;
  }
  let title = cleanPhrase(rest.replace(/\*\*/g, ''))
    .replace(/^(?:Keynote|主题演讲|(?:议题|主题|话题|Topic)\s*[一二三四五六七八九十\d]{1,2})\s*[:：]\s*/iu, '')
    .trim();
  const quoted = title.match(/^《([^》]{2,100})》$/u);
  if (quoted) title = quoted[1].trim();
  if (title.length < 2 || title.length > 100) return null;
  if (SPEAKER_LABEL.test(title) || TOPIC_LABEL.test(title) || HOST_LABEL.test(title)) return null;
  const label = title.match(/^([^:：]{1,8})[:：]/u);
  if (label && INFO_LABEL.test(label[1])) return null;
  // "**活动嘉宾**", "### 讲师介绍": a section heading, not a talk.
  if (SECTION.test(title)) return null;
  return { title, line: i, last, timed, span: { start: lines[i].start, end: lines[last].end } };
}

/** The header's speaker lines; returns the line after the entry, or -1 when it is no entry. */
function titleThenSpeaker(ctx: RuleContext, h: Header): number {
  const lines = shortLines(ctx);
  if (ctx.findTalk(h.title)) return -1;
  const panel = PANEL_TITLE.test(h.title);
  const speakers: string[] = [];
  let k = nonBlank(lines, h.last + 1, 3);
  let abstractFrom = -1;
  while (k >= 0) {
    const t = bracketLabel(lines[k].text);
    const label = t.match(SPEAKER_LABEL) ?? (panel ? (t.match(HOST_LABEL) ?? t.match(PANEL_LABEL)) : null);
    if (label) {
      if (panel && label[1] === '') {
        // "圆桌嘉宾：" then "- 名字（公司）" one per line.
        let n = k + 1;
        // The guests one per line: "- 名字（公司）" or "名字  公司 职位".
        const guest = (t: string) =>
          LIST_ITEM.test(t) || (t.trim() !== '' && !isEntryStart(ctx, n) && startsWithSpeaker(t.trim(), ctx));
        while (n < lines.length && guest(lines[n].text)) {
          const item = lines[n].text.match(LIST_ITEM)?.[1] ?? lines[n].text.trim();
          speakers.push(...readPeople(ctx, item, lines[n].start + lines[n].text.indexOf(item)));
          n++;
        }
        k = n - 1;
      } else {
        const at = lines[k].start + lines[k].text.indexOf(label[1]);
        speakers.push(...readPeople(ctx, label[1], at));
      }
    } else if (speakers.length === 0 && !panel && k === nonBlank(lines, h.last + 1, 2)) {
      // "Name  Company  Role" with no label, right under a time slot; or a name alone
      // with "Company Role" on the line below it.
      const who = h.timed ? readColumns(ctx, t, lines[k].start) : null;
      const bare = who ? null : readBareName(ctx, k);
      if (!who && !bare) return -1;
      speakers.push((who ?? bare?.name) as string);
      if (bare) k = bare.last;
    } else break;
    k = nonBlank(lines, k + 1, 2);
    if (k >= 0 && isEntryStart(ctx, k)) k = -1;
    if (!panel) {
      abstractFrom = k;
      break;
    }
    abstractFrom = k;
  }
  if (speakers.length === 0) return -1;
  const bodies: Span[] = [{ start: lines[h.line].start, end: lines[h.last].end }];
  let end = abstractFrom;
  if (abstractFrom >= 0) {
    // The abstract: following lines until a blank line or the next entry.
    let n = abstractFrom;
    while (n < lines.length && lines[n].text.trim() !== '' && !isEntryStart(ctx, n)) n++;
    if (n > abstractFrom) bodies.push({ start: lines[abstractFrom].start, end: lines[n - 1].end });
    end = n;
  }
  ctx.talk({ title: h.title, speakers: [...new Set(speakers)], span: h.span, bodies, rule: 'titleBlockRule' });
  return end > h.line ? end : h.last + 1;
}

/** "【讲师】名字 …" reads as "讲师：名字 …". */
function bracketLabel(text: string): string {
  return text.replace(/^(\s*)【([^】]{1,6})】\s*[:：]?\s*/u, '$1$2：');
}

function isEntryStart(ctx: RuleContext, n: number): boolean {
  const t = shortLines(ctx)[n].text;
  return TIME.test(t) || NUMBERED.test(t) || BULLET.test(t) || HEADING.test(t) || /^\s*\*\*[^*]+\*\*\s*$/u.test(t);
}

/** "▍讲师一：名字（花名：X）⏎ 公司 职位，… ⏎ 议题：《标题》⏎ abstract"; returns the last line used. */
function speakerFirst(ctx: RuleContext, i: number): number {
  const lines = shortLines(ctx);
  const m = lines[i].text.match(SPEAKER_FIRST);
  if (!m) return -1;
  let who = m[1];
  let k = i;
  // "范雨桐（花名：⏎若溪）"
  if (/[（(][^）)]*$/u.test(who) && k + 1 < lines.length) {
    k++;
    who += lines[k].text.trim();
  }
  const at = lines[i].start + lines[i].text.indexOf(m[1]);
  const name = readName(ctx, who, at);
  if (!name) return -1;
  let topic = -1;
  const bio: number[] = [];
  for (let n = k + 1; n < lines.length && n <= k + 4; n++) {
    if (lines[n].text.trim() === '' || SPEAKER_FIRST.test(lines[n].text)) break;
    if (TOPIC_LABEL.test(lines[n].text)) {
      topic = n;
      break;
    }
    bio.push(n);
  }
  if (topic < 0) return -1;
  const aff = bio.length > 0 ? lines[bio[0]].text.trim().split(/[，,。；;]/u)[0] : '';
  if (aff) ctx.affiliate(name, aff, { start: lines[bio[0]].start, end: lines[bio[0]].end }, 'titleBlockRule');
  const title = cleanPhrase((lines[topic].text.match(TOPIC_LABEL)?.[1] ?? '').replace(/^《|》$/gu, ''));
  let n = topic + 1;
  while (n < lines.length && lines[n].text.trim() !== '' && !SPEAKER_FIRST.test(lines[n].text)) n++;
  const bodies: Span[] = [{ start: lines[topic].start, end: lines[topic].end }];
  if (n > topic + 1) bodies.push({ start: lines[topic + 1].start, end: lines[n - 1].end });
  ctx.talk({
    title,
    speakers: [name],
    span: { start: lines[i].start, end: lines[topic].end },
    bodies,
    rule: 'titleBlockRule',
  });
  return n - 1;
}

/** A name with its aliases: "名字（花名：X）", "Name（名字）", "名字 aka \"handle\"", "名字（@handle）". */
export function readName(ctx: RuleContext, raw: string, at: number, rule = 'titleBlockRule'): string | null {
  const s = raw
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[|｜]\s*|\s*[|｜]$/gu, '')
    .replace(/[（(]\s*(?:花名|英文名|昵称|网名|aka)\s*[:：]?\s*([^）)]+?)\s*[）)]/iu, '（$1）')
    .replace(/\s+aka\s+["“]?([^"”\s]+)["”]?/iu, '（$1）')
    .replace(/[（(]\s*([@＠][^）)]+?)\s*[）)]$/u, ' $1');
  if (!startsWithSpeaker(s, ctx)) return null;
  const where = ctx.text.indexOf(raw.trim().slice(0, 2), at);
  const span = { start: where >= 0 ? where : at, end: (where >= 0 ? where : at) + raw.trim().length };
  return ctx.personFromPhrase(s, span, rule)?.name ?? null;
}

/**
 * A speaker value and the people in it: "名字 | 公司 | 职位", "名字 / 公司 职位", "名字（公司 职位）。bio",
 * "名字，公司 职位", "Name（名字）| 公司 职位", and, for panels, "甲（腾讯）、乙（百度）".
 */
export function readPeople(
  ctx: RuleContext,
  value: string,
  at: number,
  single = false,
  rule = 'titleBlockRule',
): string[] {
  const v = value.replace(/\*\*/g, '').trim();
  const span = { start: at, end: at + v.length };
  // "名字（公司 职位）。名字是…": only what comes before the first full stop.
  const head = v.split(/。/u)[0];
  const sep = head.match(/^(.{2,40}?)\s*(?:[|｜]|\s\/\s|\s{2,})\s*(.+)$/u);
  if (sep) {
    const name = readName(ctx, sep[1], at, rule);
    if (name) {
      const cols = sep[2].split(/\s*[|｜]\s*|\s{2,}/u).filter(Boolean);
      if (cols.length >= 2) ctx.affiliate(name, cols[0], span, rule, true, cols.slice(1).join(' '));
      else ctx.affiliate(name, cols[0], span, rule);
      return [name];
    }
  }
  const parts = single ? [head] : splitList(head, ctx.lex);
  const names: string[] = [];
  for (const part of parts) {
    const paren = part.match(/^(.+?)\s*[（(]([^（）()]+)[）)]\s*(?:[（(]([^（）()]+)[）)])?\s*$/u);
    const comma = part.match(/^(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*[，,]\s*(.+)$/u);
    let name: string | null = null;
    if (paren) {
      // "Name（名字）（公司 职位）" or "名字（公司 职位）"
      const alias = paren[3] ? `${paren[1]}（${paren[2]}）` : null;
      name = readName(ctx, alias ?? paren[1], at, rule);
      const aff = paren[3] ?? paren[2];
      if (name && !(isChineseName(aff, ctx.lex) || isLatinName(aff)))
        for (const piece of aff.split(/[，,；;]/u)) ctx.affiliate(name, piece, span, rule);
      else if (!name) name = readName(ctx, part, at, rule);
    } else if (comma) {
      name = readName(ctx, comma[1], at, rule);
      const pieces = comma[2].split(/\s*[，,；;]\s*/u).filter(Boolean);
      // "Name, Principal Engineer, Acme Cloud": the role, then the organization.
      const tuple = !!name && isLatinName(name) && pieces.length >= 2 && pieces.length <= 3;
      const last = pieces[pieces.length - 1] ?? '';
      const roleOnly = (p: string) => !splitAffiliation(p, ctx.lex, ctx.kn)?.org;
      if (name && tuple && /^[A-Z]/.test(last) && pieces.slice(0, -1).every(roleOnly))
        ctx.affiliate(name, last, span, rule, true, pieces.slice(0, -1).join(', '));
      else if (name && tuple) for (const p of pieces.slice(0, 2)) ctx.affiliate(name, p, span, rule);
      else if (name) ctx.affiliate(name, pieces[0], span, rule);
    } else {
      const cols = part.match(/^(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s+(.+)$/u);
      name = readName(ctx, cols ? cols[1] : part, at, rule);
      if (name && cols) ctx.affiliate(name, cols[2], span, rule);
    }
    if (name) names.push(name);
  }
  return names;
}

function splitList(s: string, lex: Lexicon): string[] {
  const parts = splitOutsideBrackets(s, '、；;');
  // "Tom Harlow, Anna Berg": a comma list of bare names.
  const names = s.split(/\s*[，,]\s*/u).filter(Boolean);
  if (parts.length === 1 && names.length > 1 && names.every((n) => isLatinName(n) || isChineseName(n, lex)))
    return names;
  return parts;
}

/** "名字" alone on a line, "公司 职位，…" on the next: the person and their affiliations. */
function readBareName(ctx: RuleContext, k: number): { name: string; last: number } | null {
  const lines = shortLines(ctx);
  const m = lines[k].text.match(
    /^\s*(?:\*\*)?\s*(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*(?:\*\*)?\s*$/u,
  );
  if (!m || k + 1 >= lines.length) return null;
  if (!isChineseName(m[1], ctx.lex) && !isLatinName(m[1])) return null;
  const next = lines[k + 1].text.replace(/\*\*/g, '').trim();
  if (!next || SPEAKER_LABEL.test(bracketLabel(next)) || /^[^:：]{1,8}[:：]/u.test(next)) return null;
  const pieces = next
    .split(/。/u)[0]
    .split(/[，,、；;]/u)
    .filter((x) => x.trim().length > 0);
  const split = pieces.length > 0 ? splitAffiliation(pieces[0], ctx.lex, ctx.kn) : null;
  if (!split?.org) return null;
  const name = readName(ctx, m[1], lines[k].start + lines[k].text.indexOf(m[1]));
  if (!name) return null;
  const span = { start: lines[k + 1].start, end: lines[k + 1].end };
  for (const piece of pieces.slice(0, 3)) ctx.affiliate(name, piece, span, 'titleBlockRule');
  return { name, last: k + 1 };
}

/** "Name  Company  Role" / "名字  公司 职位": a person at the head of a column line. */
function readColumns(ctx: RuleContext, text: string, start: number): string | null {
  const m = text.match(/^(\s*)(\p{Script=Han}{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s{2,}(\S.*?)\s*$/u);
  if (!m) {
    // "名字 公司 职位" with single spaces: only when the rest reads as organization and role.
    const one = text.match(/^(\s*)(\p{Script=Han}{2,4})\s(\S.{2,40}?)\s*$/u);
    if (!one || !isChineseName(one[2], ctx.lex)) return null;
    const split = splitAffiliation(one[3], ctx.lex, ctx.kn);
    if (!split?.org || !split.role) return null;
    const at = start + one[1].length;
    const name = readName(ctx, one[2], at);
    if (name) ctx.affiliate(name, one[3], { start: at, end: start + text.length }, 'titleBlockRule');
    return name;
  }
  const at = start + m[1].length;
  const name = readName(ctx, m[2], at);
  if (!name) return null;
  const cols = m[3].split(/\s{2,}/u);
  const span = { start: at, end: start + text.length };
  if (cols.length >= 2) ctx.affiliate(name, cols[0], span, 'titleBlockRule', true, cols.slice(1).join(' '));
  else ctx.affiliate(name, cols[0], span, 'titleBlockRule');
  return name;
}
