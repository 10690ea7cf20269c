import breakWords from '../../lexicon/break-words.json';
import type { Block } from '../layout/blocks';
import { sourceSpan } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import type { Span } from '../types';
import type { FrameEnv, SpeakerPhrase } from './types';

// Pieces the frames share: splitting a line into fields, telling which field
// is a person, the section under a heading.

export interface Field {
  start: number;
  end: number;
  text: string;
}

// Field separators of programme lines: " - ", " — ", "——", " | ", "：", "，", ", ", and runs of spaces.
const SEPARATOR =
  /\s+(?:-{1,3}|[–—|｜/])\s+|\s*(?:——|—|｜|\|)\s*|\s*[-–](?=\s*\p{Script=Han})|(?<=\p{Script=Han})\s*[-–]\s*|[：:](?:\s+|(?=\p{Script=Han}))|\s*[，,]\s*|\s{2,}|\t/gu;

/** The fields of `text[from, to)`, split at separators (never inside brackets or quotes). */
export function fields(text: string, from = 0, to = text.length): Field[] {
  const out: Field[] = [];
  let start = from;
  const slice = text.slice(from, to);
  const guarded = maskBrackets(slice);
  for (const m of guarded.matchAll(SEPARATOR)) {
    const at = from + (m.index ?? 0);
    if (at > start) push(out, text, start, at);
    start = at + m[0].length;
  }
  if (to > start) push(out, text, start, to);
  return out;
}

function push(out: Field[], text: string, start: number, end: number) {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
}

/** Same length; what is inside (), （）, 《》, “”, [] becomes "x", so separators there do not split. */
export function maskBrackets(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if ('(（《“[「'.includes(c)) depth++;
    const inside = depth > 0;
    if (')）》”]」'.includes(c) && depth > 0) depth--;
    out += inside && !'(（《“[「)）》”]」'.includes(c) ? 'x'.repeat(c.length) : c;
  }
  return out;
}

/** The person annotation a field starts with (allowing "by", "主讲：" and similar before it). */
export function leadingPerson(field: Field, anns: readonly Annotation[]): Annotation | null {
  for (const a of anns) {
    if (a.kind !== 'person' || a.start < field.start) continue;
    if (a.start > field.start + 4) break;
    const lead = field.text.slice(0, a.start - field.start);
    if (/^(?:by\s*|主讲[:：]?\s*|嘉宾[:：]?\s*|讲师[:：]?\s*|@)?$/i.test(lead)) return a;
  }
  return null;
}

/** A field that is a person and what is said of them: "张三", "Jane Doe (Acme)", "张三（某某科技 架构师）". */
export function isPersonField(field: Field, anns: readonly Annotation[]): boolean {
  const p = leadingPerson(field, anns);
  if (!p) return false;
  const rest = field.text.slice(p.end - field.start).trim();
  if (rest === '') return true;
  // "Jane Doe & John Roe", "张三和李四": several people in one field
  const more = rest.match(/^(?:&|and|和|与|、)\s*/u);
  if (more) {
    const at = field.end - rest.length + more[0].length;
    return isPersonField({ start: at, end: field.end, text: field.text.slice(at - field.start) }, anns);
  }
  // the name then a parenthetical, a handle, or a short affiliation
  if (/^[（(][^)）]{0,60}[)）]$/u.test(rest) || /^@\S+$/.test(rest)) return true;
  const restStart = field.end - rest.length;
  return (
    rest.length <= 40 &&
    anns.some(
      (a) => (a.kind === 'organization' || a.kind === 'role') && a.start >= restStart - 1 && a.end <= field.end + 1,
    )
  );
}

/** A field that says where someone works or what they do: an organization or a role, nothing like a title. */
export function isAffiliationField(field: Field, anns: readonly Annotation[], env: FrameEnv): boolean {
  if (field.text.length > 50) return false;
  const covered = anns.filter(
    (a) => (a.kind === 'organization' || a.kind === 'role') && a.start >= field.start && a.end <= field.end,
  );
  if (covered.length > 0) return covered.reduce((n, a) => n + a.end - a.start, 0) >= field.text.length * 0.3;
  return env.lex.orgSuffixes.some((s) => field.text.endsWith(s)) && field.text.length <= 20;
}

export function span(block: Block, start = 0, end = block.text.length): Span {
  return sourceSpan(block, start, end);
}

export function phrase(block: Block, start: number, end: number): SpeakerPhrase {
  return { text: block.text.slice(start, end), offset: sourceSpan(block, start, end).start };
}

/** The blocks under heading `h` (up to the next heading of the same or a higher level). */
export function sectionOf(blocks: readonly Block[], h: number): { from: number; to: number } {
  const level = blocks[h].level;
  let to = h + 1;
  while (to < blocks.length && !(blocks[to].kind === 'heading' && blocks[to].level <= level)) to++;
  return { from: h + 1, to };
}

/** Source span of blocks [from, to). */
export function blocksSpan(blocks: readonly Block[], from: number, to: number): Span | null {
  if (to <= from) return null;
  return { start: blocks[from].start, end: blocks[to - 1].end };
}

const BREAK =
  /^(?:茶歇|午餐|午休|午饭|签到|签到入场|入场|合影|抽奖|休息|晚餐|自由交流|交流|Q&A|QA|问答|Break|Coffee Break|Lunch|Lunch Break|Registration|Check-in|Breakfast|Dinner|Networking|Closing|Opening|Welcome|开场|开场致辞|结束|闭幕)(?:\s|$|[&、/+＋])/i;

/** "茶歇", "Lunch", "签到": a slot with no talk. */
export function isBreak(title: string): boolean {
  const t = title.trim();
  return (
    BREAK.test(t) ||
    MORE_BREAKS.some((w) => t.toLowerCase().startsWith(w) && /^(?:$|[\s&、/+＋(（])/u.test(t.slice(w.length)))
  );
}

const MORE_BREAKS = breakWords.words.map((w) => w.toLowerCase());
