// Dates as the genre writes them, to ISO strings at the precision given:
//   2016 年 1 月 22 ～ 23 日 · 2021 年 04 月 24 日（周六）· 2016-01-22 · 2018.7.8-9
//   10 月 18 日 / 7 月 6-9 日 (year from context) · 本月3号、4号 (month from the
//   publication date) · December 3-4 · Dec 3-4, 2011 · 3-4 December 2011 · 06/17/2013

export interface DateHit {
  start: number;
  end: number;
  startDate: string;
  endDate: string | null;
  /** false when the year was supplied by context rather than written */
  yearWritten: boolean;
}

export interface DateContext {
  year: number | null;
  month: number | null;
}

const SEP = String.raw`\s*(?:[-－–—~～〜至到]|\\~|\\-)+\s*`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const PATTERNS: DatePattern<DateContext>[] = [
  {
    // 2019-10-19 ~ 2019-10-20 / 2019.10.31-11.1 / 2019/10/31 至 2019/11/01
    re: new RegExp(
      String.raw`(?<![\d./])((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})${SEP}(?:((?:19|20)\d\d)[-./])?(\d{1,2})[-./](\d{1,2})(?![\d.:])`,
      'gu',
    ),
    read: (m) => {
      const r = range(+m[1], +m[2], +m[3], +m[5], +m[6], true);
      if (r && m[4] && m[4] !== m[1] && r.endDate) r.endDate = `${m[4]}${r.endDate.slice(4)}`;
      return r;
    },
  },
  {
    // 2016 年 1 月 22 ～ 23 日 / 2016年1月22日-1月23日 / 2021 年 04 月 24 日（周六）
    re: new RegExp(
      String.raw`((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)?(?:\s*[（(][^）)\n]{1,6}[）)])?(?:${SEP}(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*(?:日|号))?`,
      'gu',
    ),
    read: (m) => range(+m[1], +m[2], +m[3], m[4] ? +m[4] : null, m[5] ? +m[5] : null, true),
  },
  {
    // 2016-01-22, 2016.1.22, 2016/01/22, 2018.7.8-9 (not a URL's /2016/01/22/, which dates the page)
    re: /(?<![\d./])((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})(?:\s*[-~～至]\s*(\d{1,2})(?![\d.:]))?(?![\d])/gu,
    read: (m) => range(+m[1], +m[2], +m[3], null, m[4] ? +m[4] : null, true),
  },
  {
    // 06/17/2013 (US order), 17/06/2013 when the first number cannot be a month
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/gu,
    read: (m) =>
      +m[1] > 12 ? range(+m[3], +m[2], +m[1], null, null, true) : range(+m[3], +m[1], +m[2], null, null, true),
  },
  {
    // 2016 年 1 月 (month only)
    re: /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)/gu,
    read: (m) =>
      valid(+m[1], +m[2], 1) ? { startDate: `${m[1]}-${pad(+m[2])}`, endDate: null, yearWritten: true } : null,
  },
  {
    // 10 月 18 日 / 7 月 6-9 日 / 10 月 31 日举办 (no year written)
    re: new RegExp(
      String.raw`(?<![\d年]\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*(?:(?:日|号)?${SEP}(\d{1,2})\s*)?(?:日|号)`,
      'gu',
    ),
    read: (m, ctx) => (ctx.year ? range(ctx.year, +m[1], +m[2], null, m[3] ? +m[3] : null, false) : null),
  },
  {
    // 本月3号、4号 (relative to the publication month)
    re: /本月\s*(\d{1,2})\s*[号日](?:\s*[、,，和至到-]\s*(\d{1,2})\s*[号日])?/gu,
    read: (m, ctx) =>
      ctx.year && ctx.month ? range(ctx.year, ctx.month, +m[1], null, m[2] ? +m[2] : null, false) : null,
  },
  {
    // December 3-4 / Dec 3-4, 2011
    re: new RegExp(
      String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–~]\s*(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s*((?:19|20)\d\d))?\b`,
      'giu',
    ),
    read: (m, ctx) => {
      const y = m[4] ? +m[4] : ctx.year;
      return y ? range(y, monthOf(m[1]), +m[2], null, m[3] ? +m[3] : null, !!m[4]) : null;
    },
  },
  {
    // 3-4 December 2011
    re: new RegExp(String.raw`\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+${MONTH_RE},?\s+((?:19|20)\d\d)\b`, 'giu'),
    read: (m) => range(+m[4], monthOf(m[3]), +m[1], null, m[2] ? +m[2] : null, true),
  },
];

function monthOf(s: string): number {
  return MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function range(
  y: number,
  m: number,
  d: number,
  m2: number | null,
  d2: number | null,
  yearWritten: boolean,
): Omit<DateHit, 'start' | 'end'> | null {
  if (!valid(y, m, d)) return null;
  const startDate = `${y}-${pad(m)}-${pad(d)}`;
  let endDate: string | null = null;
  if (d2 !== null) {
    const em = m2 ?? m;
    if (valid(y, em, d2) && (em > m || d2 > d)) endDate = `${y}-${pad(em)}-${pad(d2)}`;
  }
  return { startDate, endDate, yearWritten };
}

/** Every date written in text[from, to), earliest first, overlaps removed (first pattern wins). */
export function findDates(text: string, ctx: DateContext, from = 0, to = text.length): DateHit[] {
  return scanDates(PATTERNS, text, ctx, from, to);
}

/** A date pattern: a global regex and how to read one of its matches in a context. */
export interface DatePattern<C> {
  re: RegExp;
  read: (m: RegExpExecArray, ctx: C) => Omit<DateHit, 'start' | 'end'> | null;
}

/** Each pattern's matches in text[from, to) in turn; a match overlapping an earlier pattern's hit is dropped. */
export function scanDates<C>(
  patterns: readonly DatePattern<C>[],
  text: string,
  ctx: C,
  from = 0,
  to = text.length,
): DateHit[] {
  const slice = text.slice(from, to);
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const r = p.read(m, ctx);
      if (!r) continue;
      taken.push([s, e]);
      hits.push({ ...r, start: from + s, end: from + e });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
