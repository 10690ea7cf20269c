import fieldTerms from '../../lexicon/field-terms.json';
import type { Rule, RuleContext } from '../harness';

const FIELDS = new Set(fieldTerms.terms.map((t) => t.toLowerCase().replace(/\s+/g, '')));

// Every technology of the catalog written in the document, under its canonical name.

export const techMentionRule: Rule = {
  name: 'techMentionRule',
  run(ctx) {
    // Addresses are not prose: "http://…/presentations/…" names no technology.
    const urls = [
      ...ctx.text.matchAll(/(?:https?:\/\/|www\.)[^\s)）>\]"'，。]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/gu),
    ].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    for (const h of ctx.techHits()) {
      if (h.start < ctx.doc.bodyStart) continue;
      if (urls.some(([a, b]) => h.start >= a && h.start < b)) continue;
      // A field's name ("数据库", "监控") is a technology where a talk's title names it as its subject.
      const key = h.value.name.toLowerCase().replace(/\s+/g, '');
      if (ctx.lex.genericTerms.has(key) && (FIELDS.has(key) || !inTitle(ctx, h.start, h.written))) continue;
      ctx.tech({
        name: h.value.name,
        written: h.written,
        category: h.value.category,
        known: true,
        span: { start: h.start, end: h.end },
        rule: 'techMentionRule',
      });
    }
  },
};

/** The mention stands where a talk's title is written, and the title holds it. */
function inTitle(ctx: RuleContext, at: number, written: string): boolean {
  return ctx.out.talks.some((t) => t.span.start <= at && at < t.span.end && t.title.includes(written));
}
