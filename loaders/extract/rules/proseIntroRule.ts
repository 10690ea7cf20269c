import { splitAffiliation } from '../affiliation';
import type { Rule, RuleContext } from '../harness';
import { isLatinName, trailingChineseName } from '../names';
import { paragraphs } from '../text';
import type { Span, TalkMention } from '../types';

// How recaps introduce talks in prose:
//   来自Google的侯雍容为大家带来了《用coro-thread技术来扩展Web应用程序栈》
//   Zope中文社区创始人潘俊勇在《易度PaaS云开发平台技术内幕》中…
//   在《系统工程师的非专业课——…》中,来自土豆网黄冬为大家深入讲解了…
//   …李迎辉(Limodou)对框架有自己的理解,他在《Web框架开发思考与实践 ― Uliweb》中…
//   洪强宁详细介绍了Python在豆瓣的应用。 (no title: what was presented)
//   陈世欣在暖场致辞中…                    (no title: the kind of talk)
// plus people introduced by role: "Python创始人Guido van Rossum".

const BEFORE_TITLE =
  /(?:为大家|给大家|向大家|为我们|给我们|为与会者)?\s*(?:将|会)?\s*(?:带来了|带来的|带来|分享了|分享的|分享|做了|作了|发表了|发表|讲解了|演讲了)?\s*(?:精彩的|题为|主题为|名为|主题演讲|演讲)?\s*$/u;

export const proseIntroRule: Rule = {
  name: 'proseIntroRule',
  run(ctx) {
    if (ctx.out.mainEvent === null) return;
    const { text } = ctx;
    const found: Found[] = [];
    // Titles in 《》, or in quotes when a presenting verb introduces them ("分享了“微服务的演进”").
    const re = /《([^《》\n]{2,80})》|“([^“”\n]{4,60})”/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const quoted = m[1] === undefined;
      const title = m[1] ?? m[2];
      const titleStart = m.index;
      const titleEnd = m.index + m[0].length;
      const after = text.slice(titleEnd, titleEnd + 40);
      const lineStart = text.lastIndexOf('\n', titleStart) + 1;
      const before = text.slice(lineStart, titleStart);
      const clause = before.split(/[，,。；;！？!?]/u).pop() ?? '';
      const verbIn = /在\s*(?:题为)?\s*$/u.test(clause) && /^(?:的?(?:演讲|分享|报告|主题演讲|讲座)?)中/u.test(after);
      const verbBrought =
        /(带来了|带来的|带来|分享了|发表了|演讲了|将\s*分享|将\s*发表)\s*(?:精彩的|题为|主题为|名为|主题演讲|演讲)?\s*$/u.test(
          clause,
        ) ||
        // "作了《…》的主题演讲": made a talk, said after the title.
        (/(?:做了|作了)\s*(?:题为)?\s*$/u.test(clause) && /^\s*的?(?:主题)?(?:演讲|分享|报告|讲座)/u.test(after));
      // "张三（某公司 架构师）以《…》为题"
      const verbAs = /以\s*$/u.test(clause) && /^\s*为(?:题|主题)/u.test(after);
      // "…来自搜狐的张三，他分享的主题是《…》"
      const verbTopic = /(?:分享|演讲|报告|讲)?的?(?:主题|题目)(?:是|为)\s*$|题为\s*$/u.test(clause);
      if (!verbIn && !verbBrought && !verbTopic && !verbAs) continue;
      if (quoted && !verbBrought && !verbTopic && !verbAs) continue;
      let who = findSpeakerBefore(
        ctx,
        clause
          .replace(BEFORE_TITLE, '')
          .replace(/\s*在\s*(?:题为)?\s*$/u, '')
          .replace(/\s*以\s*$/u, '')
          .replace(/(?:他|她)?的?(?:带来|分享|演讲|报告|讲)?的?(?:主题|题目)(?:是|为)\s*$|(?:他|她)?题为\s*$/u, (m) =>
            /^(他|她)/u.test(m) ? m[0] : '',
          ),
        before,
      );
      let whoAt = lineStart + before.length - clause.length;
      if (!who && verbIn && clause.trim() === '在') {
        // "在《…》中,来自土豆网黄冬为大家…": the speaker follows the title.
        const tail = text
          .slice(titleEnd, titleEnd + 60)
          .match(
            /^(?:的?(?:演讲|分享)?)中\s*[，,]?\s*(?:来自\s*)?([^，,。\s]{2,24}?)\s*(?:为大家|给大家|向大家|详细|深入)/u,
          );
        if (tail) {
          who = personAndPrefix(ctx, tail[1]);
          whoAt = titleEnd;
        }
      }
      if (!who) continue;
      const span: Span = { start: Math.min(whoAt, titleStart), end: titleEnd };
      const p = ctx.person(who.name, span, 'proseIntroRule', who.aliases);
      if (who.prefix) addPrefixAffiliation(ctx, p.name, who.prefix, span);
      if (who.paren) ctx.affiliate(p.name, who.paren, span, 'proseIntroRule');
      const t = ctx.talk({ title, speakers: [p.name], span, rule: 'proseIntroRule' });
      if (t) found.push({ talk: t, at: span.start });
    }
    untitledTalks(ctx, found);
    openingAddresses(ctx, found);
    sectionBodies(ctx, found);
    roleIntroducedPeople(ctx);
  },
};

