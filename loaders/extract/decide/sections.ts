import { normalizeName } from '../../../src/model/ids';
import { findDates } from '../dates';
import { hasKindWord } from '../events';
import { editionSections, seriesSections } from '../frames/sections';
import type { FrameEnv } from '../frames/types';
import type { RuleContext } from '../harness';
import { cityIn } from '../places';

// A series page (several editions, one dated heading each) holds several events:
// each dated section becomes its own event of the series, and every talk read
// inside it (by a frame or an earlier rule) belongs to it.

export function assignSeriesSections(ctx: RuleContext, env: FrameEnv): void {
  assignDatedSections(ctx, env);
  assignEditionSections(ctx, env);
}

function assignDatedSections(ctx: RuleContext, env: FrameEnv): void {
  const sections = seriesSections(env.blocks, ctx.dates);
  if (sections.length < 2) return;
  const spans = sections.map((s) => ({
    start: env.blocks[s.heading].start,
    end: env.blocks[Math.max(s.heading, s.to - 1)].end,
  }));
  const inSection = (n: number) =>
    ctx.out.talks.filter((t) => t.span.start >= spans[n].start && t.span.end <= spans[n].end);
  // a page whose dated headings hold no talks at all is a changelog or a news list, not a series
  if (sections.filter((_, n) => inSection(n).length > 0).length < 2) return;
  // an earlier reading of "### March 4 2021 - Venue" as title and speaker: the heading names an edition
  const headings = sections.map((s) => env.blocks[s.heading]);
  const onHeading = (sp: { start: number; end: number }) =>
    headings.some((h) => sp.start >= h.start && sp.end <= h.end);
  const dropped = ctx.out.talks.filter((t) => onHeading(t.span));
  if (dropped.length > 0) {
    ctx.out.talks = ctx.out.talks.filter((t) => !dropped.includes(t));
    const speaking = new Set(ctx.out.talks.flatMap((t) => t.speakers));
    ctx.out.people = ctx.out.people.filter((p) => speaking.has(p.name) || !onHeading(p.span));
  }
  const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
  const series = main?.series ?? null;
  sections.forEach((s, n) => {
    const city = s.rest ? cityIn(s.rest, ctx.lex) : null;
    const name = series && !normalizeName(s.label).includes(normalizeName(series)) ? `${series} ${s.label}` : s.label;
    const recorded = ctx.event({
      key: name,
      name,
      aliases: s.text !== name ? [s.text] : [],
      series,
      startDate: s.date.startDate,
      endDate: s.date.endDate ?? s.date.startDate,
      city,
      venue: s.rest && s.rest !== city ? s.rest : null,
      organizers: [...(main?.organizers ?? [])],
      span: { start: spans[n].start, end: env.blocks[s.heading].end },
      rule: 'seriesSections',
    });
    for (const t of inSection(n)) t.event = recorded.key;
  });
}

// A page listing numbered editions ("《Sample 夜谈》第28期", "## 第十三期" under "# Sample 线上沙龙") or dated
// gatherings ("## 2031.08.08 杭州线下 Meetup"): each is its own event, dated by its heading or the first date
// in its section, and the talks read inside it belong to it. An edition counts when its series names a kind
// of event (沙龙, Meetup) or its section is dated and holds a talk (a list of podcast episodes is neither).
function assignEditionSections(ctx: RuleContext, env: FrameEnv): void {
  const sections = editionSections(env.blocks, ctx.lex, ctx.dates);
  if (sections.length < 2) return;
  const { blocks } = env;
  const read = sections.map((s) => {
    const span = { start: blocks[s.heading].start, end: blocks[Math.max(s.heading, s.to - 1)].end };
    const talks = ctx.out.talks.filter((t) => t.span.start >= span.start && t.span.end <= span.end);
    const head = blocks.slice(s.heading + 1, Math.min(s.to, s.heading + 5));
    const date = s.date ?? head.map((b) => findDates(b.text, ctx.dates)[0]).find(Boolean) ?? null;
    return { s, span, talks, date };
  });
  const kept = read.filter((r) => hasKindWord(r.s.name, ctx.lex) || (r.date && r.talks.length > 0));
  if (kept.length < 2) return;
  for (const r of kept) {
    const series = r.s.number ? r.s.name.slice(0, -r.s.number.replace(/\s+/g, '').length).trim() : null;
    const recorded = ctx.event({
      key: r.s.name,
      name: r.s.name,
      aliases: [],
      series,
      startDate: r.date?.startDate ?? null,
      endDate: r.date ? (r.date.endDate ?? r.date.startDate) : null,
      city: cityIn(r.s.name, ctx.lex),
      venue: null,
      organizers: [],
      span: { start: r.span.start, end: blocks[r.s.heading].end },
      rule: 'editionSections',
    });
    for (const t of r.talks) t.event = recorded.key;
  }
}
