import { cleanPhrase } from '../affiliation';
import type { Rule, RuleContext } from '../harness';
import { startsWithSpeaker } from '../speakers';
import type { Span } from '../types';
import { readName, readPeople, shortLines } from './titleBlockRule';

// Programme lists and contents pages with one entry a line, the title first and
// its speaker or author after a separator:
//   1. 《标题》 -- 名字 (公司 部门)           (BBS posts, mailing lists)
//   2、标题 —— 名字，公司 职位
//   26  标题 ……………… 名字（公司 职位）     (a magazine's contents: page, dot leaders)
//   40  圆桌实录：标题 …… 主持：名字 公司 职位
//       嘉宾：甲（公司）、乙（公司）
//   主题：标题  主讲：名字（公司）
// Numbered entries are talks. Contents entries are talks only in a section that
// is about an event (特别策划：某某大会); elsewhere they name their authors.

const NUMBERED = /^\s*(?:[-*•]\s*)?(?:\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,2}\s*[、．])\s*(?=\S)/u;
const PAGE = /^\s*\d{1,3}\s+(?=\S)/u;
const LEADER = /\s*(?:…{2,}|\.{4,}|·{4,}|－{3,})\s*/u;
const DASH = /\s+(?:--|——|－－)\s*|\s*——\s*|\s+—\s+|\s+by\s+(?=[A-Z\p{Script=Han}])/u;
const TOPIC_SPEAKER =
  /^\s*(?:[-*•]\s*)?(?:本次|演讲|分享)?(?:主题|议题|题目)\s*[:：]\s*(.+?)(?:\s*[/|｜，,；;]\s*|\s+)(?:主讲人?|讲师|分享人|嘉宾)\s*[:：]\s*(.+?)\s*$/u;
const HOST = /^(?:主持人?|Moderator|Host)\s*[:：]\s*/iu;
const BYLINE = /^(?:(?:本刊记者|特约记者|记者|编辑|作者|采访|整理)\s*[:：|/]?\s*|文\s*[:：|/]\s*)/u;
const PANEL_TITLE = /^(?:圆桌|对话|Panel\b)/iu;
const PANEL_LABEL = /^\s*(?:圆桌嘉宾|对话嘉宾|讨论嘉宾|嘉宾|Panelists?)\s*[:：]\s*(.+?)\s*$/iu;
// "相关阅读", "往期回顾": a list of articles, whose authors are people but give no talk.
const READING = /阅读|推荐|往期|文章|链接|参考|资料|Reading|Links/iu;
const EVENT_WORD = /大会|峰会|论坛|沙龙|技术节|开发者日|Conf|Summit|Meetup|Con\b/iu;

export const listEntryRule: Rule = {
  name: 'listEntryRule',
  run(ctx) {
    const lines = shortLines(ctx);
    let section = '';
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i].text;
      const inline = text.length <= 300 ? text.match(TOPIC_SPEAKER) : null;
      if (inline) {
        entry(ctx, i, inline[1], inline[2], text.lastIndexOf(inline[2]), true);
        continue;
      }
      const num = text.match(NUMBERED);
      const page = num ? null : text.match(PAGE);
      const prefix = num ?? page;
      if (!prefix) {
        if (text.trim() !== '' && !/^\s*[（(]/u.test(text)) section = text.trim();
        continue;
      }
      const rest = text.slice(prefix[0].length);
      const cut = rest.match(LEADER) ?? (num ? rest.match(DASH) : null);
      if (!cut || cut.index === undefined || cut.index === 0) continue;
      const title = rest.slice(0, cut.index);
      const byline = rest.slice(cut.index + cut[0].length);
      if (!byline.trim()) continue;
      const at = prefix[0].length + cut.index + cut[0].length;
      const isTalk = (!!num && !READING.test(section)) || EVENT_WORD.test(section);
      entry(ctx, i, title, byline, at, isTalk);
    }
  },
};

function entry(ctx: RuleContext, i: number, rawTitle: string, rawByline: string, at: number, isTalk: boolean): void {
  const line = ctx.lines[i];
  const title = cleanPhrase(rawTitle.replace(/\*\*/g, ''))
    .replace(/^《([^》]+)》$/u, '$1')
    .trim();
  if (title.length < 2 || /^[\d\s\p{P}]+$/u.test(title)) return;
  let byline = rawByline.trim();
  const start = line.start + at + (rawByline.length - rawByline.trimStart().length);
  const span: Span = { start: line.start, end: line.end };
  // "专访名字：…": the piece is an interview with that person.
  const subject = title.match(/^专访\s*(\p{Script=Han}{2,4})\s*[:：]/u);
  if (subject) readName(ctx, subject[1], line.start + line.text.indexOf(subject[1]), 'listEntryRule');
  // "本刊记者 名字": who wrote the piece, not who gave it.
  const reporter = byline.match(BYLINE);
  if (reporter) {
    readName(ctx, byline.slice(reporter[0].length), start + reporter[0].length, 'listEntryRule');
    return;
  }
  const host = byline.match(HOST);
  if (host) byline = byline.slice(host[0].length);
  if (!startsWithSpeaker(byline.replace(/\s+aka\s+.*/iu, ''), ctx)) return;
  const speakers = readPeople(ctx, byline, start + (host ? host[0].length : 0), true, 'listEntryRule');
  if (speakers.length === 0) return;
  // A panel's guests on the line below: "嘉宾：甲（腾讯）、乙（百度）".
  if ((host || PANEL_TITLE.test(title)) && i + 1 < ctx.lines.length) {
    const next = shortLines(ctx)[i + 1];
    const guests = next.text.match(PANEL_LABEL);
    if (guests) {
      speakers.push(...readPeople(ctx, guests[1], next.start + next.text.indexOf(guests[1]), false, 'listEntryRule'));
      span.end = next.end;
    }
  }
  if (!isTalk || ctx.findTalk(title)) return;
  ctx.talk({ title, speakers: [...new Set(speakers)], span, bodies: [span], rule: 'listEntryRule' });
}
