import { PEOPLE_LIST } from '../affiliation';
import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { orgFirstSpeakers } from './orgFirst';
import { maskBrackets, phrase } from './parts';
import type { SpeakerPhrase } from './types';

// A programme table's speaker cell, with what the row says of the people:
//   "Jane Doe 某某科技首席架构师"        the name, then (glued or spaced) the affiliation
//   "某某科技 技术副总裁 张三"            the affiliation, then the name
//   "张三 / Jane Doe" + "某某 CTO / Acme VP"  one affiliation per person, in the same order
//   "张三、李四" + "某某科技"              one affiliation for everyone in the cell
// Each person becomes "name（affiliation）" at the person's own offset, the order readSpeakers understands.

const MAX = 80;

interface Cell {
  start: number;
  end: number;
  text: string;
}

export function cellSpeakers(
  row: Block,
  cell: Cell,
  anns: readonly Annotation[],
  orgCell: Cell | null,
): SpeakerPhrase[] {
  const whole = phrase(row, cell.start, cell.end);
  if (cell.end - cell.start > MAX) return [whole];
  const people = anns.filter((a) => a.kind === 'person' && a.start >= cell.start && a.end <= cell.end);
  if (people.length === 0) return [withOrg(whole, orgCell?.text)];
  // the people run together, only separators (or a bracketed alias) between them
  const parts = splitList(row.text, cell.start, cell.end);
  const orgs = orgCell ? splitList(row.text, orgCell.start, orgCell.end) : [];
  if (orgCell && parts.length > 1 && orgs.length === parts.length)
    return parts.map((p, i) => withOrg(phrase(row, p.start, p.end), orgs[i].text));
  if (orgCell) {
    if (parts.length > 1 && parts.every((p) => people.some((a) => a.start === p.start)))
      return parts.map((p) => withOrg(phrase(row, p.start, p.end), orgCell.text));
    return [withOrg(whole, orgCell.text)];
  }
  if (parts.length > 1) return [whole];
  const first = people[0];
  // "某某科技 技术副总裁 张三": the affiliation stands before the person
  if (first.start > cell.start + 1) {
    const led = orgFirstSpeakers(row, cell.start, cell.end, anns);
    return led.length > 0 ? led : [whole];
  }
  // "Jane Doe 某某科技首席架构师": the name, then a plain affiliation (no bracket, no second person)
  const rest = row.text.slice(first.end, cell.end);
  if (
    first.start === cell.start &&
    people.length === 1 &&
    /^\s*\S/u.test(rest) &&
    !/^\s*[（(@＠·•・,，]/u.test(rest) &&
    anns.some((a) => a.kind === 'role' && a.start >= first.end && a.end <= cell.end)
  )
    return [withOrg(phrase(row, first.start, first.end), rest.trim())];
  return [whole];
}

function withOrg(p: SpeakerPhrase, org: string | undefined): SpeakerPhrase {
  const o = org?.trim();
  return o ? { text: `${p.text} (${o})`, offset: p.offset } : p;
}

/** `text[from, to)` split at list separators (never inside brackets). */
function splitList(text: string, from: number, to: number): Cell[] {
  const masked = maskBrackets(text.slice(from, to));
  const out: Cell[] = [];
  let start = 0;
  const re = new RegExp(PEOPLE_LIST.source, 'gu');
  for (const m of masked.matchAll(re)) {
    const at = m.index ?? 0;
    push(out, text, from + start, from + at);
    start = at + m[0].length;
  }
  push(out, text, from + start, to);
  return out;
}

function push(out: Cell[], text: string, a: number, b: number) {
  while (a < b && /\s/u.test(text[a])) a++;
  while (b > a && /\s/u.test(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
}
