import enLabels from '../../lexicon/en/labels.json';
import zhLabels from '../../lexicon/zh/labels.json';
import zhNames from '../../lexicon/zh/names.json';
import type { Rule, RuleContext } from '../harness';
import { lineIndexAt } from '../text';
import type { Line, Span } from '../types';

// A talk is about the technologies its title and its own abstract name. The spans
// the programme readers hand over as a talk's bodies often hold more: the speaker's
// bio ("讲师介绍：…", "张三，某公司数据库工程师，…", "About the speaker: …"), a
// table row's affiliation cell ("Apache Foo PMC, 某公司 CTO"), or the titles of
// other talks (an episode page's list of earlier episodes). Those parts describe a
// person or another talk, so they are cut out of the bodies here, once every rule
// has run. The technology mentions stay: only which talk they belong to changes.

const BIO_WORDS = new Set([...zhLabels.bio, ...enLabels.bio].map((w) => w.toLowerCase().replace(/\s+/g, '')));
/** Any field label at a line's start ("议题：", "**Topic**:"), and the word it holds. */
const LABEL = /^[\s>*#\-•·【[]*([^:：】\]\n*]{1,20}?)\s*(?:\*\*)?\s*[:：】\]]/u;
/** A heading or bold line that is a label alone ("### 讲师介绍", "**About the speaker**"). */
const LABEL_ALONE = /^[\s>#*\-【[]*([^:：】\]\n*#]{1,20}?)[\s*:：】\]]*$/u;
const LEAD = /^[\s>*#\-•·【[（(\d.、)）\]】]*/u;
const NAME_SEP = /^(?:\*\*|__)?\s*(?:[，,、|｜：:（(·•/—–-]|\s)/u;
/** Words that make a line a report of the talk, not a bio ("张三，某公司工程师，分享了…"). */
const TELLS =
  /分享|介绍了|讲解|讲述|带来|演讲|主题|议题|《|「|\b(?:talk(?:s|ed)?|spoke|present(?:s|ed)|introduc(?:es|ed)|shar(?:es|ed)|start(?:s|ed)|cover(?:s|ed)|explain(?:s|ed)|discuss(?:es|ed)|show(?:s|ed)|demonstrat(?:es|ed)|describ(?:es|ed)|walk(?:s|ed)|gave|will)\b|'s topic/iu;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
/** "周晓博士毕业于…", "杨明目前任职于…": a bio word right after the name (lexicon zh/names.json) */
const BIO_LEAD = new RegExp(`^(?:${anyOf(zhNames.honorifics)})?(?:${anyOf(zhNames.bioLead)})`, 'u');

const MAX_TITLE_SPAN = 400;
const MAX_AFFILIATION_CELL = 100;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export const talkScopeRule: Rule = {
  name: 'talkScopeRule',
  run(ctx) {
    const talks = ctx.out.talks;
    if (talks.length === 0) return;
    const names = personNames(ctx);
    const cut = personLines(ctx, names);
    for (const t of talks) {
      if (t.bodies.length === 0) continue;
      const own = titleSpan(ctx, t.title, t.span);
      const holes: Span[] = [];
      // A row's cells that name a person or an affiliation, and bio lines.
      for (const b of t.bodies) holes.push(...bioParts(ctx, b, own, t.title, cut, names));
      // Other talks' titles inside this body ("#18 …", "- 下一期：…").
      // (Only a title's line or two: a span as long as a section is no title.)
      for (const o of talks)
        if (o !== t && o.span.end - o.span.start <= MAX_TITLE_SPAN && !overlaps(o.span, t.span)) holes.push(o.span);
      t.bodies = subtract(t.bodies, holes, own);
    }
  },
};

/** Where the title itself is written inside the talk's span (a row's span holds its other cells too). */
function titleSpan(ctx: RuleContext, title: string, span: Span): Span {
  const at = ctx.text.slice(span.start, span.end).indexOf(title);
  return at < 0 ? span : { start: span.start + at, end: span.start + at + title.length };
}

/** Per line: starts a bio (label or person lead), and where that bio ends. */
function personNames(ctx: RuleContext): string[] {
  return [
    ...new Set(ctx.out.people.flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 2 && !/^@/.test(n))),
  ].sort((a, b) => b.length - a.length);
}

function personLines(ctx: RuleContext, names: string[]): Map<number, number> {
  const { lines } = ctx;
  const bioEnd = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 2000 || text.trim() === '' || /^\s*\|/.test(text)) continue;
    const alone = text.match(LABEL_ALONE);
    const labeled = text.match(LABEL);
    const word = (m: RegExpMatchArray | null) => (m ? m[1].toLowerCase().replace(/\s+/g, '') : '');
    if (BIO_WORDS.has(word(labeled))) {
      bioEnd.set(i, bioBlockEnd(lines, i, !!alone && BIO_WORDS.has(word(alone))));
      continue;
    }
    if (alone && BIO_WORDS.has(word(alone))) {
      bioEnd.set(i, bioBlockEnd(lines, i, true));
      continue;
    }
    // "![罗青山 | 星河科技 CTO](…)": the speaker's photo, captioned with who they are.
    const alt = text.match(/^\s*!\[([^\]\n]{2,120})\]\([^)\n]*\)\s*$/u);
    if (alt ? names.some((n) => alt[1].startsWith(n)) : isPersonLead(ctx, text, names)) bioEnd.set(i, i);
  }
  return bioEnd;
}

