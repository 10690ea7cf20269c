import type { Line, Span } from './types';

// Small text helpers shared by the rules.

export interface Sentence extends Span {
  text: string;
}

/**
 * Sentences of text[from, to): split at 。！？!? and line breaks. Runs longer than
 * `maxLength` (junk, tables flattened into one line) are left out, which keeps the
 * sentence-level patterns linear.
 */
export function sentences(text: string, from = 0, to = text.length, maxLength = 600): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text[i] : '\n';
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n') {
      if (i > start && i - start <= maxLength) out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

export interface Labeled {
  label: string;
  value: string;
  line: Line;
  valueStart: number;
}

const BULLETS = new Set(['-', '*', '•', '·', '>']);
const MAX_LABEL = 8;

/**
 * "时间： 2016 年 1 月 22 日", "- **活动地点**：北京…" → label and value.
 * Read by hand rather than by one regex: the regex had three runs of \s* around
 * the label, so a line of 300 spaces took minutes (issue #11). The label ends at
 * the line's first colon; before it may stand a bullet and bold markers.
 */
export function labeledLine(line: Line, labels: string[]): Labeled | null {
  const text = line.text;
  const colon = firstColon(text);
  if (colon < 0 || colon + 1 >= text.length) return null;
  const label = labelOf(text.slice(0, colon));
  if (label === null || !labels.some((l) => l.toLowerCase() === label.toLowerCase())) return null;
  const from = valueStart(text, colon + 1);
  let end = text.length;
  if (text[end - 1] === '\\') end--;
  while (end > from && /\s/u.test(text[end - 1])) end--;
  const value = text.slice(from, Math.max(from + 1, end));
  return { label, value: value.trim(), line, valueStart: line.start + from };
}

/** Where the value starts: past spaces and bold markers, but a value is never empty ("讲师：**" has "**"). */
function valueStart(text: string, afterColon: number): number {
  const spaced = skipSpace(text, afterColon);
  const bold = text.startsWith('**', spaced) ? spaced + 2 : spaced;
  const start = skipSpace(text, bold);
  if (start < text.length) return start;
  if (start > bold) return start - 1;
  if (bold > spaced) return spaced;
  return spaced - 1;
}

function firstColon(text: string): number {
  for (let i = 0; i < text.length; i++) if (text[i] === ':' || text[i] === '：') return i;
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i])) i++;
  return i;
}

/** The label before the colon: at most 8 characters, no '*', after an optional bullet and bold. */
function labelOf(head: string): string | null {
  let h = head.trimEnd();
  if (h.endsWith('**')) h = h.slice(0, -2).trimEnd();
  // "##时间：…": a label written as a heading
  h = h.trimStart().replace(/^#{1,6}\s*/, '');
  // In the order the regex preferred: a bullet taken if there is one, bold taken if there is.
  const tries: string[] = [];
  const add = (t: string) => {
    if (t.startsWith('**')) tries.push(t.slice(2).trimStart());
    tries.push(t);
  };
  if (BULLETS.has(h[0] ?? '')) add(h.slice(1).trimStart());
  add(h);
  for (const t of tries) {
    const label = t.trim();
    if (label && !label.includes('*') && [...label].length <= MAX_LABEL) return label;
  }
  return null;
}

/** The index of the line holding offset `pos` (the last line starting at or before it); `lines` in text order. */
export function lineIndexAt(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Paragraphs: runs of non-blank lines. */
export function paragraphs(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Splits a list of people on `separators`, but never inside brackets, so
 * "马宏伟（腾讯、百度）、李凯" keeps 马宏伟's affiliations with him. Parts are trimmed,
 * empty ones dropped.
 */
export function splitOutsideBrackets(s: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '（' || c === '(') depth++;
    if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(c)) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}
