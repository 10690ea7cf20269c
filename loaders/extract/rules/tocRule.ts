import { cleanPhrase } from '../affiliation';
import { readFirstPerson } from '../bio';
import type { Rule, RuleContext } from '../harness';
import { trailingChineseName } from '../names';
import { escapeRe } from '../text';
import type { Line, TalkMention } from '../types';
import { sameTitle } from './articleRule';

// Magazine tables of contents ("- 49 曲晓音:如何成为一个有爆发力的产品经理?"): an
// entry whose article carries no heading of its own still names a piece of
// the issue and, by its "name：" lead, who wrote or gave it.

const ENTRY = /^\s*(?:[-*•]\s*)?(\d{1,3})\s+(\S.{3,80}?)\s*$/u;

export const tocRule: Rule = {
  name: 'tocRule',
  run(ctx) {
    if (ctx.out.mainEvent === null) return;
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      // A table of contents: at least three numbered entries with rising page numbers.
      const block: { n: number; title: string; line: number }[] = [];
      let j = i;
      while (j < lines.length) {
        const m = lines[j].text.match(ENTRY);
        if (m) block.push({ n: +m[1], title: cleanPhrase(m[2]), line: j });
        else if (lines[j].text.trim() !== '') break;
        j++;
      }
      const rising = block.every((e, k) => k === 0 || e.n > block[k - 1].n);
      if (block.length >= 3 && rising) {
        for (const e of block) {
          if (ctx.out.talks.some((t) => sameTitle(t.title, e.title))) continue;
          const lead = e.title.match(/^(.{2,16}?)\s*[:：]/u);
          const name = lead ? trailingChineseName(lead[1].replace(/^专访/u, ''), ctx.lex) : null;
          if (!name) continue;
          const l = lines[e.line];
          const span = { start: l.start, end: l.end };
          ctx.person(name, span, 'tocRule');
          const talk = ctx.talk({ title: e.title, speakers: [name], span, bodies: [span], rule: 'tocRule' });
          if (talk) findUnheadedArticle(ctx, talk, name, j);
        }
      }
      i = Math.max(i, j);
    }
  },
};

/**
 * An article printed without a heading ends with its speaker's bio ("曲晓音，现任 Facebook
 * 产品经理…") and starts after the bio that closes the article before it. Its text is
 * taken from the article it was swallowed into.
 */
function findUnheadedArticle(ctx: RuleContext, talk: TalkMention, name: string, afterLine: number): void {
  const { lines } = ctx;
  const isBio = (l: Line, who: string) =>
    new RegExp(`^\\s*${escapeRe(who)}\\s*(?:[（(][^）)]*[）)])?\\s*[，,]`, 'u').test(l.text);
  const bio = lines.findIndex((l, k) => k > afterLine && isBio(l, name));
  if (bio < 0) return;
  let start = bio - 1;
  while (start > afterLine) {
    const l = lines[start];
    const m = l.text.match(/^\s*(\p{Script=Han}{2,4})\s*(?:[（(][^）)]*[）)])?\s*[，,]/u);
    if (m && m[1] !== name && ctx.findPerson(m[1]) && l.text.length > 30) break;
    start--;
  }
  if (start <= afterLine) return;
  const body = { start: lines[start].end, end: lines[bio].end };
  talk.bodies = [talk.span, body];
  readFirstPerson(ctx, name, body.start, body.end, 'tocRule');
  for (const other of ctx.out.talks) {
    if (other === talk) continue;
    other.bodies = other.bodies.map((b) =>
      b.start < body.start && b.end > body.start ? { start: b.start, end: body.start } : b,
    );
  }
}
