import fieldTerms from '../../lexicon/field-terms.json';
import type { Rule, RuleContext } from '../harness';

/** what a file extension looks like: "html", "webp", "PNG" */
const EXTENSION = /^(?:[a-z0-9]{1,5}|[A-Z0-9]{1,5})$/;
const FIELDS = new Set(fieldTerms.terms.map((t) => t.toLowerCase().replace(/\s+/g, '')));

// Every technology of the catalog written in the document, under its canonical name.

export const techMentionRule: Rule = {
  name: 'techMentionRule',
  run(ctx) {
    // Addresses are not prose: "http://…/presentations/…" names no technology.
    const urls = [
      ...ctx.text.matchAll(/(?:https?:\/\/|www\.)[^\s)）>\]"'，。]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/gu),
      // Nor are link targets ("](media/1.jpeg)"), attribute values (src="…/a.png") and code blocks.
      ...ctx.text.matchAll(/\]\([^()\s]{1,500}\)|=\s?"[^"\n]{1,500}"/gu),
    ]
      .map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length])
      .concat(codeBlocks(ctx))
      .sort((a, b) => a[0] - b[0]);
    let u = 0;
    for (const h of ctx.techHits()) {
      if (h.start < ctx.doc.bodyStart) continue;
      while (u < urls.length && urls[u][1] <= h.start) u++;
      if (urls.slice(u, u + 8).some(([a, b]) => h.start >= a && h.start < b)) continue;
      // "@goroutine": a person's handle.
      if (ctx.text[h.start - 1] === '@') continue;
      // "index.html", "logo.webp": a file's extension (short, one case; "EVM.Ewasm" names two things).
      if (ctx.text[h.start - 1] === '.' && /[\w-]/.test(ctx.text[h.start - 2] ?? '') && EXTENSION.test(h.written))
        continue;
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

/** ``` fences and {% highlight %} … {% endhighlight %} blocks: code, not prose. */
function codeBlocks(ctx: RuleContext): [number, number][] {
  const out: [number, number][] = [];
  let open: { start: number; fence: boolean } | null = null;
  for (const l of ctx.lines) {
    const fence = /^\s*```/.test(l.text);
    const liquid = /^\s*\{%\s*(end)?highlight\b/.exec(l.text);
    if (!open) {
      if (fence || (liquid && !liquid[1])) open = { start: l.start, fence };
    } else if (open.fence ? fence : liquid?.[1]) {
      out.push([open.start, l.end]);
      open = null;
    }
  }
  return out;
}
