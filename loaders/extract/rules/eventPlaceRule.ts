import { normalizeName } from '../../../src/model/ids';
import type { Lexicon } from '../../lexicon';
import { type DateHit, findDates } from '../dates';
import { headerDateLine } from '../eventParts';
import type { Rule, RuleContext } from '../harness';
import { cityIn, cityInLanguage, englishCityIn, isEnglishText, venueOf } from '../places';
import { type DayAnchor, dayAnchor, relativeDates } from '../recognize/dateRelative';
import { escapeRe, labeledLine, sentences } from '../text';
import type { EventMention } from '../types';

// Where and when, for events the rules named without a city or a date:
//   front matter of an event page   start: 2031-05-06 / address: 某市某区某路 1 号
//   every 地点 / 地址 / Venue line     (the first that names a city, not only the first)
//   a sentence that says it was held  于 5 月 6 日在某市圆满收官 · the community gathered in London
//   the event's own name              Acme Meetup Beijing · 某某大会 @厦门
//   the one city the document names   (named twice or more, no other city named)
// A year in the name is the date when the text gives nothing finer ("Velocity China 2013").
// Every city is then written in the document's language: Beijing on an English page.

export const eventPlaceRule: Rule = {
  name: 'eventPlaceRule',
  run(ctx) {
    const events = ctx.out.events;
    if (events.length === 0) return;
    const { lex } = ctx;
    const english = isEnglishText(ctx.text, ctx.doc.bodyStart);
    const main = events.find((e) => e.key === ctx.out.mainEvent) ?? (events.length === 1 ? events[0] : null);
    if (main) {
      const fm = frontMatterFacts(ctx);
      if (!main.city && fm.place) {
        main.city = cityIn(fm.place, lex);
        if (main.city) main.venue ??= venueOf(fm.place, main.city);
      }
      if (!main.startDate && fm.date) {
        main.startDate = fm.date;
        main.endDate ??= fm.date;
      }
      // "2031" or "2031-09" when a time line or the page's summary gives the day
      if (!main.startDate || main.startDate.length < 10) {
        const finer = finerDate(ctx, fm.summary, main.startDate ?? yearIn(main.name));
        if (finer) {
          main.startDate = finer.startDate;
          main.endDate = finer.endDate ?? finer.startDate;
        }
      }
      // an undated "August 21st" takes the year of the edition's name, else of the page
      const nameYear = yearIn(main.name);
      const held = heldSentence(ctx, nameYear ? +nameYear : ctx.dates.year);
      main.city ??= nameCity(main, lex) ?? placeLineCity(ctx) ?? held?.city ?? titleLineCity(ctx, main) ?? null;
      if (!main.startDate && held?.date) {
        main.startDate = held.date.startDate;
        main.endDate = held.date.endDate ?? held.date.startDate;
      }
      // "上周日下午，某某活动在…举行", "Last November … got together": a recap dates its event from its own date
      if (!main.startDate || main.startDate.length < 10) {
        const rel = relativeEventDate(ctx, main, main.startDate ?? nameYear);
        if (rel) {
          main.startDate = rel;
          main.endDate = rel;
        }
      }
      // the page's own "Date:" header line, when nothing else dates the event
      const own = main.startDate ? null : headerDateLine(ctx);
      if (own) {
        main.startDate = own.date.startDate;
        main.endDate = own.date.endDate ?? own.date.startDate;
      }
    }
    const only = onlyCity(ctx);
    for (const e of events) {
      e.city ??= nameCity(e, lex) ?? only;
      if (e.city) e.city = cityInLanguage(e.city, english, lex);
      if (!e.startDate) {
        const year = yearIn(e.name);
        if (year) {
          e.startDate = year;
          e.endDate ??= year;
        }
      }
    }
    // an undated event the page reports on took place in the year the page was written
    const pageYear = ctx.doc.meta.date?.match(/^(?:19|20)\d\d/)?.[0];
    if (main && !main.startDate && pageYear) {
      main.startDate = pageYear;
      main.endDate ??= pageYear;
    }
  },
};

