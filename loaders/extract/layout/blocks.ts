import type { ParsedDocument } from '../types';
import { type InlineLink, type InlineText, presentUnderscores, type Range, readInline } from './inline';

// The segmenter: a document's text, read once into blocks. Markdown, the
// Markdown-like text that parse/ makes of HTML (headings as "# ", items as
// "- ", table rows as "| a | b |"), plain text and Go present files all come
// out as the same kinds of block, so the frames above never look at markup.

export type BlockKind = 'heading' | 'listItem' | 'tableRow' | 'paragraph' | 'quote';

export interface Cell extends Range {
  /** the cell's plain text (a range of the row's `text`) */
  text: string;
}

export interface Block {
  index: number;
  kind: BlockKind;
  /** heading level (1–6), list nesting depth (0 = top), 0 otherwise */
  level: number;
  /** plain text: markup read, list markers and heading marks gone */
  text: string;
  /** source offset of each character of `text`, plus one for the end */
  offsets: number[];
  links: InlineLink[];
  strong: Range[];
  imageAlts: string[];
  /** the source line(s) the block stands on */
  start: number;
  end: number;
  /** blocks of one paragraph (no blank line between) share it */
  paragraph: number;
  /** index of the heading this block stands under (-1 before the first heading) */
  heading: number;
  /** table rows: the cells; `header` when a separator row follows it */
  cells?: Cell[];
  table?: number;
  header?: boolean;
  /** the whole text is bold: a heading in documents that write headings that way */
  emphasized: boolean;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const PRESENT_HEADING = /^(\*{1,3})[ \t]+(\S.*)$/;
// an emoji leading a line (🗣, 🎤, 📺) is a bullet too, as series pages write their items
const LIST =
  /^([ \t]*)(?:[-*+•·▪●○◦]|(?![©®™])\p{Extended_Pictographic}\uFE0F?|\d{1,3}[.)、]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.])[ \t]+(?=\S)/u;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;
const SETEXT = /^\s*(=+|-+)\s*$/;

export function segment(doc: ParsedDocument): Block[] {
  const present = /\.(article|slide)$/i.test(doc.path);
  const text = doc.text;
  const blocks: Block[] = [];
  let paragraph = 0;
  let heading = -1;
  let table = -1;
  let inFence = false;
  let prevBlank = true;
  let pos = doc.bodyStart;
  const lines: { text: string; start: number }[] = [];
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(pos, end), start: pos });
    pos = end + 1;
  }
  for (let n = 0; n < lines.length; n++) {
    const { text: raw, start } = lines[n];
    if (FENCE.test(raw)) {
      inFence = !inFence;
      prevBlank = true;
      continue;
    }
    // Lines past 2,000 characters are junk or flattened pages: read as blank, so nothing below is quadratic.
    if (inFence || raw.trim() === '' || raw.length > 2000 || TABLE_SEPARATOR.test(raw)) {
      if (TABLE_SEPARATOR.test(raw) && !inFence) {
        const last = blocks[blocks.length - 1];
        if (last?.kind === 'tableRow' && last.end === start - 1) last.header = true;
        else prevBlank = true; // a thematic break
        continue;
      }
      if (!prevBlank) paragraph++;
      prevBlank = true;
      if (raw.trim() !== '' || inFence) continue;
      continue;
    }
    const line = classify(raw, lines[n + 1]?.text ?? '', present, prevBlank);
    if (line.setext) n++;
    const { kind, level, bodyAt } = line;
    let body = raw.slice(bodyAt, bodyAt + line.length);
    if (present) body = presentUnderscores(body);
    const inline = readInline(body, start + bodyAt);
    if (kind === 'heading' && body.trim() === '') continue;
    if (kind !== 'tableRow' || blocks[blocks.length - 1]?.kind !== 'tableRow') {
      if (kind === 'tableRow') table++;
    }
    if (!prevBlank && kind === 'heading') paragraph++;
    const block = makeBlock(blocks.length, kind, level, inline, start, start + raw.length, paragraph, heading);
    if (kind === 'tableRow') {
      block.cells = cellsOf(block);
      block.table = table;
    }
    blocks.push(block);
    if (kind === 'heading') {
      heading = block.index;
      paragraph++;
      prevBlank = true;
    } else prevBlank = false;
  }
  return blocks;
}

