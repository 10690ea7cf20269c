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

/** "时间： 2016 年 1 月 22 日", "- **活动地点**：北京…" → label and value. */
export function labeledLine(line: Line, labels: string[]): Labeled | null {
  const m = line.text.match(
    /^\s*(?:[-*•·>]\s*)?(?:\*\*)?\s*([^:：*]{1,8}?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*\\?$/u,
  );
  if (!m) return null;
  const label = m[1].trim();
  if (!labels.some((l) => l.toLowerCase() === label.toLowerCase())) return null;
  return { label, value: m[2].trim(), line, valueStart: line.start + line.text.indexOf(m[2]) };
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
