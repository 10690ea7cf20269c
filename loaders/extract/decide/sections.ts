import { normalizeName } from '../../../src/model/ids';
import { seriesSections } from '../frames/sections';
import type { FrameEnv } from '../frames/types';
import type { RuleContext } from '../harness';
import { cityIn } from '../places';

// A series page (several editions, one dated heading each) holds several events:
// each dated section becomes its own event of the series, and every talk read
// inside it (by a frame or an earlier rule) belongs to it.

export function assignSeriesSections(ctx: RuleContext, env: FrameEnv): void {
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
