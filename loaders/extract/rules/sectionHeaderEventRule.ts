import { normalizeName } from '../../../src/model/ids';
import { findDates } from '../dates';
import { findBrands, hasKindWord } from '../events';
import type { Rule } from '../harness';
import { cityIn, venueOf } from '../places';
import type { EventMention } from '../types';

// A magazine or newsletter section about an event, its header followed by a
// bracketed line with the dates, the place and the organizer:
//   特别策划：ABCC 2015 中国某某开发者大会
//   （2015年11月20日-21日，北京·某某酒店，某某网 主办）
// The event is named by its brand and year when it has one ("ABCC 2015"), and
// the talks listed under the header, up to the next unindented short heading,
// belong to it.

const HEADER = /^\s*(?:[^：:\s]{2,8}\s*[：:]\s*)?(\S.{3,48}?)\s*$/u;
const BRACKETED = /^\s*[（(](.{6,80})[)）]\s*$/u;

export const sectionHeaderEventRule: Rule = {
  name: 'sectionHeaderEventRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    if (main && main.rule !== 'eventHeaderRule:title') return;
    const { lines, lex } = ctx;
    for (let i = 0; i + 1 < lines.length; i++) {
      const h = lines[i].text.match(HEADER);
      if (!h || !hasKindWord(h[1], lex) || lex.notEventWords.some((w) => h[1].includes(w))) continue;
      const b = lines[i + 1].text.match(BRACKETED);
      if (!b) continue;
      const d = findDates(b[1], ctx.dates)[0];
      if (!d) continue;
      const parts = b[1]
        .slice(d.end)
        .split(/[，,；;]/u)
        .map((p) => p.trim())
        .filter(Boolean);
      const placePart = parts.find((p) => cityIn(p, lex));
      const city = placePart ? cityIn(placePart, lex) : null;
      const venue = placePart ? venueOf(placePart.replace(/\s*[·•]\s*/gu, ' '), city) : null;
      const organizers = parts
        .map((p) => p.match(/^(.{2,30}?)\s*(?:联合|共同)?(?:主办|承办)$/u)?.[1])
        .filter((o): o is string => !!o);
      const brand = findBrands(h[1], lex).find((x) => x.year);
      const name = brand ? `${brand.brand} ${brand.year}` : h[1];
      const span = { start: lines[i].start, end: lines[i + 1].end };
      for (const o of organizers) ctx.org(o, span, 'sectionHeaderEventRule');
      const ev: EventMention = {
        key: name,
        name,
        aliases: normalizeName(h[1]) !== normalizeName(name) ? [h[1]] : [],
        series: brand?.brand ?? null,
        startDate: d.startDate,
        endDate: d.endDate ?? d.startDate,
        city,
        venue,
        organizers,
        span,
        rule: 'sectionHeaderEventRule',
      };
      if (main) ctx.out.events = ctx.out.events.filter((e) => e !== main);
      const recorded = ctx.event(ev);
      ctx.out.mainEvent ??= recorded.key;
      if (main) ctx.out.mainEvent = recorded.key;
      // The section runs to the next unindented short heading ("人物", "技术").
      let end = lines.length;
      for (let j = i + 2; j < lines.length; j++) {
        const t = lines[j].text;
        if (/^\S/u.test(t) && t.trim().length <= 12 && !/[…。，,]/u.test(t)) {
          end = j;
          break;
        }
      }
      const from = lines[i].start;
      const to = lines[end - 1].end;
      for (const t of ctx.out.talks) if (t.span.start >= from && t.span.end <= to) t.event = recorded.key;
      return;
    }
  },
};