interface Found {
  talk: TalkMention;
  at: number;
}

// A recap's account of a talk runs from the paragraph that introduces it to
// the next introduction, a section heading ("应用与实践"), or a closing
// paragraph ("纵览两天的主题演讲…"), at most eight paragraphs.
const CLOSING = /^\s*(纵览|综上|总之|总的来说|总体来看|本次大会|大会还|最后[，,])/u;

function sectionBodies(ctx: RuleContext, found: Found[]): void {
  const paras = paragraphs(ctx.lines);
  const paraAt = (pos: number) => paras.findIndex((p) => p[0].start <= pos && pos <= p[p.length - 1].end);
  const sorted = [...found].sort((a, b) => a.at - b.at);
  sorted.forEach((f, n) => {
    const first = paraAt(f.at);
    if (first < 0) return;
    const nextPara = n + 1 < sorted.length ? paraAt(sorted[n + 1].at) : paras.length;
    let last = first;
    for (let i = first + 1; i < Math.min(nextPara, first + 8); i++) {
      const t = paras[i].map((l) => l.text).join('');
      if (CLOSING.test(t) || (paras[i].length === 1 && t.trim().length <= 12 && !/[，,。.!?！？]/u.test(t))) break;
      last = i;
    }
    const body = { start: paras[first][0].start, end: paras[last][paras[last].length - 1].end };
    f.talk.bodies.push(body);
  });
}

interface Who {
  name: string;
  aliases: string[];
  prefix: string;
  /** "张三（某公司 架构师）": the affiliation in brackets after the name. */
  paren?: string;
}

function personAndPrefix(ctx: RuleContext, s: string): Who | null {
  let t = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(首先|随后|接着|最后)?(登场|上台|出场)$/u, '')
    .trim();
  const aliases: string[] = [];
  const paren = t.match(/^(.*?)\s*[（(]\s*([A-Za-z][\w .-]{1,30})\s*[)）]$/u);
  if (paren) {
    t = paren[1];
    aliases.push(paren[2].trim());
  }
  const org = paren ? null : t.match(/^(.*?\p{Script=Han})\s*[（(]([^（）()]*\p{Script=Han}[^（）()]{0,38})[)）]$/u);
  if (org) t = org[1];
  const latin = t.match(/([A-Z][a-z]+(?: (?:van |von |de )?[A-Z][a-z]+){1,2})$/);
  if (latin && isLatinName(latin[1]))
    return { name: latin[1], aliases, prefix: t.slice(0, t.length - latin[1].length), paren: org?.[2] };
  const name = trailingChineseName(t, ctx.lex);
  if (!name) return null;
  return { name, aliases, prefix: t.slice(0, t.length - name.length), paren: org?.[2] };
}

function findSpeakerBefore(ctx: RuleContext, clause: string, before: string): Who | null {
  const c = clause.trim();
  if (/^(他|她)$/u.test(c) || c === '') {
    // "…李迎辉(Limodou)对框架有自己的理解,他在《…》中" / "沈崴首先登场,在《…》中"
    const clauses = before.split(/[，,；;]/u);
    clauses.pop();
    const prev = clauses.pop() ?? '';
    if (c === '') return personAndPrefix(ctx, prev);
    for (const m of prev.matchAll(/(\p{Script=Han}{2,4})\s*[（(]\s*([A-Za-z][\w .-]{1,30})\s*[)）]/gu)) {
      const name = trailingChineseName(m[1], ctx.lex);
      if (name) return { name, aliases: [m[2].trim()], prefix: '' };
    }
    const lead = prev.match(/(\p{Script=Han}{2,4})(?=对|在|是|把|从|将)/u);
    // "最后一位讲师是来自网易的张三，她…": the clause is an introduction, its name comes last.
    const name = lead && !/来自/u.test(prev) ? trailingChineseName(lead[1], ctx.lex) : null;
    // "…是来自搜狐的张三，他分享的主题是《…》": the clause before ends with the name.
    return name ? { name, aliases: [], prefix: '' } : personAndPrefix(ctx, prev);
  }
  return personAndPrefix(ctx, c.replace(/^(另一位演讲者|另一位嘉宾|随后|接着|然后|最后|同样)/u, ''));
}

