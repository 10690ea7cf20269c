import { findDates } from '../dates';
import { namedEvent, stripTitle } from '../eventParts';
import { hasKindWord } from '../events';
import type { Rule, RuleContext } from '../harness';
import { cityIn, venueOf } from '../places';
import { sentences } from '../text';
import type { EventMention, Span } from '../types';

// The event a recap or an interview names only in its prose, when no title,
// theme line or announcement named one:
//   由甲社区和乙社区联合主办的“某某技术沙龙”在杭州某园区顺利举行
//   在即将于 7 月 23-24 日召开的 SomeSummit 全球架构师峰会（深圳站）2023 上
// The quoted name is kept as written; a brand with its station and year
// becomes "Brand City Year", the way the field names an edition.

const HELD = /^[^，,。；;\n]{0,24}?(?:举行|举办|召开|开幕|落幕|拉开帷幕|圆满结束)/u;
const HELD_BEFORE = /(?:主办|举办|承办|召开|举行)的\s*$/u;
// "SomeSummit 全球架构师峰会（深圳站）2023", "SomeCon 2023（上海站）"
const BRANDED =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+)?)\s*(?:\p{Script=Han}{0,12}?(?:大会|峰会|论坛|技术节|年会))?\s*(?:((?:19|20)\d\d)\s*)?(?:[（(]\s*(\p{Script=Han}{2,3}?)(?:站|场)?\s*[)）]|(\p{Script=Han}{2,3}?)站)\s*(?:((?:19|20)\d\d)(?!\d))?/gu;
// "在 SomeSummit 深圳 2023 上", "在即将召开的 SomeCon 2023 大会上": brand, city and year, no station.
const BRAND_YEAR =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+)?)\s*(\p{Script=Han}{2,3}?)?\s*((?:19|20)\d\d)(?!\d)\s*(?:\p{Script=Han}{0,12}?(?:大会|峰会|论坛|技术节|年会))?\s*(?:上(?![半午班])|期间|现场)/gu;

export const proseEventRule: Rule = {
  name: 'proseEventRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    if (main && main.rule !== 'eventHeaderRule:title') return;
    const found = quotedEvent(ctx) ?? brandedEvent(ctx) ?? unquotedEvent(ctx) ?? labelledHeadline(ctx);
    if (!found) return;
    if (main) ctx.out.events = ctx.out.events.filter((e) => e !== main);
    const ev = ctx.event(found);
    ctx.out.mainEvent = ev.key;
  },
};

function sentenceAt(ctx: RuleContext, pos: number) {
  return sentences(ctx.text, ctx.doc.bodyStart).find((s) => s.start <= pos && pos < s.end) ?? null;
}

function quotedEvent(ctx: RuleContext): EventMention | null {
  const re = /[“"「]([^“”"「」\n]{4,40})[”"」]/gu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const name = m[1].trim();
    if (!hasKindWord(name, ctx.lex) || ctx.lex.notEventWords.some((w) => name.includes(w))) continue;
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 40);
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const held = after.match(HELD);
    if (!held && !HELD_BEFORE.test(before)) continue;
    const s = sentenceAt(ctx, m.index);
    const span: Span = s ? { start: s.start, end: s.end } : { start: m.index, end };
    const sentence = s?.text ?? m[0];
    const d = findDates(ctx.text, ctx.dates, span.start, span.end)[0];
    const station = name.match(/(\p{Script=Han}{2,3})站/u);
    const city = (station ? cityIn(station[1], ctx.lex) : null) ?? cityIn(name, ctx.lex);
    const where = held
      ? held[0].match(/在\s*([^\s，,。在]{2,30}?)\s*(?:顺利|成功地?|隆重|盛大)?(?:举行|举办|召开)/u)
      : null;
    const whereCity = where ? cityIn(where[1], ctx.lex) : null;
    const venue =
      where && (whereCity || ctx.lex.venueWords.some((w) => where[1].includes(w)))
        ? venueOf(where[1], city ?? whereCity)
        : null;
    return namedEvent(name, 'proseEventRule', span, {
      date: d,
      city: city ?? whereCity,
      venue,
      organizers: organizersIn(ctx, sentence, span),
    });
  }
  return null;
}