/** A bio runs to the paragraph's end (past one blank line after a label alone), or to the next label. */
function bioBlockEnd(lines: Line[], i: number, alone: boolean): number {
  let k = i;
  let skipped = !alone;
  while (k + 1 < lines.length) {
    const next = lines[k + 1].text;
    if (next.trim() === '') {
      if (skipped || k > i) break;
      skipped = true;
      k++;
      continue;
    }
    if (/^\s*#/.test(next) || LABEL.test(next)) break;
    k++;
  }
  return k;
}

/** "尚青山，星河数据 数据库研发工程师，开源爱好者。", "罗青山 · 远山网络运维总监": a person introduced by role. */
function isPersonLead(ctx: RuleContext, text: string, names: string[]): boolean {
  const rest = text.replace(LEAD, '').replace(/^\*\*|^__/, '');
  const name = names.find((n) => rest.startsWith(n));
  if (!name) return false;
  const after = rest.slice(name.length);
  // a paragraph led by the name it introduces and a bio word is the person's bio
  if (BIO_LEAD.test(after)) return true;
  if (!NAME_SEP.test(after)) return false;
  const clause = after.split(/[。；;!！?？]/u)[0].slice(0, 80);
  if (TELLS.test(after.slice(0, 120))) return false;
  return ctx.lex.roleHeads.some((h) => roleAt(clause, h));
}

function roleAt(s: string, head: string): boolean {
  const at = s.indexOf(head);
  if (at < 0) return false;
  if (!/^[A-Za-z]/.test(head)) return true;
  return !/[A-Za-z]/.test(s[at - 1] ?? '') && !/[A-Za-z]/.test(s[at + head.length] ?? '');
}

/** The parts of one body that describe a person: bio lines, and a row's person and affiliation cells. */
function bioParts(
  ctx: RuleContext,
  body: Span,
  own: Span,
  title: string,
  bioEnd: Map<number, number>,
  names: string[],
): Span[] {
  const { lines } = ctx;
  const out: Span[] = [];
  let i = lineIndexAt(lines, body.start);
  for (; i < lines.length && lines[i].start < body.end; i++) {
    const l = lines[i];
    const end = bioEnd.get(i);
    if (end !== undefined && !overlaps(l, own)) {
      out.push({ start: l.start, end: lines[end].end });
      i = end;
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(l.text) && l.text.length <= 2000) out.push(...affiliationCells(ctx, l, own, title));
    else if (l.text.length <= 2000) out.push(...roleParentheticals(ctx, l, names));
  }
  return out;
}

/** "dongfeng(RocketMQ Committer) started with…", "罗青山（星河科技 CTO）介绍了…": the parenthetical says who the person is. */
function roleParentheticals(ctx: RuleContext, l: Line, names: string[]): Span[] {
  const out: Span[] = [];
  for (const m of l.text.matchAll(/[（(]([^()（）\n]{2,80})[)）]/gu)) {
    const at = m.index ?? 0;
    const before = l.text.slice(Math.max(0, at - 24), at).trimEnd();
    if (!names.some((n) => before.endsWith(n))) continue;
    if (!ctx.lex.roleHeads.some((h) => roleAt(m[1], h))) continue;
    out.push({ start: l.start + at, end: l.start + at + m[0].length });
  }
  return out;
}

/** "| 14:00 | 标题 | 张三 | 星河科技 CTO |": the cells after the title's that name a person or a role. */
function affiliationCells(ctx: RuleContext, l: Line, own: Span, title: string): Span[] {
  const out: Span[] = [];
  const people = ctx.out.people.flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 2);
  let at = l.text.indexOf('|');
  while (at >= 0) {
    const next = l.text.indexOf('|', at + 1);
    if (next < 0) break;
    const start = l.start + at + 1;
    const end = l.start + next;
    const cell = l.text.slice(at + 1, next).trim();
    // (The title's cell by its text: a row-wide span says nothing about which cell it is.)
    const holdsTitle = cell.includes(title) || (!l.text.includes(title) && overlaps({ start, end }, own));
    // (An abstract written in a cell is prose: sentences, or longer than an affiliation.)
    const prose = cell.length > MAX_AFFILIATION_CELL || /[。！？]|[a-z]\. [A-Z]/u.test(cell);
    if (cell && !holdsTitle && !prose) {
      const role = ctx.lex.roleHeads.some((h) => roleAt(cell, h));
      const person = people.some((n) => cell.includes(n));
      if (role || person) out.push({ start, end });
    }
    at = next;
  }
  return out;
}

/** bodies minus holes; a hole never cuts the talk's own title span. */
function subtract(bodies: Span[], holes: Span[], own: Span): Span[] {
  const cuts = holes.filter((h) => h.end > h.start && !overlaps(h, own)).sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return bodies;
  const out: Span[] = [];
  for (const b of bodies) {
    let from = b.start;
    for (const h of cuts) {
      if (h.end <= from || h.start >= b.end) continue;
      if (h.start > from) out.push({ start: from, end: h.start });
      from = Math.max(from, h.end);
    }
    if (from < b.end) out.push({ start: from, end: b.end });
  }
  return out;
}