function addPrefixAffiliation(ctx: RuleContext, person: string, prefix: string, span: Span): void {
  let p = prefix.trim().replace(/的$/u, '').trim();
  const from = p.match(/来自\s*(.+)$/u);
  // "来自网易云音乐的数据平台负责人": the organization is what stands between 来自 and 的.
  const ofOrg = from?.[1].match(/^([^的，,、]{2,20})的([^的]{2,20})$/u);
  if (ofOrg && !ctx.lex.cities.includes(ofOrg[1])) {
    ctx.org(ofOrg[1], span, 'proseIntroRule');
    ctx.affiliation(person, ofOrg[1], ofOrg[2], span, 'proseIntroRule');
    return;
  }
  if (from) {
    ctx.affiliate(person, from[1], span, 'proseIntroRule', true);
    return;
  }
  p = p.replace(/^(另一位|同样|随后|然后|接着|先|最后|首先)?是?/u, '');
  if (p.length < 2) return;
  // "Apache Flink PMC 成员", "Apache HBase Committer": a role in an open-source project.
  const project = p.match(
    /^((?:Apache\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s*(PMC\s*(?:成员|主席|Member|Chair)?|Committer|Maintainer|维护者)$/u,
  );
  if (project) {
    ctx.org(project[1], span, 'proseIntroRule');
    ctx.affiliation(person, project[1], project[2], span, 'proseIntroRule');
    return;
  }
  const split = splitAffiliation(p, ctx.lex, ctx.kn);
  if (split?.org) ctx.affiliate(person, p, span, 'proseIntroRule');
}

/** "洪强宁详细介绍了Python在豆瓣的应用。" / "陈世欣在暖场致辞中…" for speakers without a titled talk. */
function untitledTalks(ctx: RuleContext, found: Found[]): void {
  const re =
    /(?:^|[。\n]|(?:接下来|随后|接着|然后|之后|最后)\s*[，,])\s*((?:同样)?来自[^，,。\s]{1,20}?的)?(\p{Script=Han}{2,4}?)(?:\s*[（(][A-Za-z][\w .-]{1,30}[)）])?(?:(?:详细|主要|首先|重点|简单)?(?:介绍了)(?:他们的|自己的|我们的)?([^，,。；;\n]{4,30})|在(\p{Script=Han}{0,6}(?:致辞|开场白|主题演讲|讲话))中)/gu;
  const candidates = ctx.lines.filter((l) => /介绍了|致辞|开场白|主题演讲|讲话/u.test(l.text));
  for (const { m, offset } of candidates.flatMap((l) =>
    [...l.text.matchAll(re)].map((m) => ({ m, offset: l.start })),
  )) {
    const name = m[2];
    if (!trailingChineseName(name, ctx.lex) || trailingChineseName(name, ctx.lex) !== name) continue;
    if (ctx.hasTalk(name)) continue;
    const title = (m[3] ?? m[4] ?? '').trim();
    if (!title) continue;
    const start = offset + (m.index ?? 0) + m[0].indexOf(m[2]);
    const span = { start, end: offset + (m.index ?? 0) + m[0].length };
    ctx.person(name, span, 'proseIntroRule');
    if (m[1]) addPrefixAffiliation(ctx, name, m[1], span);
    const t = ctx.talk({ title, speakers: [name], span, rule: 'proseIntroRule' });
    if (t) found.push({ talk: t, at: start });
  }
}

/** "某公司技术专家、某项目 PMC 成员张三首先上台致辞": an opening address, with its speaker's roles. */
function openingAddresses(ctx: RuleContext, found: Found[]): void {
  const re = /(首先|率先|开场)?\s*(?:上台|登台)\s*致辞/gu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const lineStart = ctx.text.lastIndexOf('\n', m.index) + 1;
    const clause = (
      ctx.text
        .slice(lineStart, m.index)
        .split(/[，,。；;！？!?]/u)
        .pop() ?? ''
    ).trim();
    if (!clause || clause.length > 80) continue;
    const who = personAndPrefix(ctx, clause);
    if (!who || ctx.hasTalk(who.name)) continue;
    const start = m.index - clause.length;
    const span = { start, end: m.index + m[0].length };
    const p = ctx.person(who.name, span, 'proseIntroRule', who.aliases);
    for (const part of who.prefix.split(/[、，,]/u)) if (part.trim()) addPrefixAffiliation(ctx, p.name, part, span);
    const t = ctx.talk({ title: m[1] ? '开场致辞' : '致辞', speakers: [p.name], span, rule: 'proseIntroRule' });
    if (t) found.push({ talk: t, at: start });
  }
}

/** "Python创始人Guido van Rossum", "上海Python用户组发起人侃嘉": someone introduced by their role. */
function roleIntroducedPeople(ctx: RuleContext): void {
  const re = /(创始人|发起人|联合创始人|作者|之父)\s*([A-Z][a-z]+(?: (?:van |von |de )?(?:Mc|Mac)?[A-Z][a-z]+){1,2})/gu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (!isLatinName(m[2])) continue;
    const start = m.index + m[0].length - m[2].length;
    ctx.person(m[2], { start, end: start + m[2].length }, 'proseIntroRule');
  }
}