function brandedEvent(ctx: RuleContext): EventMention | null {
  const head = ctx.text.slice(ctx.doc.bodyStart, ctx.doc.bodyStart + 2000);
  const hits: { at: number; text: string; brand: string; city: string | null; year: string | null }[] = [];
  for (const m of head.matchAll(BRANDED)) {
    const city = cityIn(m[3] ?? m[4] ?? '', ctx.lex);
    if (city) hits.push({ at: m.index ?? 0, text: m[0], brand: m[1], city, year: m[2] ?? m[5] ?? null });
  }
  for (const m of head.matchAll(BRAND_YEAR)) {
    const city = m[2] ? cityIn(m[2], ctx.lex) : null;
    if (m[2] && !city) continue;
    if (ctx.lex.notEventWords.some((w) => m[0].includes(w))) continue;
    hits.push({ at: m.index ?? 0, text: m[0].replace(/\s*(?:上|期间|现场)$/u, ''), brand: m[1], city, year: m[3] });
  }
  hits.sort((a, b) => a.at - b.at);
  for (const m of hits) {
    const city = m.city;
    const at = ctx.doc.bodyStart + m.at;
    const s = sentenceAt(ctx, at);
    const span: Span = s ? { start: s.start, end: s.end } : { start: at, end: at + m.text.length };
    // Only an event the sentence says takes place or has talks: "召开的 … 上", "… 将于 … 举行", "… 上的演讲".
    if (!s || !/召开|举办|举行|开幕|将于|即将|演讲|发表|分享/u.test(s.text)) continue;
    const d = findDates(ctx.text, ctx.dates, span.start, span.end)[0];
    const year = m.year ?? d?.startDate.slice(0, 4) ?? (ctx.dates.year ? String(ctx.dates.year) : null);
    const brand = m.brand;
    const name = [brand, city, year].filter(Boolean).join(' ');
    return {
      key: name,
      name,
      aliases: m.text.trim() !== name ? [m.text.trim()] : [],
      series: brand,
      startDate: d?.startDate ?? null,
      endDate: d?.endDate ?? d?.startDate ?? null,
      city,
      venue: null,
      organizers: [],
      span,
      rule: 'proseEventRule',
    };
  }
  return null;
}

/** "由甲社区和乙社区联合主办的…": the organizers a sentence names. */
function organizersIn(ctx: RuleContext, sentence: string, span: Span): string[] {
  const m = sentence.match(/由\s*([^，,。；;\n]{2,60}?)\s*(?:共同|联合)?(?:主办|举办|发起)/u);
  if (!m) return [];
  const out: string[] = [];
  for (const part of m[1].split(/\s*(?:和|与|及|、|以及|&)\s*/u)) {
    const o = part.trim();
    if (o.length < 2 || o.length > 30) continue;
    ctx.org(o, span, 'proseEventRule');
    out.push(o);
  }
  return out;
}

/** A WeChat-style headline under the account line: "活动回顾 | 某某技术沙龙·杭州站". */
function labelledHeadline(ctx: RuleContext): EventMention | null {
  const lines = ctx.lines.filter((l) => l.text.trim()).slice(0, 8);
  for (const l of lines) {
    const m = l.text.match(
      /^\s*(?:活动回顾|活动预告|会议回顾|大会回顾|精彩回顾|现场回顾|回顾|预告|报名|议程公布|活动报名)\s*[|｜丨:：]\s*(.{4,60}?)\s*$/u,
    );
    if (!m) continue;
    const name = stripTitle(ctx, m[1]).split(/\s*[|｜丨]\s*/u)[0];
    if (name.length < 4 || !hasKindWord(name, ctx.lex) || ctx.lex.notEventWords.some((w) => name.includes(w))) continue;
    const station = name.match(/(\p{Script=Han}{2,3})站/u);
    const city = (station ? cityIn(station[1], ctx.lex) : null) ?? cityIn(name, ctx.lex);
    const d = findDates(ctx.text, ctx.dates, l.end, Math.min(ctx.text.length, l.end + 600))[0];
    return namedEvent(name, 'proseEventRule', { start: l.start, end: l.end }, { date: d, city });
  }
  return null;
}

// "…，由某某社区主办的第三届某某开发者大会在北京国家会议中心隆重举行": the name without quotes,
// ending with a kind word, as the subject of 在…举行.
const UNQUOTED =
  /(?:^|[，,。\n])\s*(?:由[^，,。\n]{2,40}?主办的\s*)?([^，,。；;\n“”《》]{4,40}?(?:大会|峰会|论坛|沙龙|技术节|开发者日|Meetup|Conference|Summit)(?:\s*[·・-]?\s*\p{Script=Han}{2,3}站)?)\s*(?:[（(][^）)\n]{2,20}[)）])?\s*(?:于[^，,。在\n]{2,24})?\s*在\s*([^，,。\n]{2,30}?)\s*(?:隆重|顺利|成功|盛大)?(?:地)?(?:举行|举办|召开|开幕)/u;

function unquotedEvent(ctx: RuleContext): EventMention | null {
  for (const s of sentences(ctx.text, ctx.doc.bodyStart).slice(0, 40)) {
    const m = s.text.match(UNQUOTED);
    if (!m) continue;
    const name = m[1].replace(/^(?:本次|本届|这次|此次|今年的?|\d{4}\s*年?)\s*/u, '').trim();
    if (name.length < 4 || ctx.lex.notEventWords.some((w) => name.includes(w))) continue;
    const span: Span = { start: s.start, end: s.end };
    const d = findDates(ctx.text, ctx.dates, s.start, s.end)[0];
    const station = name.match(/(\p{Script=Han}{2,3})站/u);
    const whereCity = cityIn(m[2], ctx.lex);
    const city = (station ? cityIn(station[1], ctx.lex) : null) ?? whereCity ?? cityIn(name, ctx.lex);
    const isPlace = whereCity || ctx.lex.venueWords.some((w) => m[2].includes(w));
    return namedEvent(name, 'proseEventRule', span, {
      date: d,
      city: isPlace ? city : station ? city : null,
      venue: isPlace ? venueOf(m[2], city) : null,
      organizers: organizersIn(ctx, s.text, span),
    });
  }
  return null;
}
