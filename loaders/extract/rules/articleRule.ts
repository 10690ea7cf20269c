import { normalizeName } from '../../../src/model/ids';
import { cleanPhrase } from '../affiliation';
import { readBio, readFirstPerson, readPlaces } from '../bio';
import type { Rule, RuleContext } from '../harness';
import { isChineseName, isLatinName, trailingChineseName } from '../names';
import { publisherOf } from '../publisher';
import type { Line, Span } from '../types';

// Articles and interviews of event coverage (magazine specials, news posts):
//   <title>                      社交软件中轨迹追踪…？ / 专访平安科技CTO方国伟：…
//   作者 <name>[、<name>]         作者 徐川、薛梁 / 作者 丁雪丰 发布于 2011年12月8日
// The speaker of an interview is the interviewee (专访X：…, "X：" answers, or
// "ORG X：" titles); of an article, its author. A closing "X，现就职于…" paragraph
// is the speaker's bio (X may be another handle of theirs).

const BYLINE = /^\s*(?:(?:本文|原文)?作者|文|撰文|采访|采访者|记者|Author|By)\s*[:：|｜/]?\s*(.+?)\s*$/iu;

interface Article {
  titleLine: number;
  bylineLine: number;
  authors: string[];
  title: string;
}

export const articleRule: Rule = {
  name: 'articleRule',
  run(ctx) {
    const { lines } = ctx;
    const articles: Article[] = [];
    lines.forEach((l, i) => {
      const m = l.text.match(BYLINE);
      if (!m) return;
      const who = m[1].split(/\s*(?:发布于|发表于|更新于|编辑|\||｜|日期)/u)[0];
      // "作者：张三（某公司 工程师）": the author's affiliation rides along.
      const credited = who
        .replace(/[（(][^（()）]*[)）]/gu, (x) => x.replace(/[、,，]/gu, ' '))
        .split(/[、,，/&]|\s和\s|\sand\s/u)
        .map((s) => s.trim().match(/^(.+?)\s*(?:[（(]([^（()）]+)[)）])?$/u))
        .filter((x): x is RegExpMatchArray => !!x && (isChineseName(x[1], ctx.lex) || isLatinName(x[1])));
      const authors = credited.map((x) => x[1]);
      if (authors.length === 0) return;
      let t = i - 1;
      while (t >= 0 && i - t <= 4 && (lines[t].text.trim() === '' || /^!\[|^\s*<img/.test(lines[t].text))) t--;
      if (t < 0 || i - t > 4) return;
      const title = cleanPhrase(lines[t].text.replace(/^#+\s*/, ''));
      if (title.length < 4 || title.length > 80 || BYLINE.test(lines[t].text)) return;
      for (const x of credited) if (x[2]) ctx.affiliate(x[1], x[2], { start: l.start, end: l.end }, 'articleRule');
      articles.push({ titleLine: t, bylineLine: i, authors, title });
    });
    // A page that is one article by one author (a news report) speaks for its publisher.
    // An interview page without a byline: "对话 PingCAP 黄东旭：…" as its title.
    const docTitle = cleanPhrase(ctx.doc.meta.title ?? '');
    if (articles.length === 0 && /^(专访|对话|访谈)/u.test(docTitle)) {
      const ti = lines.findIndex((l) => cleanPhrase(l.text.replace(/^#+\s*/, '')) === docTitle);
      const at =
        ti >= 0
          ? ti
          : Math.max(
              0,
              lines.findIndex((l) => l.start >= ctx.doc.bodyStart),
            );
      articles.push({ titleLine: at, bylineLine: at, authors: [], title: docTitle });
    }
    const publisher = articles.length === 1 && articles[0].authors.length > 0 ? publisherOf(ctx) : null;
    if (publisher)
      for (const au of articles[0].authors) {
        const by = lines[articles[0].bylineLine];
        ctx.org(publisher, { start: by.start, end: by.end }, 'articleRule');
        ctx.affiliation(au, publisher, '作者', { start: by.start, end: by.end }, 'articleRule');
      }
    articles.forEach((a, n) => {
      const endLine = n + 1 < articles.length ? articles[n + 1].titleLine : lines.length;
      const region: Span = { start: lines[a.titleLine].start, end: lines[endLine - 1].end };
      const by = lines[a.bylineLine];
      for (const au of a.authors) ctx.person(au, { start: by.start, end: by.end }, 'articleRule');
      const interviewee = intervieweeOf(ctx, a.title, lines[a.titleLine], lines.slice(a.bylineLine + 1, endLine));
      const speakers = interviewee ? [interviewee] : a.authors;
      if (speakers.length === 0) return;
      if (ctx.out.mainEvent !== null) {
        ctx.talk({
          title: a.title,
          speakers,
          span: { start: lines[a.titleLine].start, end: by.end },
          bodies: [region],
          rule: 'articleRule',
        });
      }
      closingBio(ctx, speakers[0], lines.slice(a.bylineLine + 1, endLine));
      // "张开翔从南京大学毕业后…2007 年张开翔加入腾讯": where the article says its speaker worked or studied.
      for (const sp of speakers) {
        for (
          let at = ctx.text.indexOf(sp, region.start);
          at >= 0 && at < region.end;
          at = ctx.text.indexOf(sp, at + 1)
        ) {
          // "宾理涵：目前我在 Facebook 担任…": an answer speaks about its speaker in the first person.
          if (/^\s*[:：]/u.test(ctx.text.slice(at + sp.length, at + sp.length + 2))) {
            const lineEnd = ctx.text.indexOf('\n', at);
            readFirstPerson(ctx, sp, at, lineEnd < 0 ? region.end : lineEnd, 'articleRule');
            continue;
          }
          const stop = ctx.text.slice(at, Math.min(region.end, at + 120)).search(/[。！？]/u);
          readPlaces(ctx, sp, at + sp.length, stop < 0 ? Math.min(region.end, at + 120) : at + stop, 'articleRule');
        }
      }
      announcedTalks(ctx, lines.slice(a.bylineLine + 1, endLine));
    });
  },
};

/** The interviewee: "专访平安科技CTO方国伟：…", "微众银行张开翔：…", or whoever answers "X：" most. */
function intervieweeOf(ctx: RuleContext, title: string, titleLine: Line, body: Line[]): string | null {
  const span = { start: titleLine.start, end: titleLine.end };
  const lead = title.match(/^(?:专访|对话|访谈)\s*(.{1,30}?)\s*[:：]/u) ?? title.match(/^(.{2,16}?)\s*[:：]/u);
  if (lead) {
    const phrase = lead[1].trim();
    const name =
      trailingChineseName(phrase, ctx.lex) ??
      (/^专访|^对话|^访谈/.test(title) && /^\p{Script=Han}{2,4}$/u.test(phrase) ? phrase : null);
    if (name) {
      ctx.person(name, span, 'articleRule');
      const prefix = phrase.slice(0, phrase.length - name.length);
      if (prefix) ctx.affiliate(name, prefix, span, 'articleRule', true);
      return name;
    }
  }
  const answers = new Map<string, number>();
  for (const l of body) {
    const m = l.text.match(/^\s*([^\s:：]{2,6})\s*[:：]/u);
    if (!m || /^(InfoQ|问|答|Q|A|主持人|记者|编者|注)$/iu.test(m[1])) continue;
    answers.set(m[1], (answers.get(m[1]) ?? 0) + 1);
  }
  const top = [...answers.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top && top[1] >= 2 && (isChineseName(top[0], ctx.lex) || ctx.findPerson(top[0]))) {
    ctx.person(top[0], span, 'articleRule');
    return top[0];
  }
  return null;
}

/** "不四，现就职于蚂蚁金服体验技术部…" at the end of 死马's interview: another handle, and the bio. */
function closingBio(ctx: RuleContext, speaker: string, body: Line[]): void {
  for (const l of body.slice(-12)) {
    const m = l.text.match(
      /^\s*([^\s，,（(]{1,8}?)\s*(?:[（(]\s*([A-Za-z][\w .-]{1,30})\s*[)）])?\s*[，,]\s*(现任|现就职|现为|目前|就职|毕业|任职|供职|曾任)/u,
    );
    if (!m) continue;
    const who = m[1];
    if (who === speaker || (!isChineseName(who, ctx.lex) && !ctx.findPerson(who))) {
      const p = ctx.findPerson(speaker);
      if (!p) continue;
      if (who !== speaker && !p.aliases.includes(who)) p.aliases.push(who);
      readBio(ctx, speaker, l.start + m[0].length - m[3].length, l.end, 'articleRule');
    }
  }
}

/** "宾理涵：我会在 ArchSummit 深圳站分享《…》中详细介绍…" — the answerer's own talk at the event. */
function announcedTalks(ctx: RuleContext, body: Line[]): void {
  body.forEach((l, i) => {
    const m = l.text.match(
      /^\s*([^\s:：]{2,6})\s*[:：].*?我(?:们)?(?:会|将|也会|也将)?在\s*\S.{0,30}?(?:上)?(?:分享|演讲|介绍|讲)\s*《([^》]{4,60})》/u,
    );
    if (!m) return;
    const p = ctx.findPerson(m[1]);
    if (!p) return;
    const at = l.text.indexOf(`《${m[2]}》`);
    // What the answer goes on to summarize is what the talk is about: up to the next question.
    let j = i;
    while (j + 1 < body.length && !QUESTION.test(body[j + 1].text)) j++;
    ctx.talk({
      title: m[2],
      speakers: [p.name],
      span: { start: l.start + at, end: l.start + at + m[2].length + 2 },
      bodies: [{ start: l.start, end: body[j].end }],
      rule: 'articleRule',
    });
  });
}

const QUESTION = /^\s*(?:InfoQ|问|Q|记者|主持人)\s*[:：]|[？?]\s*$/u;

export function sameTitle(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x)));
}
