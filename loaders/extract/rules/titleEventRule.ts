import type { Lexicon } from '../../lexicon';
import eventWords from '../../lexicon/event-words.json';
import { findDates } from '../dates';
import { stripTitle } from '../eventParts';
import type { Rule } from '../harness';
import { partNamedAsEvent } from './titleEventPart';

// A programme whose event is named only in the document's title:
//   title: FooConf 2031            (then a list of talks)
//   title: 2031.5.6 某市开源软件日活动总结
//   title: Barfest: widgets in the sun
// When the rules read two or more talks and no event, the title's head (before
// its first colon or bar, without dates and recap words; or the later part the
// body calls a conference, titleEventPart.ts) names the event; a name
// without a year takes the year the document was published in.

export const titleEventRule: Rule = {
  name: 'titleEventRule',
  run(ctx) {
    if (ctx.out.events.length > 0 || ctx.out.talks.length < 2) return;
    const title = ctx.doc.meta.title?.trim() ?? '';
    // "专访某某：…" heads an interview, which is no event.
    if (/^(?:独家)?(?:专访|访谈|对话|人物)/u.test(title) || /\binterview\b/i.test(title)) return;
    // "文章索引", "Contents": a digest's index of articles, no event
    if (CONTENTS.has(title.replace(/[\s:：]+$/u, '').toLowerCase())) return;
    const cleaned = stripTitle(ctx, title);
    const parts = cleaned.split(/\s*[:：|｜]\s*/u);
    const body = ctx.text.slice(ctx.doc.bodyStart);
    let head = (parts.length > 1 && partNamedAsEvent(parts.slice(1), body, ctx.lex.eventKindWords)) || parts[0].trim();
    // a name: a run of four Han characters or a capitalized Latin word, not a bare date or count
    if (head.length < 3 || head.length > 40 || !/\p{Script=Han}{4}|[A-Z][A-Za-z0-9]{2}/u.test(head)) {
      // "2017-talks" under a file named gophercon-2017-schedule.md: the file names the edition
      const fromFile = fileNameEvent(ctx.doc.path, ctx.lex);
      if (!fromFile) return;
      head = fromFile;
    }
    // the talks' own title is no event name
    if (ctx.out.talks.some((t) => t.title === head)) return;
    const year = /(?<!\d)(?:19|20)\d\d(?!\d)/.test(head) ? null : ctx.dates.year;
    const name = year ? `${head} ${year}` : head;
    // a date the title gives (2031.5.6 某市开源软件日活动总结) is the event's
    const date = findDates(title, ctx.dates)[0];
    const at = ctx.text.indexOf(title);
    const span = at >= 0 ? { start: at, end: at + title.length } : { start: ctx.doc.bodyStart, end: ctx.doc.bodyStart };
    ctx.event({
      key: name,
      name,
      aliases: name !== head ? [head] : [],
      series: null,
      startDate: date?.startDate ?? null,
      endDate: date?.endDate ?? date?.startDate ?? null,
      city: null,
      venue: null,
      organizers: [],
      span,
      rule: 'titleEventRule',
    });
    ctx.out.mainEvent = name;
  },
};

/**
 * "gophercon-2017-schedule.md", "012_rustfest-2031-talks.md": a brand (a word ending in a Latin kind word:
 * …con, …conf, …fest, …summit) and a year in the file's name, written as a brand ("GopherCon 2017").
 */
export function fileNameEvent(path: string, lex: Lexicon): string | null {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]+$/, '').replace(/^\d{1,4}_/, '');
  const words = base.split(/[-_.\s]+/).filter(Boolean);
  const kinds = lex.eventKindWords.filter((w) => /^[A-Za-z]{3,}$/.test(w)).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const kind = kinds.filter((k) => w.length > k.length + 1 && w.endsWith(k)).sort((a, b) => b.length - a.length)[0];
    if (!kind || !/^[a-z]+$/.test(w)) continue;
    const parts = [cap(w.slice(0, -kind.length)) + cap(kind)];
    let j = i + 1;
    // a region after the brand is part of it ("kubecon-china-2019")
    for (; j < words.length && !/^\d/.test(words[j]); j++) {
      const region = [...lex.brandRegions].find((r) => r.toLowerCase() === words[j].toLowerCase());
      if (!region) break;
      parts.push(region);
    }
    const year = words[j]?.match(/^(?:19|20)\d\d$/)?.[0];
    if (year) return `${parts.join(' ')} ${year}`;
  }
  return null;
}

const CONTENTS = new Set(eventWords.contentsTitles.map((t) => t.toLowerCase()));

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
