import { normalizeName } from '../../../src/model/ids';
import genericTitles from '../../lexicon/generic-titles.json';
import type { Block } from '../layout/blocks';
import { fields, isBreak, isPersonField, leadingPerson, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, TalkCandidate } from './types';

// A schedule cell written as a stack of lines, the time and title first, the speaker below:
//   09:30 主题发言 标题          13:30 Title of the Talk
//   张三                        Jane Doe
//   (某某科技), 李四 (某某科技)   (Acme)
// (HTML schedules write a cell's lines with <br/>.) The lines after the slot, up to a blank line or the next
// slot, are its speaker phrase; a leading slot kind ("主题发言", "Keynote") is not part of the title.

const BELOW = 3;
const KINDS = genericTitles.titles.map((t) => normalizeName(t));

export const slotStackFrame: Frame = {
  name: 'slotStackFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind === 'heading' || b.kind === 'tableRow' || b.text.length > 200) continue;
      const time = slotTime(b, env);
      if (time < 0) continue;
      const c = readSlot(b, time, env);
      if (c) out.push(c);
    }
    return out;
  },
};

/** Where the title of a slot line starts (after its time), or -1 when the block is no slot. */
function slotTime(b: Block, env: FrameEnv): number {
  const t = env.anns[b.index].find((a) => a.kind === 'time' && a.start <= 3);
  return t ? t.end : -1;
}

function readSlot(b: Block, from: number, env: FrameEnv): TalkCandidate | null {
  const anns = env.anns[b.index];
  // the speaker already on the slot's own line: programmeLineFrame reads it
  if (fields(b.text, from).some((f) => isPersonField(f, anns))) return null;
  let start = from;
  while (start < b.text.length && /[\s\-–—:：|｜,，]/u.test(b.text[start])) start++;
  const kind = leadingKind(b.text.slice(start));
  const titleStart = start + kind;
  const title = cleanTitle(b.text.slice(titleStart));
  if (title.length < 3 || isBreak(title)) return null;
  // the lines below, up to a blank line (or an empty line of markup) or the next slot
  const below: Block[] = [];
  for (let i = b.index + 1; i < env.blocks.length && below.length < BELOW; i++) {
    const n = env.blocks[i];
    if (n.paragraph !== b.paragraph || n.text === '' || n.kind === 'heading' || slotTime(n, env) >= 0) break;
    below.push(n);
  }
  if (below.length === 0) return null;
  const first = below[0];
  const lead = fields(first.text)[0];
  if (!lead || first.text.length > 60 || !leadingPerson(lead, env.anns[first.index])) return null;
  const words = below.map((n) => n.text).join(' ');
  if (words.length > 160) return null;
  return {
    title,
    titleSpan: span(b, titleStart, b.text.length),
    speakers: [{ text: words.replace(/\s+([(（])/gu, ' $1'), offset: span(first).start }],
    bodies: [span(b), ...below.map((n) => span(n))],
    block: b.index,
    frame: 'slotStackFrame',
    score: 0.8,
    shape: `slotStack:${b.kind}:${below.length}`,
  };
}

/** The length of a slot kind written before the title ("主题发言 ", "Keynote: "), or 0. */
function leadingKind(s: string): number {
  const m = s.match(/^(.{2,24}?)(?:\s*[:：\-–—|]\s*|\s+)(?=\S)/u);
  if (!m || !KINDS.includes(normalizeName(m[1]))) return 0;
  return m[0].length;
}
