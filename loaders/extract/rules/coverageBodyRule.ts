import type { Rule } from '../harness';

// A report whose text is itself the account of other talks (an InfoQ recap of
// a conference) is about what its title and lede say; the technologies of the
// talks it recounts belong to those talks, not to the report.

export const coverageBodyRule: Rule = {
  name: 'coverageBodyRule',
  run(ctx) {
    for (const article of ctx.out.talks) {
      if (article.rule !== 'articleRule' || article.bodies.length !== 1) continue;
      const region = article.bodies[0];
      const recounted = ctx.out.talks.filter(
        (t) =>
          t !== article &&
          t.rule !== 'articleRule' &&
          t.span.start >= region.start &&
          t.span.end <= region.end &&
          !t.speakers.some((s) => article.speakers.includes(s)),
      );
      if (recounted.length === 0) continue;
      // What the report itself says is its lede: from its byline to the first talk it recounts.
      const first = Math.min(...recounted.flatMap((t) => [t.span.start, ...t.bodies.map((b) => b.start)]));
      article.bodies = [article.span, { start: article.span.end, end: Math.max(article.span.end, first) }];
    }
  },
};
