import bioLeads from '../../lexicon/zh/bio-leads.json';
import labels from '../../lexicon/zh/labels.json';
import { splitAffiliation } from '../affiliation';
import { readBio, readPlaces } from '../bio';
import type { Rule } from '../harness';
import { isChineseName } from '../names';

// Stand-alone bio paragraphs: "张开翔，微众银行区块链首席架构师，FISCO BCOS 平台架构师。
// 曾在腾讯工作多年…" / "方国伟 (William Fang)，平安科技 CTO 兼总架构师…". The first
// clause must read as an organization and role, so ordinary sentences that
// happen to start with a name are left alone.

// A quoted or labeled bio line ("> 讲师介绍：张三，…", "嘉宾：张三，…") leads the same way; the labels are the lexicon's.
const BIO_LABELS = [...labels.bio, ...labels.speaker]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
const BIO_LABEL = new RegExp(
  `^\\s*(?:>\\s*)?(?:[-*]\\s*)?(?:\\*\\*)?(?:${labels.bio.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\s*(?:\\*\\*)?\\s*[:：]`,
  'u',
);
// "张三目前为某某大学在读博士": a copula may follow the name without a comma.
const COPULAS = [...bioLeads.copulas].sort((a, b) => b.length - a.length).join('|');
const LEAD = new RegExp(
  `^\\s*(?:>\\s*)?(?:[-*]\\s*)?(?:\\*\\*)?(?:(?:${BIO_LABELS})\\s*(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?)?(\\p{Script=Han}{2,4})(?:\\*\\*)?\\s*(?:[（(]\\s*([A-Za-z][\\w .-]{1,30})\\s*[)）])?\\s*(?:[，,]\\s*(?:${COPULAS})?|(?:${COPULAS}))\\s*([^，,。]{2,40})`,
  'u',
);

const CAREER = /任职于|就职于|供职于|曾在|加入|毕业于/u;

export const bioParagraphRule: Rule = {
  name: 'bioParagraphRule',
  run(ctx) {
    ctx.lines.forEach((l, i) => {
      const m = l.text.match(LEAD);
      if (!m || !isChineseName(m[1], ctx.lex)) return;
      const split = splitAffiliation(m[3], ctx.lex, ctx.kn);
      // "讲师介绍：张三，…": a bio label says whose bio the line is.
      const bioLabel = BIO_LABEL.test(l.text);
      if ((!split?.org || !split.role) && !bioLabel && !ctx.findPerson(m[1])) return;
      const start = l.start + l.text.indexOf(m[1]);
      ctx.person(m[1], { start, end: start + m[1].length }, 'bioParagraphRule', m[2] ? [m[2].trim()] : []);
      const after = l.text.indexOf(m[3], m[1].length);
      // After a copula the bio starts with the organization itself; after a comma, at the comma.
      const lead = /[，,\s]/u.test(l.text[after - 1] ?? '') ? 1 : 0;
      readBio(ctx, m[1], l.start + after - lead, l.end, 'bioParagraphRule');
      // A bio may go on in the next paragraph ("在加入美团之前，任职于百度…").
      let n = i + 1;
      while (n < ctx.lines.length && ctx.lines[n].text.trim() === '') n++;
      const next = ctx.lines[n];
      if (next && n - i <= 2 && next.text.length < 400 && !LEAD.test(next.text) && CAREER.test(next.text))
        readPlaces(ctx, m[1], next.start, next.end, 'bioParagraphRule');
    });
  },
};
