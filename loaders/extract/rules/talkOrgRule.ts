import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';

// A recap speaker the text gives no affiliation, whose talk is titled after an
// organization ("Python在豆瓣的应用", "容器技术在Coding的实践"), speaks for it.

export const talkOrgRule: Rule = {
  name: 'talkOrgRule',
  run(ctx) {
    const organizers = new Set(ctx.out.events.flatMap((e) => e.organizers));
    for (const talk of ctx.out.talks) {
      if (talk.rule !== 'proseIntroRule' && talk.rule !== 'recapHeadingRule') continue;
      // A name that is also a technology ("Docker") says what the talk is about, not who gives it.
      const org = ctx.kn.orgs
        .scan(talk.title)
        .find(
          (h) =>
            !organizers.has(h.written) &&
            !organizers.has(h.value.name) &&
            !ctx.kn.techKeys.has(normalizeName(h.written)),
        );
      if (!org) continue;
      for (const sp of talk.speakers) {
        if (ctx.out.affiliations.some((a) => a.person === sp)) continue;
        ctx.org(org.written, talk.span, 'talkOrgRule');
        ctx.affiliation(sp, org.written, '', talk.span, 'talkOrgRule');
      }
    }
  },
};
