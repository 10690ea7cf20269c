import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { isBreak, phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, SpeakerPhrase, TalkCandidate } from './types';

// A talk archive, a video list, a digest: one item per talk, the title first
// (often the link to the recording), then "by" and the speaker, then a
// description that is not part of the title:
//   - [Launching Things](video) by Jane Doe - a contributor shares pointers for …
//   - [[url][Error Values]] _by_ [[url][_John_Roe_]] - ideas on how to …
//   - Testing at Scale, by Jane Doe and John Roe: what we learned …

const BY = /(?:^|[\s,，])(?:by|presented by)\s+/giu;
/** what may stand between the speaker and the description */
const TAIL = /^\s*(?:$|[-–—:：|｜,，;；]\s*|\(\s*)/u;
const AND = /^\s*(?:,|&|and|和|与|、)\s*/u;

export const archiveLineFrame: Frame = {
  name: 'archiveLineFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind !== 'listItem' || b.text.length < 8 || b.text.length > 500) continue;
      const c = readItem(b, env.anns[b.index]);
      if (c) out.push(c);
    }
    return out;
  },
};

function readItem(b: Block, anns: readonly Annotation[]): TalkCandidate | null {
  // the first "by" past the title's start; the title never runs past 200 characters
  BY.lastIndex = 0;
  let by: RegExpExecArray | null = null;
  for (let m = BY.exec(b.text); m && m.index <= 200; m = BY.exec(b.text))
    if (m.index >= 3) {
      by = m;
      break;
    }
  if (!by) return null;
  const titleEnd = by.index;
  const after = by.index + by[0].length;
  const speakers: SpeakerPhrase[] = [];
  let at = after;
  let lastEnd = after;
  for (let round = 0; round < 4; round++) {
    const person = anns.find((a) => a.kind === 'person' && a.start >= at && a.start <= at + 2);
    if (!person) break;
    speakers.push(phrase(b, person.start, person.end));
    at = person.end;
    lastEnd = person.end;
    const more = b.text.slice(at).match(AND);
    if (!more) break;
    at += more[0].length;
  }
  if (speakers.length === 0) return null;
  // a description may follow the speaker, after a separator; nothing else may
  if (!TAIL.test(b.text.slice(lastEnd))) return null;
  // the title: the link the item starts with, when it ends right before "by", else the words before "by"
  const lead = b.links.find((l) => l.start <= 1 && l.end <= titleEnd && b.text.slice(l.end, titleEnd).trim() === '');
  const start = lead ? lead.start : 0;
  const end = lead ? lead.end : titleEnd;
  const title = cleanTitle(b.text.slice(start, end));
  if (title.length < 3 || isBreak(title)) return null;
  // "Jane Doe by John Roe" is no talk
  if (anns.some((a) => a.kind === 'person' && a.start <= start + 1 && a.end >= end - 1)) return null;
  return {
    title,
    titleSpan: span(b, start, end),
    speakers,
    bodies: [span(b)],
    block: b.index,
    frame: 'archiveLineFrame',
    score: lead ? 0.75 : 0.6,
    shape: `archive:${b.level}:${lead ? 'link' : 'text'}`,
  };
}