interface LineShape {
  kind: BlockKind;
  level: number;
  bodyAt: number;
  length: number;
  /** a setext heading: the underline below belongs to it */
  setext: boolean;
}

function classify(raw: string, next: string, present: boolean, prevBlank: boolean): LineShape {
  const shape = (kind: BlockKind, level: number, bodyAt: number, length = raw.length - bodyAt, setext = false) => ({
    kind,
    level,
    bodyAt,
    length,
    setext,
  });
  const heading = raw.match(HEADING);
  if (heading) {
    const at = raw.indexOf(heading[2], heading[1].length);
    return shape('heading', heading[1].length, at, heading[2].length);
  }
  const presentHeading = present ? raw.match(PRESENT_HEADING) : null;
  if (presentHeading) return shape('heading', presentHeading[1].length + 1, presentHeading[1].length + 1);
  // Setext headings: a line underlined with === or ---.
  if (prevBlank && SETEXT.test(next) && next.trim().length >= 3 && !raw.includes('|') && raw.trim().length <= 120) {
    const body = raw.trim();
    return shape('heading', next.trim()[0] === '=' ? 1 : 2, raw.indexOf(body), body.length, true);
  }
  if (/^\s*>/.test(raw)) {
    const q = raw.match(/^\s*(?:>\s?)+/);
    return shape('quote', 0, q ? q[0].length : 0);
  }
  const list = raw.match(LIST);
  if (list)
    return shape('listItem', Math.min(8, Math.floor(list[1].replace(/\t/g, '    ').length / 2)), list[0].length);
  return shape(isTableRow(raw) ? 'tableRow' : 'paragraph', 0, 0);
}

function isTableRow(raw: string): boolean {
  const t = raw.trim();
  if (!t.startsWith('|') && !t.endsWith('|')) return false;
  let bars = 0;
  for (const c of t) if (c === '|') bars++;
  return bars >= 2;
}

function makeBlock(
  index: number,
  kind: BlockKind,
  level: number,
  inline: InlineText,
  start: number,
  end: number,
  paragraph: number,
  heading: number,
): Block {
  // trim the plain text, keeping offsets in step
  let a = 0;
  let b = inline.text.length;
  while (a < b && /\s/.test(inline.text[a])) a++;
  while (b > a && /\s/.test(inline.text[b - 1])) b--;
  const shift = <T extends Range>(r: T): T => ({
    ...r,
    start: clamp(r.start - a, b - a),
    end: clamp(r.end - a, b - a),
  });
  const text = inline.text.slice(a, b);
  const strong = inline.strong.map(shift).filter((r) => r.end > r.start);
  return {
    index,
    kind,
    level,
    text,
    offsets: inline.offsets.slice(a, b + 1),
    links: inline.links.map(shift).filter((r) => r.end > r.start),
    strong,
    imageAlts: inline.imageAlts.filter((t) => t.length > 0),
    start,
    end,
    paragraph,
    heading,
    emphasized: strong.length === 1 && strong[0].start <= 1 && strong[0].end >= text.length - 2 && text.length > 0,
  };
}

const clamp = (x: number, max: number) => Math.max(0, Math.min(max, x));

function cellsOf(row: Block): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const t = row.text;
  let depth = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    if (i === t.length || (c === '|' && depth === 0)) {
      let a = from;
      let b = i;
      while (a < b && /\s/.test(t[a])) a++;
      while (b > a && /\s/.test(t[b - 1])) b--;
      cells.push({ start: a, end: b, text: t.slice(a, b) });
      from = i + 1;
    }
  }
  // "| a | b |": the empty cells outside the outer bars are not columns
  if (t.startsWith('|') && cells[0]?.text === '') cells.shift();
  if (t.endsWith('|') && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/** The source span of a range of a block's plain text. */
export function sourceSpan(block: Block, start = 0, end = block.text.length): Range {
  const s = block.offsets[Math.max(0, Math.min(start, block.offsets.length - 1))];
  const e = end > 0 ? block.offsets[Math.min(end - 1, block.offsets.length - 1)] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
