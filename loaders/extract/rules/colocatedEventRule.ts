import { findDates } from '../dates';
import { namedEvent } from '../eventParts';
import type { Rule } from '../harness';

// A programme names the events held alongside it on a line of their own:
//   Co-located: Some Native + ML Day (Room 7, June 24)
//   同期活动：某某开发者日（6 月 24 日）
// Each is an event of its own, named with the main event's year, in its city.

const COLOCATED =
  /^\s*(?:#{1,4}\s*)?(?:Co-?located(?:\s+events?)?|同期活动|同期举办|同场活动)\s*[:：]\s*([^()（）\n]{4,60}?)\s*(?:[（(]([^()（）\n]{2,60})[)）])?\s*$/iu;

export const colocatedEventRule: Rule = {
  name: 'colocatedEventRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    if (!main) return;
    const year = main.startDate?.slice(0, 4) ?? (ctx.dates.year ? String(ctx.dates.year) : null);
    for (const line of ctx.lines) {
      const m = line.text.match(COLOCATED);
      if (!m) continue;
      const base = m[1].trim();
      const name = year && !/(?:19|20)\d\d/.test(base) ? `${base} ${year}` : base;
      const dctx = { year: year ? +year : ctx.dates.year, month: ctx.dates.month };
      const d = m[2] ? findDates(m[2], dctx)[0] : undefined;
      const ev = namedEvent(
        name,
        'colocatedEventRule',
        { start: line.start, end: line.end },
        { date: d, city: main.city, venue: main.venue, aliases: name !== base ? [base] : [] },
      );
      ctx.event(ev);
    }
  },
};
