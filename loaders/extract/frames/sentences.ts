import type { Block } from '../layout/blocks';
import { sourceSpan } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import type { Span } from '../types';
import type { FrameEnv } from './types';

// Prose as readers see it: a paragraph hard-wrapped over several source lines is one text (the segmenter makes one
// block per line), cut into sentences. Positions are into the joined text; `source` maps a range back.

export interface Passage {
  blocks: Block[];
  text: string;
  /** where each block's text starts in `text` */
  starts: number[];
  /** the blocks' annotations, moved into `text` coordinates */
  anns: Annotation[];
  /** the blocks' links, in `text` coordinates */
  links: { start: number; end: number; href: string }[];
}

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** Paragraph lines without a blank between them read as one passage; a list item or a quote is its own. */
export function passages(env: FrameEnv): Passage[] {
  const out: Passage[] = [];
  let cur: Passage | null = null;
  for (const b of env.blocks) {
    if (b.kind === 'heading' || b.kind === 'tableRow' || b.text.length === 0) {
      cur = null;
      continue;
    }
    const joins = cur !== null && b.kind === 'paragraph' && cur.blocks[cur.blocks.length - 1].paragraph === b.paragraph;
    if (!joins || !cur) {
      cur = { blocks: [], text: '', starts: [], anns: [], links: [] };
      out.push(cur);
    } else if (!(HAN_END.test(cur.text) && HAN_START.test(b.text))) cur.text += ' ';
    const at = cur.text.length;
    cur.blocks.push(b);
    cur.starts.push(at);
    cur.text += b.text;
    for (const a of env.anns[b.index]) cur.anns.push({ ...a, start: a.start + at, end: a.end + at });
    for (const l of b.links) cur.links.push({ start: l.start + at, end: l.end + at, href: l.href });
    if (b.kind !== 'paragraph') cur = null;
  }
  return out;
}

/** The source span of `p.text[start, end)`. */
export function passageSpan(p: Passage, start: number, end: number): Span {
  const at = (pos: number) => {
    let i = p.starts.length - 1;
    while (i > 0 && p.starts[i] > pos) i--;
    return i;
  };
  const i = at(start);
  const j = at(Math.max(start, end - 1));
  const a = sourceSpan(p.blocks[i], start - p.starts[i], start - p.starts[i] + 1).start;
  const b = sourceSpan(p.blocks[j], end - 1 - p.starts[j], end - p.starts[j]).end;
  return { start: a, end: Math.max(a, b) };
}

// 。！？；!? end a sentence; so does a period before a space or the end, unless it closes an abbreviation.
const BOUNDARY = /[。！？；!?;]+|(?<!\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Mrs|Dr|St))\.(?=\s|$)/gu;

/** Sentence ranges of `text`, in order, covering it. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}
