import { normalizeName } from '../../../src/model/ids';
import { findDates } from '../dates';
import type { Rule } from '../harness';
import { cityIn, venueOf } from '../places';
import { sentences } from '../text';

// Another edition announced in passing: "我们广州场的 Docker 专场沙龙也将于 10 月 31 日举办".
// It becomes an event of the same series when it names a different city.

export const eventAnnouncementRule: Rule = {
  name: 'eventAnnouncementRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    for (const s of sentences(ctx.text, ctx.doc.bodyStart)) {
      if (!s.text.includes('将')) continue;
      const m = s.text.match(/([^，,：:]{4,40}?)\s*(?:也|还)?将(?:于|在)\s*(.{2,40}?)\s*(?:举办|举行|召开|开幕)/u);
      if (!m) continue;
      const d = findDates(m[2], ctx.dates)[0];
      if (!d) continue;
      if (!main || main.rule === 'eventHeaderRule:title') {
        // No event named yet: "第十届中国数据库技术大会将于 2019 年 5 月 9 日在北京举行" names it.
        const subject = m[1].replace(/^(我们|本次|本届|届时)/u, '').trim();
        if (!ctx.lex.eventKindWords.some((w) => /\p{Script=Han}/u.test(w) && subject.endsWith(w))) continue;
        const place = m[2].slice(d.end - d.start).replace(/^\s*在/u, '');
        const city = cityIn(place, ctx.lex) ?? cityIn(subject, ctx.lex);
        if (main) {
          main.aliases.push(main.name);
          main.name = subject;
          main.key = subject;
          main.rule = 'eventAnnouncementRule';
          main.startDate ??= d.startDate;
          main.endDate ??= d.endDate ?? d.startDate;
          main.city ??= city;
          ctx.out.mainEvent = subject;
          return;
        }
        const ev = ctx.event({
          key: subject,
          name: subject,
          aliases: [],
          series: null,
          startDate: d.startDate,
          endDate: d.endDate ?? d.startDate,
          city,
          venue: city ? venueOf(place, city) : null,
          organizers: [],
          span: { start: s.start, end: s.end },
          rule: 'eventAnnouncementRule',
        });
        ctx.out.mainEvent = ev.key;
        return;
      }
      let subject = m[1]
        .replace(/^(我们|本次|下一场|下一期|下期|届时)/u, '')
        .replace(/(场|站)的\s*/u, ' ')
        .trim();
      const city = cityIn(subject, ctx.lex);
      if (!city || !ctx.lex.eventKindWords.some((w) => subject.includes(w))) continue;
      if (main && (main.city === city || normalizeName(subject).includes(normalizeName(main.name)))) continue;
      subject = subject.replace(/\s+/g, ' ');
      const name = main?.series && !subject.includes(main.series) ? `${main.series} ${subject}` : subject;
      ctx.event({
        key: name,
        name,
        aliases: name !== subject ? [subject] : [],
        series: main?.series ?? null,
        startDate: d.startDate,
        endDate: d.endDate ?? d.startDate,
        city,
        venue: null,
        organizers: [...(main?.organizers ?? [])],
        span: { start: s.start, end: s.end },
        rule: 'eventAnnouncementRule',
      });
    }
  },
};
