import { normalizeName } from '../../../src/model/ids';
import { findDates } from '../dates';
import type { Rule } from '../harness';
import { cityIn } from '../places';
import type { EventMention } from '../types';

// Pages that cover several editions, one section each:
//   ## 杭州站（10 月 12 日）   ## 上海站 · 2019 年 11 月 2 日
// With two or more such headings (each naming a city), every section is its own
// event of the series, and the talks under it belong to it.

const HEADING = /^(#{1,4})\s*(.+?)\s*$/u;

export const sectionEventRule: Rule = {
  name: 'sectionEventRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    const sections: { level: number; line: number; city: string; text: string }[] = [];
    ctx.lines.forEach((l, i) => {
      const h = l.text.match(HEADING);
      if (!h) return;
      const city = cityIn(h[2], ctx.lex);
      if (city && /站|场|分会场|Meetup|沙龙|大会/u.test(h[2]) && h[2].length <= 40)
        sections.push({ level: h[1].length, line: i, city, text: h[2] });
    });
    const cities = new Set(sections.map((s) => s.city));
    if (sections.length < 2 || cities.size < 2) return;
    sections.forEach((s, n) => {
      const endLine = sections[n + 1]?.line ?? ctx.lines.length;
      const start = ctx.lines[s.line].start;
      const end = ctx.lines[endLine - 1].end;
      const d = findDates(s.text, ctx.dates)[0] ?? findDates(ctx.text, ctx.dates, start, Math.min(end, start + 300))[0];
      const base = main?.series ?? main?.name ?? '';
      const label = s.text
        .replace(/[（(].*?[)）]/gu, '')
        .replace(/[·\-|｜].*$/u, '')
        .trim();
      const name = base && !normalizeName(label).includes(normalizeName(base)) ? `${base} ${label}` : label;
      const ev: EventMention = {
        key: name,
        name,
        aliases: [s.text],
        series: main?.series ?? null,
        startDate: d?.startDate ?? null,
        endDate: d?.endDate ?? d?.startDate ?? null,
        city: s.city,
        venue: null,
        organizers: [...(main?.organizers ?? [])],
        span: { start, end: ctx.lines[s.line].end },
        rule: 'sectionEventRule',
      };
      const recorded = ctx.event(ev);
      for (const t of ctx.out.talks) if (t.span.start >= start && t.span.end <= end) t.event = recorded.key;
    });
    // The series page itself is no event once its sections took every talk and it has no date of its own.
    const sectionDates = new Set(ctx.out.events.filter((e) => e !== main).map((e) => e.startDate));
    const ownDate = main?.startDate && !sectionDates.has(main.startDate);
    if (main && !ownDate && !ctx.out.talks.some((t) => t.event === null || t.event === main.key)) {
      ctx.out.events = ctx.out.events.filter((e) => e !== main);
      ctx.out.mainEvent = ctx.out.events[0]?.key ?? null;
    }
  },
};
