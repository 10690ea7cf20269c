import { normalizeName } from '../../../src/model/ids';
import sections from '../../lexicon/sponsor-sections.json';
import type { Rule, RuleContext } from '../harness';
import { splitNameAndAliases } from '../names';

// The organizations an event page lists under a heading of their own: "## 合作伙伴", "## Sponsors",
// "## About Organizer", each item a link's text ("* [Acme](https://acme.example)"), a logo's alt text
// ("![Acme](logo.png)") or a short line ("Acme community"). Headings are data: lexicon/sponsor-sections.json.

const HEADINGS = new Set(sections.headings.map(normalizeName));
const NOT_NAMES = new Set(sections.notNames.map(normalizeName));
const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*|\*\*([^*]+)\*\*\s*[:：]?)\s*$/u;
const LINK = /(!?)\[([^\]\n]{1,80})\]\([^)\s]*\)/gu;
// An item is a name, not a sentence or a labelled line ("Blog: <http://…>").
const NOT_ITEM = /[。，,；;！？!?:：<>]|https?:\/\//u;
/** Past this many lines a section is no list of names. */
const MAX_LINES = 30;

export const sponsorSectionRule: Rule = {
  name: 'sponsorSectionRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      const h = lines[i].text.match(HEADING);
      if (!h || !HEADINGS.has(normalizeName(h[1] ?? h[2]))) continue;
      for (let j = i + 1; j < lines.length && j <= i + MAX_LINES; j++) {
        if (HEADING.test(lines[j].text)) break;
        for (const item of itemsOf(lines[j].text)) record(ctx, item.name, lines[j].start + item.at);
      }
    }
  },
};

/** The names on one line of the section: its links' and logos' texts, else the line itself when short. */
function itemsOf(line: string): { name: string; at: number }[] {
  const links = [...line.matchAll(LINK)];
  // "Twitter: [@acme](…)": a labelled line says where to find someone, it lists no one.
  if (links.length > 0 && /[:：]/u.test(line.slice(0, links[0].index))) return [];
  if (links.length > 0)
    return links
      .map((m) => ({ name: m[2].trim(), at: (m.index ?? 0) + m[1].length + 1 }))
      .filter((x) => !/\.(?:png|jpe?g|gif|svg|webp)$/iu.test(x.name));
  const text = line.replace(/^\s*(?:[-*+]|\d+[.)、])\s+/u, '').trim();
  if (!text || text.length > 40 || NOT_ITEM.test(text)) return [];
  return [{ name: text, at: line.indexOf(text) }];
}

function record(ctx: RuleContext, name: string, at: number): void {
  const k = normalizeName(name);
  if (name.length < 2 || NOT_NAMES.has(k) || /^\d+$/u.test(k) || /^[@#]/u.test(name)) return;
  // A person ("Jane Doe", "韩梅梅") listed among organizers is not an organization; a known one is.
  if (!ctx.kn.orgKeys.has(k) && (ctx.findPerson(name) || splitNameAndAliases(name, ctx.lex))) return;
  ctx.org(name, { start: at, end: at + name.length }, 'sponsorSectionRule');
}
