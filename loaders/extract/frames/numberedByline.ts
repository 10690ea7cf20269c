import entryKinds from '../../lexicon/entry-kinds.json';
import type { Block } from '../layout/blocks';
import { fields, isBreak, isPersonField, phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, TalkCandidate } from './types';

// A digest or newsletter numbers its entries; each entry's title line is followed by a byline that is
// nothing but the names of its speakers or authors:
//   2、视频演讲： 标题                 3. Video: Title
//   张三                              Jane Doe, John Roe
//   https://…                         https://…
// One such pair could be anything, so the frame speaks only when the document repeats the layout.

const NUMBERED = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*/u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KIND = new RegExp(
  `^(?:${[...entryKinds.words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})\\s*[:：]\\s*`,
  'iu',
);

export const numberedBylineFrame: Frame = {
  name: 'numberedBylineFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (let i = 0; i + 1 < env.blocks.length; i++) {
      const c = readEntry(env.blocks[i], env.blocks[i + 1], env);
      if (c) out.push(c);
    }
    return out.length >= 2 ? out : [];
  },
};

function readEntry(h: Block, next: Block, env: FrameEnv): TalkCandidate | null {
  if (h.kind !== 'paragraph' && h.kind !== 'heading') return null;
  if (h.text.length > 160) return null;
  const num = h.text.match(NUMBERED);
  if (!num) return null;
  let from = num[0].length;
  const kind = h.text.slice(from).match(KIND);
  if (kind) from += kind[0].length;
  const title = cleanTitle(h.text.slice(from));
  if (title.length < 3 || isBreak(title) || /[。！]$/u.test(title)) return null;
  if (env.anns[h.index].some((a) => a.kind === 'time' || (a.kind === 'person' && a.start >= from))) return null;
  if (!isByline(next, env)) return null;
  return {
    title,
    titleSpan: span(h, from),
    speakers: [phrase(next, 0, next.text.length)],
    bodies: [span(h)],
    block: h.index,
    frame: 'numberedBylineFrame',
    score: 0.75,
    shape: `numberedByline:${h.kind}:${h.level}`,
  };
}

/** "张三", "Jane Doe, John Roe": a short line whose every field is a person. */
function isByline(b: Block, env: FrameEnv): boolean {
  if (b.kind !== 'paragraph' || b.text.length > 80 || /[。！？!?]/u.test(b.text)) return false;
  const fs = fields(b.text);
  const anns = env.anns[b.index];
  return fs.length > 0 && fs.length <= 6 && fs.every((f) => isPersonField(f, anns));
}
