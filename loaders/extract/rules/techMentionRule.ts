import type { Rule } from '../harness';

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
      if (ctx.lex.genericTerms.has(h.value.name.toLowerCase().replace(/\s+/g, ''))) continue;
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
