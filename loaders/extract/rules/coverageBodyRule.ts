import type { Rule } from '../harness';

// A report whose text is itself the account of other talks (an InfoQ recap of
// a conference) is about what its title says; the technologies of the talks
// it recounts belong to those talks, not to the report.

export const coverageBodyRule: Rule = {
  name: 'coverageBodyRule',
  run(ctx) {
    for (const article of ctx.out.talks) {
      if (article.rule !== 'articleRule' || article.bodies.length !== 1) continue;
      const region = article.bodies[0];
      const recounts = ctx.out.talks.some(
        (t) =>
          t !== article &&
          t.rule !== 'articleRule' &&
          t.span.start >= region.start &&
          t.span.end <= region.end &&
          !t.speakers.some((s) => article.speakers.includes(s)),
      );
      if (recounts) article.bodies = [article.span];
    }
  },
};
