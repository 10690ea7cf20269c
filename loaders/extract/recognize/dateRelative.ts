import relative from '../../lexicon/relative-dates.json';
import { type DateHit, type DatePattern, scanDates } from '../dates';
import { escapeRe } from '../text';

// Dates a recap writes relative to its own date, read against that date:
//   今天是第二次参加…（2031-04-26 → 2031-04-26）  上周日下午，… 举行（Sat 2031-11-22 → Sun 2031-11-16）
//   I attended … last week (→ the month of a week before)   Last November … got together (→ 2030-11)
//   去年 11 月 3 日 · yesterday · 上个月 (month only)
// The words are data (lexicon/relative-dates.json). Only a document's own full
// date anchors them: without it nothing is read. One pass per pattern, linear.

export interface DayAnchor {
  year: number;
  month: number;
  day: number;
}

const words = (xs: Iterable<string>) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const WEEKDAY = new Map(Object.entries(relative.weekdays));
const MONTH = new Map(Object.entries(relative.months));
const DAYS = new Map(Object.entries(relative.days));
const zhWeekdays = [...WEEKDAY.keys()].filter((w) => /\p{Script=Han}/u.test(w));
const enWeekdays = [...WEEKDAY.keys()].filter((w) => !/\p{Script=Han}/u.test(w));
const LAST_WEEK = new Set(relative.zhLastWeek);

type Reader = (m: RegExpExecArray, a: DayAnchor) => { startDate: string } | null;

const RELATIVE: { re: RegExp; read: Reader }[] = [
  {
    // 上周日, 本周六, 上个星期三: a weekday of the week before (or of this week; weeks start on Monday)
    re: new RegExp(
      `(${words([...relative.zhLastWeek, ...relative.zhThisWeek])})(?:${words(relative.zhWeekPrefixes)})(${words(zhWeekdays)})`,
      'gu',
    ),
    read: (m, a) => {
      const wd = WEEKDAY.get(m[2]) ?? 0;
      const monday = shift(a, 1 - weekday(a));
      return { startDate: iso(shift(monday, (LAST_WEEK.has(m[1]) ? -7 : 0) + wd - 1)) };
    },
  },
  {
    // last Sunday, this past Saturday, last November: the most recent one before the document's date
    re: new RegExp(`\\b(?:${words(relative.enLast)})\\s+(${words([...enWeekdays, ...MONTH.keys()])})\\b`, 'giu'),
    read: (m, a) => {
      const w = m[1].toLowerCase();
      const month = MONTH.get(w);
      if (month) return { startDate: `${month < a.month ? a.year : a.year - 1}-${pad(month)}` };
      const wd = WEEKDAY.get(w) ?? 0;
      const back = (weekday(a) - wd + 7) % 7 || 7;
      return { startDate: iso(shift(a, -back)) };
    },
  },
  {
    // 去年 11 月 (3 日)
    re: new RegExp(`(?:${words(relative.zhLastYear)})\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?`, 'gu'),
    read: (m, a) => {
      const mo = +m[1];
      const d = m[2] ? +m[2] : null;
      if (mo < 1 || mo > 12 || (d !== null && (d < 1 || d > 31))) return null;
      return { startDate: `${a.year - 1}-${pad(mo)}${d ? `-${pad(d)}` : ''}` };
    },
  },
  {
    // 上周, last week: only the month is sure
    re: new RegExp(`(?:${words(relative.weeksAgo)})(?![A-Za-z])`, 'giu'),
    read: (_m, a) => ({ startDate: iso(shift(a, -7)).slice(0, 7) }),
  },
  {
    // 上个月, last month
    re: new RegExp(`(?:${words(relative.monthsAgo)})(?![A-Za-z])`, 'giu'),
    read: (_m, a) => ({ startDate: a.month === 1 ? `${a.year - 1}-12` : `${a.year}-${pad(a.month - 1)}` }),
  },
  {
    // 今天, 昨天, yesterday, this morning
    re: new RegExp(`(?<![A-Za-z])(?:${words(DAYS.keys())})(?![A-Za-z])`, 'giu'),
    read: (m, a) => ({ startDate: iso(shift(a, DAYS.get(m[0].toLowerCase()) ?? 0)) }),
  },
];

// A relative date never writes its year and names one day (or month).
const PATTERNS: DatePattern<DayAnchor>[] = RELATIVE.map(({ re, read }) => ({
  re,
  read: (m, a) => {
    const r = read(m, a);
    return r && { startDate: r.startDate, endDate: null, yearWritten: false };
  },
}));

/** Every relative date in text[from, to), read against the document's own date; earliest first, overlaps removed. */
export function relativeDates(text: string, anchor: DayAnchor | null, from = 0, to = text.length): DateHit[] {
  return anchor ? scanDates(PATTERNS, text, anchor, from, to) : [];
}

/** "2031-04-26", "2031-04-26T10:00:00Z": the day a full ISO date names, else null. */
export function dayAnchor(date: string | null | undefined): DayAnchor | null {
  const m = date?.match(/^((?:19|20)\d\d)-(\d{2})-(\d{2})/);
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (a: DayAnchor) => `${a.year}-${pad(a.month)}-${pad(a.day)}`;

function shift(a: DayAnchor, days: number): DayAnchor {
  const t = new Date(Date.UTC(a.year, a.month - 1, a.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 1 (Monday) … 7 (Sunday) */
function weekday(a: DayAnchor): number {
  return new Date(Date.UTC(a.year, a.month - 1, a.day)).getUTCDay() || 7;
}
