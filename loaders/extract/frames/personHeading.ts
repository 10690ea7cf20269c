import { normalizeName } from '../../../src/model/ids';
import titleWords from '../../lexicon/en/title-words.json';
import type { Block } from '../layout/blocks';
import { blocksSpan, isBreak, sectionOf, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, TalkCandidate } from './types';

// A meetup report that heads each talk with its speaker, the title the first
// line below (often a list item with the slides under it):
//   ### Jane Doe          ### 张三            ### moonfish
//   * Title               - 标题              * Title
//     * [Slides](…)                           What the talk was about…
// A heading that is a recognized name is believed on its own; a bare word
// ("moonfish", "Moonfish Lee") only when the layout repeats.

const BARE_NAME = /^@?[A-Za-z][A-Za-z0-9_.-]{1,23}(?: [A-Z][a-z]+)?$/;
const TITLE_WORDS = new Set(titleWords.words);
// "- [Slides](…)", "- 视频": a link to material is no title
const MATERIAL = /^(?:video|videos|slides?|ppt|pdf|recording|视频|幻灯片|回放|课件|github|blog)\b/i;

export const personHeadingFrame: Frame = {
  name: 'personHeadingFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const h of env.blocks) {
      if (h.kind !== 'heading' || h.text.length < 2 || h.text.length > 40) continue;
      const c = readPersonHeading(h, env);
      if (c) out.push(c);
    }
    return out;
  },
};

function readPersonHeading(h: Block, env: FrameEnv): TalkCandidate | null {
  const anns = env.anns[h.index];
  const text = h.text.trim();
  const recognized = anns.some((a) => a.kind === 'person' && a.start <= 1 && a.end >= text.length - 1);
  if (!recognized && !bareName(text, env)) return null;
  // "Venue Information": a label word makes no name, however the words look
  if (text.split(' ').some((w) => env.labels.has(w.toLowerCase()))) return null;
  const section = sectionOf(env.blocks, h.index);
  const t = firstLine(env, section.from, section.to);
  if (!t) return null;
  const title = cleanTitle(t.text);
  if (title.length < 3 || isBreak(title) || MATERIAL.test(title)) return null;
  // the line below names someone first: a bio, not a title
  if (env.anns[t.index].some((a) => a.kind === 'person' && a.start === 0)) return null;
  const body = blocksSpan(env.blocks, section.from, section.to);
  return {
    title,
    titleSpan: span(t),
    speakers: [{ text, offset: span(h).start, name: recognized ? undefined : text }],
    bodies: body ? [span(h), body] : [span(h)],
    block: t.index,
    frame: 'personHeadingFrame',
    score: recognized ? 0.65 : 0.5,
    shape: `personHeading:${h.level}:${t.kind}`,
  };
}

/** The first block of the section with text, when it reads as a title line (a list item or a short line). */
function firstLine(env: FrameEnv, from: number, to: number): Block | null {
  for (let i = from; i < to; i++) {
    const b = env.blocks[i];
    if (b.text.trim() === '') continue;
    if (b.kind === 'heading' || b.kind === 'quote' || b.kind === 'tableRow') return null;
    const label = env.anns[i].find((a) => a.kind === 'label' && a.start === 0);
    if (label && label.value !== 'topic') return null;
    if (b.kind === 'listItem' && b.text.length <= 160) return b;
    if (b.kind === 'paragraph' && b.text.length <= 80 && !/[。，,.!?！？]$|[。，]/u.test(b.text)) return b;
    return null;
  }
  return null;
}

/** "moonfish", "Moonfish Lee", "@moonfish": looks like a handle or a name, and like nothing the lexicon or catalogs know. */
function bareName(text: string, env: FrameEnv): boolean {
  if (!BARE_NAME.test(text)) return false;
  const key = normalizeName(text);
  if (env.kn.techKeys.has(key) || env.kn.orgKeys.has(key) || env.labels.has(text.toLowerCase())) return false;
  if (env.lex.genericTerms.has(text.toLowerCase().replace(/\s+/g, ''))) return false;
  return !text.split(' ').some((w) => TITLE_WORDS.has(w) || env.lex.latinNotNameWords.has(w));
}
