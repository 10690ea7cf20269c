import { normalizeName } from '../../../src/model/ids';
import { namedEvent } from '../eventParts';
import type { Rule } from '../harness';
import { NO_EVENT } from '../types';

// The events that talks named in link texts were given at (frames/talkLink.ts: "FooCon 2031: Jane Roe -
// Title"): each is an event of its own, recorded with its year once the document's own event is known,
// so that it never stands in for that one. A key an earlier rule already recorded is that event.

export const linkedEventRule: Rule = {
  name: 'linkedEventRule',
  run(ctx) {
    const known = new Set(ctx.out.events.map((e) => normalizeName(e.key)));
    for (const t of ctx.out.talks) {
      if (t.rule !== 'talkLinkFrame' || !t.event || t.event === NO_EVENT || known.has(normalizeName(t.event))) continue;
      const year = t.event.match(/\s((?:19|20)\d\d)$/)?.[1] ?? null;
      const base = year ? t.event.slice(0, -5).trim() : t.event;
      // the name without its year names the series, not this edition: no alias of it
      const edition = namedEvent(t.event, 'linkedEventRule', t.span, {
        date: year ? { startDate: year, endDate: year } : null,
      });
      ctx.event({ ...edition, series: base !== t.event ? base : null });
      known.add(normalizeName(t.event));
    }
  },
};