/** The first relative date ("上周日", "last week") in a sentence near the top that speaks of the event. */
function relativeEventDate(ctx: RuleContext, main: EventMention, known: string | null): string | null {
  const anchor = pageDay(ctx);
  if (!anchor) return null;
  const { lex } = ctx;
  const keys = [main.name, main.series, ...main.aliases]
    .map((n) => normalizeName(n ?? ''))
    .filter((k) => k.length >= 3)
    .map((k) => k.slice(0, 8));
  const top = Math.min(ctx.text.length, ctx.doc.bodyStart + 4000);
  for (const s of sentences(ctx.text, ctx.doc.bodyStart, top, 2000)) {
    for (const h of relativeDates(s.text, anchor)) {
      if (known && !h.startDate.startsWith(known)) continue;
      // the sentence's own time ("上周日下午，…", "Last November …", "… last week."), not a clause's ("同事昨天就到了")
      const lead =
        s.text
          .slice(0, h.start)
          .split(/[，,；;：:.]/u)
          .pop() ?? '';
      const tail = s.text.slice(h.end).split(/[，,；;。.!?]/u)[0];
      if (!/^[\s*_>#[-]*$/u.test(lead) && !/^\s*$/u.test(tail)) continue;
      // the English sentence around it (a paragraph is one line)
      const from = s.text.lastIndexOf('. ', h.start) + 1;
      const to = s.text.indexOf('. ', h.end);
      const clause = s.text.slice(from, to < 0 ? s.text.length : to);
      const k = normalizeName(clause);
      const lower = clause.toLowerCase();
      const speaksOfIt =
        keys.some((n) => k.includes(n)) ||
        lex.heldVerbs.some((v) => clause.includes(v)) ||
        lex.enEventWords.some((w) => new RegExp(`\\b${escapeRe(w)}\\b`).test(lower));
      if (speaksOfIt) return h.startDate;
    }
  }
  return null;
}

/** The day the page was written: its date, its header block's "Date:" line, or a full date on its first lines. */
function pageDay(ctx: RuleContext): DayAnchor | null {
  const meta = dayAnchor(ctx.doc.meta.date);
  if (meta) return meta;
  const own = headerDateLine(ctx);
  if (own) return dayAnchor(own.date.startDate);
  const first = ctx.lines.filter((l) => l.text.trim()).slice(0, 3);
  for (const l of first) {
    const d = findDates(l.text, ctx.dates).find((x) => x.yearWritten && x.startDate.length === 10);
    if (d && l.text.trim().length <= 40) return dayAnchor(d.startDate);
  }
  return null;
}

const yearIn = (s: string) => s.match(/(?<!\d)(?:19|20)\d\d(?!\d)/)?.[0] ?? null;

/** A full date, within the precision already known, from a time line or the page's summary. */
function finerDate(ctx: RuleContext, summary: string | null, known: string | null): DateHit | null {
  const fits = (d: DateHit) => d.startDate.length === 10 && (!known || d.startDate.startsWith(known));
  const own = headerDateLine(ctx)?.line;
  for (const line of ctx.lines) {
    if (line === own) continue;
    const l = labeledLine(line, ctx.lex.timeLabels);
    const d = l ? findDates(l.value, ctx.dates).find(fits) : undefined;
    if (d) return d;
  }
  // "XDC2031——某某大会于2031年3月17日至19日在某市举行": a summary in the front matter
  return summary ? (findDates(summary, ctx.dates).find((d) => d.yearWritten && fits(d)) ?? null) : null;
}

function frontMatterFacts(ctx: RuleContext): { place: string | null; date: string | null; summary: string | null } {
  const fm = ctx.doc.frontMatter;
  if (!fm) return { place: null, date: null, summary: null };
  const lower = new Map(Object.entries(fm).map(([k, v]) => [k.toLowerCase(), v]));
  let place: string | null = null;
  for (const k of ctx.lex.frontMatterPlaceKeys) {
    const v = lower.get(k);
    if (typeof v === 'string' && v.trim()) {
      place = v.trim();
      break;
    }
  }
  let date: string | null = null;
  for (const k of ctx.lex.frontMatterDateKeys) {
    const v = lower.get(k);
    if (v instanceof Date && !Number.isNaN(v.getTime())) date = v.toISOString().slice(0, 10);
    else if (typeof v === 'string') date = findDates(v, ctx.dates)[0]?.startDate ?? null;
    if (date) break;
  }
  let summary: string | null = null;
  for (const k of ctx.lex.frontMatterSummaryKeys) {
    const v = lower.get(k);
    if (typeof v === 'string' && v.trim()) {
      summary = v.trim();
      break;
    }
  }
  return { place, date, summary };
}

/** The first 地点 / 地址 / Venue line of the page that names a city. */
function placeLineCity(ctx: RuleContext): string | null {
  for (const line of ctx.lines) {
    const l = labeledLine(line, ctx.lex.placeLabels);
    const c = l ? cityIn(l.value, ctx.lex) : null;
    if (c) return c;
  }
  return null;
}

/** "于 5 月 6 日在某市圆满收官", "the community gathered in London": a sentence near the top saying where (and when). */
function heldSentence(ctx: RuleContext, year: number | null): { city: string; date: DateHit | null } | null {
  const { lex } = ctx;
  const top = Math.min(ctx.text.length, ctx.doc.bodyStart + 4000);
  const found = (city: string, s: { start: number; end: number }) => ({
    city,
    date: findDates(ctx.text, { year, month: ctx.dates.month }, s.start, s.end)[0] ?? null,
  });
  for (const s of sentences(ctx.text, ctx.doc.bodyStart, top)) {
    for (const v of lex.heldVerbs) {
      const at = s.text.indexOf(v);
      if (at < 0) continue;
      const before = s.text.slice(Math.max(0, at - 30), at);
      const zai = before.lastIndexOf('在');
      const c = zai >= 0 ? cityIn(before.slice(zai + 1), lex) : null;
      if (c) return found(c, s);
    }
    const lower = s.text.toLowerCase();
    if (!lex.enEventWords.some((w) => lower.includes(w))) continue;
    for (const m of s.text.matchAll(/\b(?:in|to|at)\s+([A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2})/g)) {
      const en = englishCityIn(m[1], lex);
      if (en && m[1].startsWith(en)) return found(en, s);
    }
  }
  return null;
}

/** "聊聊某城，聊聊SampleConf", "SampleConf 2031 in Someplace": a short line naming the event and one city. */
function titleLineCity(ctx: RuleContext, e: EventMention): string | null {
  const keys = [e.series, e.name, ...e.aliases].map((n) => normalizeName(n ?? '')).filter((k) => k.length >= 4);
  if (keys.length === 0) return null;
  const top = ctx.doc.bodyStart + 4000;
  for (const l of ctx.lines) {
    if (l.start > top) break;
    const t = l.text.trim();
    if (t.length < 4 || t.length > 60) continue;
    const k = normalizeName(t);
    if (!keys.some((n) => k.includes(n))) continue;
    const c = cityIn(t, ctx.lex) ?? englishCityIn(t, ctx.lex);
    if (c) return c;
  }
  return null;
}

/** A city the event's name or its aliases carry: "Acme Meetup Beijing", "某某大会 @厦门". */
function nameCity(e: EventMention, lex: Lexicon): string | null {
  for (const n of [e.name, ...e.aliases]) {
    const c = cityIn(n, lex) ?? englishCityIn(n, lex);
    if (c) return c;
  }
  return null;
}

let cityRe: { lex: Lexicon; re: RegExp } | null = null;

/** The one city the body names (twice or more) when it names no other. */
function onlyCity(ctx: RuleContext): string | null {
  const { lex } = ctx;
  if (cityRe?.lex !== lex) {
    // namesakes first, so that 中山大学 is read whole and counts for no city
    const words = [...[...lex.cityNamesakes.values()].flat(), ...lex.cities].sort((a, b) => b.length - a.length);
    cityRe = { lex, re: new RegExp(words.map(escapeRe).join('|'), 'gu') };
  }
  const counts = new Map<string, number>();
  const body = ctx.text.slice(ctx.doc.bodyStart);
  const cities = new Set(lex.cities);
  for (const m of body.matchAll(cityRe.re)) if (cities.has(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  for (const m of body.matchAll(/[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2}/g)) {
    const en = englishCityIn(m[0], lex);
    const zh = en ? lex.englishCities.get(en.toLowerCase()) : null;
    if (zh) counts.set(zh, (counts.get(zh) ?? 0) + 1);
  }
  if (counts.size !== 1) return null;
  const [[city, n]] = [...counts.entries()];
  return n >= 2 ? city : null;
}
