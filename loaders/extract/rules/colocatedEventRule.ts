import { normalizeName } from '../../../src/model/ids';
import type { Lexicon } from '../../lexicon';
import mentions from '../../lexicon/event-mentions.json';
import { findDates } from '../dates';
import { namedEvent } from '../eventParts';
import type { Rule, RuleContext } from '../harness';
import { escapeRe } from '../text';

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

// Events a page names as where someone spoke, each an event of its own:
//   I've been to Nashville once before when I spoke at SampleConf 2031.
//   [Jane's talk at Sample Conference: Some title (2031)](…)   keynoting at Widget Summit
// The name is a run of capitalized words ending in a kind word (Conference, Summit, Forum, …) or a brand
// (…Con, …Conf), or any capitalized name with its year; a year later on the line ("(2031)") completes it.

let spokeAt: { lex: Lexicon; re: RegExp; kinds: Set<string> } | null = null;

/** Runs after the page's own event is known (titleEventRule), so that these never stand in for it. */
export const spokeAtEventRule: Rule = {
  name: 'spokeAtEventRule',
  run: (ctx) => spokeAtEvents(ctx),
};

function spokeAtEvents(ctx: RuleContext): void {
  if (spokeAt?.lex !== ctx.lex) {
    const verbs = [...mentions.enSpokeAt]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|');
    spokeAt = {
      lex: ctx.lex,
      re: new RegExp(
        `\\b(?:${verbs})\\b[^.\\n]{0,40}?\\bat\\s+((?:[A-Z][\\w’'-]*\\s+){0,3}[A-Z][\\w’'-]*)(?:\\s+((?:19|20)\\d\\d)(?!\\d))?`,
        'g',
      ),
      kinds: new Set(ctx.lex.eventKindWords.filter((w) => /^[A-Za-z]+$/.test(w)).map((w) => w.toLowerCase())),
    };
  }
  const { re, kinds } = spokeAt;
  const own = ctx.out.events
    .flatMap((e) => [e.series, e.name])
    .map((n) => normalizeName(n ?? ''))
    .filter(Boolean);
  for (const line of ctx.lines) {
    if (!/\bat\s+[A-Z]/.test(line.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      const base = m[1].replace(/[’']s\b/g, '').trim();
      const last = base.split(/\s+/).pop() ?? '';
      const brand = /^[A-Z][A-Za-z]*?(?:Con|Conf|Summit|Fest)$/.test(last) && last.length > 5;
      const later = line.text.slice(m.index + m[0].length).match(/\(((?:19|20)\d\d)\)/);
      const year = m[2] ?? later?.[1] ?? null;
      if (!kinds.has(last.toLowerCase()) && !brand && !m[2]) continue;
      if (base.split(/\s+/).length < 2 && !brand && !m[2]) continue;
      const name = year ? `${base} ${year}` : base;
      const k = normalizeName(name);
      if (own.some((o) => o.startsWith(k) || k.startsWith(o))) continue;
      const at = line.start + m.index;
      ctx.event(
        namedEvent(
          name,
          'colocatedEventRule:spokeAt',
          { start: at, end: at + m[0].length },
          {
            date: year ? { startDate: year, endDate: year } : null,
            aliases: name !== base ? [base] : [],
          },
        ),
      );
    }
  }
}
