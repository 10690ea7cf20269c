import type { DocumentMeta } from '../types';

// Document metadata from front matter keys as Hugo, Jekyll and Hexo write them,
// with fallbacks read from the text itself (web-page bylines, "原文链接").

export function emptyMeta(): DocumentMeta {
  return { title: null, date: null, sourceUrl: null, author: null, tags: [], categories: [] };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m?: number, d?: number): string | null {
  if (y < 1970 || y > 2100) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return `${y}-${mm}`;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from the ways documents write one; the day as written, no time zone shift. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return Number.isInteger(value) ? iso(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.normalize('NFKC');
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS.includes(m[1].toLowerCase()))
    return iso(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2]));
  m = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS.includes(m[2].toLowerCase()))
    return iso(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
  m = /^\s*(\d{4})\s*年?\s*$/.exec(s);
  return m ? iso(Number(m[1])) : null;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** First key (case-insensitive) that has a value. */
function pick(fm: Record<string, unknown>, keys: string[]): unknown {
  const lower = new Map(Object.entries(fm).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of keys) {
    const v = lower.get(k.toLowerCase());
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function url(value: unknown): string | null {
  const s = str(value);
  return s && /^https?:\/\/\S+$/i.test(s) ? s : null;
}

function person(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(person).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return str(value);
}

/** Tags as a YAML list or a "a, b，c、d" string. */
export function list(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.flatMap((v) => list(v)) : (str(value)?.split(/[,，、;；]/) ?? []);
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

export function metaFromFrontMatter(fm: Record<string, unknown>): DocumentMeta {
  return {
    title: str(pick(fm, ['title', 'name', 'subject'])),
    date: normalizeDate(pick(fm, ['date', 'publishDate', 'published', 'pubDate', 'created', 'createdAt', 'lastmod'])),
    sourceUrl: url(
      pick(fm, [
        'source',
        'sourceUrl',
        'source_url',
        'url',
        'link',
        'original',
        'originalUrl',
        'original_url',
        'canonical',
        'canonicalUrl',
      ]),
    ),
    author: person(pick(fm, ['author', 'authors', 'byline'])),
    tags: list(pick(fm, ['tags', 'tag', 'keywords'])),
    categories: list(pick(fm, ['categories', 'category'])),
  };
}

/** Fill what the front matter left empty from the body: bylines, source links, first heading. */
export function metaFromText(meta: DocumentMeta, body: string, markdown: boolean): DocumentMeta {
  const head = body.slice(0, 4000);
  const out = { ...meta };
  // InfoQ-style byline under the title: "作者 丁雪丰 发布于 2011年12月8日 |"
  const byline =
    /^(.*)\n+\s*(?:作者|文|Author|By)\s*[:：/]?\s*([^\s|,，]+)[^\n]*?(?:发布于|发表于|发布时间[:：]?|Published|posted on)\s*([^\n|]+)/im.exec(
      head,
    );
  if (byline) {
    out.title ??= byline[1].trim() || null;
    out.author ??= byline[2];
    out.date ??= normalizeDate(byline[3]);
  }
  // A publication line on its own: "发布时间：2012-10-28" (not "时间：", which is usually the event's).
  const pub =
    /(?:发布时间|发布日期|发表时间|发表于|发布于|Published(?: on)?|Posted on)\s*[:：]?\s*([^\n|]{4,40})/i.exec(head);
  if (pub) out.date ??= normalizeDate(pub[1]);
  out.date ??= datelineNearTop(head);
  const src = /(?:原文链接|原文地址|原文|本文链接|来源|出处|Source|Original)\s*[:：]\s*<?(https?:\/\/[^\s>)）]+)/i.exec(
    body,
  );
  if (src) out.sourceUrl ??= src[1];
  if (!out.title && markdown) {
    const h = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(head);
    if (h) out.title = h[1];
  }
  if (!out.title) {
    const first = head.split('\n').find((l) => /[\p{L}\p{N}]/u.test(l));
    // A first line that is an agenda slot ("10:00-10:45 …") is not the document's title.
    if (first && first.trim().length <= 80 && !/^\s*\d{1,2}[:：]\d{2}/.test(first)) out.title = first.trim();
  }
  if (!out.date && out.sourceUrl) {
    const m = /\/((?:19|20)\d\d)[/-](\d\d)(?:[/-](\d\d))?\//.exec(out.sourceUrl);
    if (m) out.date = iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  }
  out.date ??= dateFromLinkedUrls(body);
  return out;
}

/**
 * A short line near the top that carries a full date and no event label, as
 * articles and WeChat posts print it: "原创 宋立群 码岛技术社区 2020-08-17".
 */
function datelineNearTop(head: string): string | null {
  const lines = head
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 8);
  for (const line of lines) {
    if (line.length > 60 || /时间|活动|地点|举办|召开|报名|截止|议程|\d{1,2}[:：]\d{2}/.test(line)) continue;
    const m = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/.exec(line);
    if (m) return normalizeDate(m[0]);
  }
  return null;
}

/**
 * Last resort: the year and month most links in the body carry in their path
 * ("…/events/2015/10/shenzhen/合照.jpg"); posts put their assets under their
 * own date. Month precision only, since the day in such paths is rarely given.
 */
function dateFromLinkedUrls(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/https?:\/\/[^\s)>\]"']*?\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//g)) {
    const key = `${m[1]}-${m[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
  return best;
}
