import type { Block } from '../layout/blocks';
import type { Range } from '../layout/inline';
import type { Annotation } from '../recognize/types';
import type { FrameEnv } from './types';

// Who gives a session a prose link names: the people of the link's own sentence, not of
// the whole paragraph ("… as Jane Roe and John Poe on testing, however I'm doing another
// talk (along with Ann Lee). [Title](…)" names no speaker of Title). A sentence that the
// link starts may have its speaker at the end of the line before, when a writer breaks
// the line after "a live demonstration by Jane Roe,".

const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/gu;

/** The sentence of `text` that holds `r`: from after the last sentence end before it to the first one after it. */
export function sentenceAround(text: string, r: Range): Range {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at <= r.start) start = at;
    else if ((m.index ?? 0) >= r.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The person that ends the line right before `b` ("… by Jane Roe,"), when `b` continues that line's sentence. */
export function personEndingLineBefore(env: FrameEnv, b: Block): Annotation | null {
  const prev = env.blocks[b.index - 1];
  if (!prev || prev.kind !== 'paragraph' || b.kind !== 'paragraph' || prev.paragraph !== b.paragraph) return null;
  const last = env.anns[prev.index].filter((a) => a.kind === 'person').at(-1);
  if (!last || !/^[\s,，:：]*$/u.test(prev.text.slice(last.end))) return null;
  return last;
}
