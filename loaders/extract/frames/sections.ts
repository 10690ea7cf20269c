import type { Lexicon } from '../../lexicon';
import eventSections from '../../lexicon/event-sections.json';
import { type DateContext, type DateHit, findDates } from '../dates';
import { hasKindWord } from '../events';
import type { Block } from '../layout/blocks';
import { sectionOf } from './parts';

// Series pages put several editions in one document, one dated heading each:
//   ### December 11 2019 - Venue        ## 2019 年 3 月 2 日 · 杭州
//   - Jane Doe - Title                  - 张三：标题
// A heading led by a date heads a day or an edition, never a talk; two or more
// of them at one level, with different dates, are the editions of a series,
// and what stands under each belongs to it.

export interface SeriesSection {
  /** the heading's block */
  heading: number;
  /** the blocks of the section: (heading, to) */
  to: number;
  /** the heading's text up to the end of its date: the edition's name */
  label: string;
  /** the whole heading */
  text: string;
  date: DateHit;
  /** what the heading says after the date ("- Venue", "· 杭州"), if anything */
  rest: string | null;
}

const NO_YEAR: DateContext = { year: null, month: null };

/** The date a heading starts with, when the date is most of what it says. */
export function leadingDate(text: string, dates: DateContext = NO_YEAR): DateHit | null {
  if (text.length > 80) return null;
  const d = findDates(text, dates, 0, Math.min(text.length, 40))[0];
  if (!d || d.start > 2) return null;
  return d;
}

/** The dated sections of a series page: ≥ 2 headings of one level, each led by its own date. */
export function seriesSections(blocks: readonly Block[], dates: DateContext): SeriesSection[] {
  const byLevel = new Map<number, SeriesSection[]>();
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const date = leadingDate(b.text, dates);
    if (!date) continue;
    const rest = b.text
      .slice(date.end)
      .replace(/^[\s\-–—·|｜@,，:：]+|\s+$/gu, '')
      .replace(/^(?:at|@)\s+/i, '');
    const list = byLevel.get(b.level) ?? [];
    list.push({
      heading: b.index,
      to: sectionOf(blocks, b.index).to,
      label: b.text.slice(0, date.end).trim(),
      text: b.text,
      date,
      rest: rest || null,
    });
    byLevel.set(b.level, list);
  }
  let best: SeriesSection[] = [];
  for (const list of byLevel.values()) {
    if (new Set(list.map((s) => s.date.startDate)).size < 2 || daysOfOneEvent(list)) continue;
    if (list.length > best.length) best = list;
  }
  return best;
}

/** "## 10 月 18 日" then "## 10 月 19 日": dates a few days apart are the days of one event, not editions. */
function daysOfOneEvent(list: readonly SeriesSection[]): boolean {
  const days = [...new Set(list.map((s) => Date.parse(s.date.startDate)))].sort((a, b) => a - b);
  for (let i = 1; i < days.length; i++) if (days[i] - days[i - 1] <= 3 * 86400000) return true;
  return false;
}

// Pages that list several numbered editions of a series, one heading each, or dated headings naming a
// gathering, each with its own programme:
//   ### 《Sample 夜谈》第28期 - 某某主题          # 【线上】Sample 线上沙龙
//   **时间**: 2031/07/06 20:30                   ## 第十三期 讨论主题：…
//   ## 2031.08.08 杭州线下 Meetup
// The edition is named by its series and number ("Sample 夜谈 第28期"); a heading that gives only the
// number takes its series from the heading above it.

export interface EditionSection {
  heading: number;
  to: number;
  name: string;
  date: DateHit | null;
  /** "第28期": the edition's number as written (null for a dated heading) */
  number: string | null;
}

const LABEL = /^\s*(?:【[^】]{1,8}】|\[[^\]]{1,8}\]|［[^］]{1,8}］)\s*/u;
const QUOTES = /[《》「」『』“”"]/gu;

/** "【线上】《Sample 夜谈》" → "Sample 夜谈": a heading's text as a series name. */
function seriesName(s: string): string {
  return s
    .replace(LABEL, '')
    .replace(QUOTES, '')
    .replace(/[\s\-–—·:：|｜,，]+$/u, '')
    .trim();
}

/** The numbered (or dated gathering) sections of a page, when it has two or more of them. */
export function editionSections(blocks: readonly Block[], lex: Lexicon, dates: DateContext): EditionSection[] {
  const NUMBER = new RegExp(
    `第\\s*[\\d一二三四五六七八九十百零〇]{1,4}\\s*[${eventSections.editionCounters.join('')}]`,
    'u',
  );
  const above: (Block | undefined)[] = [];
  const found: EditionSection[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    above.length = b.level - 1;
    const parent = above.filter(Boolean).pop();
    above[b.level - 1] = b;
    if (b.text.length > 80) continue;
    const n = b.text.match(NUMBER);
    if (n) {
      const before = seriesName(b.text.slice(0, n.index));
      const series = before.length >= 2 ? before : parent ? seriesName(parent.text) : '';
      if (series.length < 2 || series.length > 30) continue;
      found.push({
        heading: b.index,
        to: sectionOf(blocks, b.index).to,
        name: `${series} ${n[0].replace(/\s+/g, '')}`,
        date: leadingDate(b.text, dates),
        number: n[0],
      });
      continue;
    }
    // "2031.08.08 杭州线下 Meetup": a dated heading that names a gathering
    const d = leadingDate(b.text, dates);
    const rest = d ? seriesName(b.text.slice(d.end).replace(/^[\s\-–—·|｜@,，:：]+/u, '')) : '';
    if (d && rest.length >= 4 && hasKindWord(rest, lex) && !lex.notEventWords.some((w) => rest.includes(w)))
      found.push({ heading: b.index, to: sectionOf(blocks, b.index).to, name: rest, date: d, number: null });
  }
  return new Set(found.map((f) => f.name)).size >= 2 ? found : [];
}
