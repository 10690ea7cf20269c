import enLabels from '../../lexicon/en/labels.json';
import episode from '../../lexicon/episode.json';
import crew from '../../lexicon/show-crew.json';
import zhLabels from '../../lexicon/zh/labels.json';
import type { Rule, RuleContext } from '../harness';
import { isChineseName, isLatinName } from '../names';

// A show's hosts and crew belong to the show. On the notes of an episode (its title says interview / episode /
// podcast, or it heads both guests and hosts), the people named for a part in the show are affiliated with the
// podcast the notes name (a catalog organization of type media):
//   a crew or host label        "Hosts: Jane Doe", "- 剪辑：李四", "Host:" with the name on the next line
//   a hosts section             "### 主持人" then "- 张三 开源爱好者"
//   a Credits section           "### Credits" then "Intro Music: John Roe"
//   a sentence                  "Acme FM 由 张三、Jane Doe 和 李四 主持", "Acme FM is hosted by Jane Doe"

const lower = (xs: string[]) => new Set(xs.map((w) => w.toLowerCase()));
const HOSTS = lower(episode.hostLabels);
const GUESTS = lower(episode.guestLabels);
const CREDIT_SECTIONS = lower(episode.creditSections);
const CREDITS = lower([...enLabels.credit, ...zhLabels.credit]);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const DOCUMENT_WORD = new RegExp(
  `(?:^|[^A-Za-z])(?:${alt(episode.documentWords).replace(/ /g, '\\s+')})(?![A-Za-z])`,
  'iu',
);
const HEADING = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/u;
// "- **Audio Editing**: Jane", "【主持人】张三": the label leading a line, and what follows it
const LABELED =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?[【[]?\s*([^\s:：】\]\n*][^:：】\]\n*]{0,23}?)\s*(?:\*\*)?\s*[:：】\]]\s*(?:\*\*)?\s*(.*)$/u;
const MAX_LABEL_LINE = 200;
// A label needs its separator; checking for one first keeps LABELED off lines that cannot match.
const labeled = (text: string) =>
  text.length <= MAX_LABEL_LINE && /[:：】\]]/u.test(text) ? text.match(LABELED) : null;
const JOINERS = new RegExp(alt(crew.nameJoiners), 'u');
// what follows the show's name in "Acme FM 由 张三、李四 主持" / "Acme FM is hosted by Jane Doe."
const HOSTED_BY_ZH = new RegExp(`^\\s*(?:${alt(crew.hostedByZh)})\\s*(.{2,80}?)\\s*(?:${alt(crew.hostVerbsZh)})`, 'u');
const HOSTED_BY_EN = new RegExp(`^\\s*(?:${alt(crew.hostedByEn)})\\s+(.{2,80}?)(?:[.;]|$)`, 'iu');
const word = (s: string) =>
  s
    .replace(/[:：\s*]+$/u, '')
    .trim()
    .toLowerCase();

/** The podcast the notes name most (twice, or the only one they name). */
function showOf(ctx: RuleContext): string | null {
  const counts = new Map<string, number>();
  for (const h of ctx.orgHits())
    if (h.value.type === 'media') counts.set(h.value.name, (counts.get(h.value.name) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked[0][1] >= 2 || ranked.length === 1) ? ranked[0][0] : null;
}

/** Notes of an episode: the title says so, or the notes name both guests and hosts (in headings or labels). */
function isShowNotes(ctx: RuleContext): boolean {
  if (ctx.doc.meta.title && DOCUMENT_WORD.test(ctx.doc.meta.title)) return true;
  // Labels and headings are short lines.
  const heads = ctx.lines
    .filter((l) => l.text.length <= MAX_LABEL_LINE)
    .map((l) => word(l.text.match(HEADING)?.[1] ?? labeled(l.text)?.[1] ?? ''));
  return heads.some((h) => GUESTS.has(h)) && heads.some((h) => HOSTS.has(h));
}

/** The document's people written in a stretch of text. */
function peopleIn(ctx: RuleContext, text: string): string[] {
  const has = (n: string) =>
    n.length >= 2 &&
    (/^\p{Script=Han}/u.test(n) ? text.includes(n) : new RegExp(`(?:^|[^\\w])${esc(n)}(?![\\w])`, 'u').test(text));
  return ctx.out.people.filter((p) => [p.name, ...p.aliases].some(has)).map((p) => p.name);
}

/** "张三、Jane Doe 和 李四": the names of a sentence's host list, recorded as people. */
function hostNames(ctx: RuleContext, list: string, span: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (const piece of list.split(JOINERS)) {
    const t = piece.trim();
    const known = ctx.findPerson(t);
    if (known) out.push(known.name);
    else if (isChineseName(t, ctx.lex) || isLatinName(t)) out.push(ctx.person(t, span, 'crewRule').name);
  }
  return out;
}

export const crewRule: Rule = {
  name: 'crewRule',
  run(ctx) {
    if (!isShowNotes(ctx)) return;
    const show = showOf(ctx);
    if (!show) return;
    const affiliate = (names: string[], role: string, span: { start: number; end: number }) => {
      if (names.length === 0) return;
      ctx.org(show, span, 'crewRule');
      for (const n of names) ctx.affiliation(n, show, role, span, 'crewRule');
    };
    let section = '';
    let pending: string | null = null;
    for (const l of ctx.lines) {
      const span = { start: l.start, end: l.end };
      const h = l.text.match(HEADING);
      if (h) {
        section = h[1].replace(/[:：\s*]+$/u, '').trim();
        pending = null;
        continue;
      }
      if (!l.text.trim()) continue;
      const m = labeled(l.text);
      const label = m ? m[1].trim() : '';
      const crewLabel = m && (HOSTS.has(label.toLowerCase()) || CREDITS.has(label.toLowerCase()));
      if (pending) affiliate(peopleIn(ctx, l.text), pending, span);
      pending = null;
      if (crewLabel && m) {
        if (m[2].trim()) affiliate(peopleIn(ctx, m[2]), label, span);
        else pending = label;
      } else if (HOSTS.has(section.toLowerCase()) && l.text.length <= MAX_LABEL_LINE)
        affiliate(peopleIn(ctx, l.text), section, span);
      else if (CREDIT_SECTIONS.has(section.toLowerCase()) && m && m[2].trim())
        affiliate(peopleIn(ctx, m[2]), label, span);
      // "Acme FM 由 张三、李四 主持": the sentence names the show and its hosts
      const at = l.text.indexOf(show);
      if (at < 0) continue;
      const rest = l.text.slice(at + show.length);
      const zh = rest.match(HOSTED_BY_ZH);
      const en = rest.match(HOSTED_BY_EN);
      const list = zh?.[1] ?? en?.[1];
      if (list) affiliate(hostNames(ctx, list, span), zh ? '主持人' : 'Host', span);
    }
  },
};
