import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { labeledNamePhrase } from './labeledName';
import { blocksSpan, isBreak, phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import { leadingDate } from './sections';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A report that writes each talk as a title, what it was about, and then a
// credit line closing the section:
//   * **Title**                     **某某数据库**
//     What the talk showed…         来自某某科技的张三分享了《标题》，…
//     Presented by [Jane Doe](…)    演讲嘉宾：张三
// The credit line leads with a speaker label (from the lexicon; "Presented by"
// needs no colon). When the title line is only a short heading and the section
// quotes one 《title》, the quoted one is the talk's.

const SCAN = 8;
/** blocks an abstract below its credit line may run to (a recap's notes on one talk) */
const MAX_ABSTRACT = 40;

export const creditLineFrame: Frame = {
  name: 'creditLineFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const h of env.blocks) {
      if (!titleBlock(h) || h.text.length < 3 || h.text.length > 160) continue;
      if (env.anns[h.index].some((a) => a.kind === 'label' && a.start === 0)) continue;
      // "**讲师阵容**", "9月18日 专题：…": a part of the programme or a day, not a talk
      if (sectionWords(h.text, env) || leadingDate(h.text)) continue;
      const c = readCredit(h, env);
      if (c) out.push(c);
    }
    return out;
  },
};

/** A heading, or a list item or line written wholly in bold. */
function titleBlock(b: Block): boolean {
  return b.kind === 'heading' || (b.emphasized && (b.kind === 'listItem' || b.kind === 'paragraph'));
}

function readCredit(h: Block, env: FrameEnv): TalkCandidate | null {
  const last = Math.min(env.blocks.length, h.index + 1 + SCAN);
  for (let i = h.index + 1; i < last; i++) {
    const b = env.blocks[i];
    if (titleBlock(b)) return null;
    // a time slot or a topic line below: another entry of the programme starts
    const anns = env.anns[i];
    if (anns.some((a) => (a.kind === 'time' && a.start <= 3) || (a.kind === 'label' && a.value === 'topic')))
      return null;
    const speakers = creditSpeakers(b, env);
    if (!speakers) continue;
    const quoted = h.text.length <= 20 ? quotedTitle(env, h.index + 1, i) : null;
    const title = cleanTitle(quoted ? quoted.value : h.text);
    if (title.length < 3 || isBreak(title)) return null;
    // "Title / 演讲人：张三 / what the talk showed…": a credit straight below the title opens the section
    const end = i === h.index + 1 ? abstractEnd(env, i + 1) : i + 1;
    const body = blocksSpan(env.blocks, h.index + 1, end);
    return {
      title,
      titleSpan: quoted ? span(env.blocks[quoted.block], quoted.start, quoted.end) : span(h),
      speakers,
      bodies: body ? [span(h), body] : [span(h)],
      block: quoted ? quoted.block : h.index,
      frame: 'creditLineFrame',
      score: 0.88,
      shape: `credit:${h.kind}:${quoted ? 'quoted' : 'line'}`,
    };
  }
  return null;
}

/** Where the abstract below a credit line ends: at the next title, heading or credit line. */
function abstractEnd(env: FrameEnv, from: number): number {
  const last = Math.min(env.blocks.length, from + MAX_ABSTRACT);
  let i = from;
  while (i < last && !titleBlock(env.blocks[i]) && !creditSpeakers(env.blocks[i], env)) i++;
  return i;
}

/** "Presented by Jane Doe and @jroe", "演讲嘉宾：张三（花名）": the people a credit line names, or null. */
function creditSpeakers(b: Block, env: FrameEnv): SpeakerPhrase[] | null {
  if (b.text.length > 200) return null;
  const anns = env.anns[b.index];
  const label = anns.find((a) => a.kind === 'label' && a.start === 0);
  let from = -1;
  if (label) {
    if (label.value !== 'speaker') return null;
    from = label.end;
  } else {
    // "Presented by Jane Doe": a speaker label written without a colon, straight before a name
    const lead = b.text.match(/^(\p{L}+(?: \p{L}+)?)\s+/u);
    if (lead && env.labels.get(lead[1].toLowerCase()) === 'speaker') from = lead[0].length;
  }
  if (from < 0) return null;
  const people = anns.filter((a) => a.kind === 'person' && a.start >= from);
  // "演讲者：Jamie": a labeled name that no name reader knows
  const named = label && people.length === 0 ? labeledNamePhrase(b, from, anns) : null;
  if (named) return [named];
  if (people.length === 0 || people[0].start > from + 1) return null;
  const out: SpeakerPhrase[] = [];
  let prevEnd = -1;
  for (const p of people) {
    if (p.start < prevEnd) continue;
    // a name and its parenthetical ("张三（花名）") is one phrase
    const close = b.text.slice(p.end).match(/^\s*[（(][^)）]{0,30}[)）]/u);
    const end = close ? p.end + close[0].length : p.end;
    const ph = phrase(b, p.start, end);
    if (p.recognizer === 'person.profile') ph.name = p.value;
    out.push(ph);
    prevEnd = end;
  }
  return out;
}

/** "讲师阵容", "嘉宾与议题": a short heading made of the lexicon's field or section words. */
function sectionWords(text: string, env: FrameEnv): boolean {
  const t = text.replace(/[:：\s]+$/u, '').toLowerCase();
  if (env.labels.has(t)) return true;
  if ([...t].length > 10) return false;
  for (const [word, key] of env.labels)
    if (word.length >= 2 && key !== 'topic' && /\p{Script=Han}/u.test(word) && t.includes(word)) return true;
  return false;
}

/** The one 《quoted》 title in blocks [from, to), or null when there is none or several. */
function quotedTitle(env: FrameEnv, from: number, to: number): Annotation | null {
  let found: Annotation | null = null;
  for (let i = from; i < to; i++)
    for (const a of env.anns[i])
      if (a.kind === 'title' && a.recognizer === 'title.quoted' && a.confidence >= 0.9) {
        if (found) return null;
        found = a;
      }
  return found;
}
