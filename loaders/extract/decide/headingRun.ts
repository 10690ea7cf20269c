import { normalizeName } from '../../../src/model/ids';
import { isSectionHeading } from '../frames/headingTalk';
import { blocksSpan, sectionOf } from '../frames/parts';
import { cleanTitle } from '../frames/programmeLine';
import { leadingDate } from '../frames/sections';
import type { FrameEnv, TalkCandidate } from '../frames/types';
import type { RuleContext } from '../harness';
import type { Block } from '../layout/blocks';
import type { Span, TalkMention } from '../types';

// A report that gives every talk a heading of one kind (a ### or a bold line) names the speaker
// under most of them, not all: "演讲人是来自某厂的张三" in prose, or no one. Once three headings
// of one kind are read as talks, another heading of that kind is a talk too, with no speaker, when
// it stands among them (between the first and the last) or in a part of the document that holds one.
// Whichever rule or frame read those talks, their titles standing as headings make the run.
// A bold line of two bold titles ("**甲** 与 **乙**") names two talks.

const RUN = 3;
const JOINED = /^\s*(?:与|和|及|、|&|＆|and|vs\.?)\s*$/iu;

/** The titles a heading-like block names ([] when it is no heading): its text, or each of its joined bold parts. */
function headingTitles(b: Block): string[] {
  if (b.kind === 'heading' || (b.kind === 'paragraph' && b.emphasized)) return [b.text];
  if (b.kind !== 'paragraph' || b.strong.length !== 2) return [];
  const [x, y] = b.strong;
  const whole = b.text.slice(0, x.start).trim() === '' && b.text.slice(y.end).trim() === '';
  return whole && JOINED.test(b.text.slice(x.end, y.start))
    ? [b.text.slice(x.start, x.end), b.text.slice(y.start, y.end)]
    : [];
}

const kindOf = (b: Block) => (b.kind === 'heading' ? `h${b.level}` : 'bold');

/** Candidates for the headings of a run whose other headings are the titles of `talks` (whatever read them). */
export function headingRunCandidates(env: FrameEnv, talks: readonly TalkMention[]): TalkCandidate[] {
  const titled = new Map<string, Span[]>();
  for (const t of talks) titled.set(normalizeName(t.title), [...(titled.get(normalizeName(t.title)) ?? []), t.span]);
  const isTalkHeading = (b: Block) =>
    headingTitles(b).some((h) =>
      (titled.get(normalizeName(cleanTitle(h))) ?? []).some((s) => s.start < b.end && b.start < s.end),
    );
  const talkBlocks = new Map<string, Block[]>();
  for (const b of env.blocks)
    if (isTalkHeading(b)) talkBlocks.set(kindOf(b), [...(talkBlocks.get(kindOf(b)) ?? []), b]);
  const out: TalkCandidate[] = [];
  for (const [kind, run] of talkBlocks) {
    if (run.length < RUN) continue;
    const taken = new Set(run.map((b) => b.index));
    const parts = new Set(run.map((b) => b.heading));
    const [first, last] = [run[0].index, run[run.length - 1].index];
    // a heading written again and again ("**听众收获**" under each talk) is a field label, no title
    const seen = new Map<string, number>();
    for (const b of env.blocks)
      if (kindOf(b) === kind)
        for (const t of headingTitles(b)) seen.set(normalizeName(t), (seen.get(normalizeName(t)) ?? 0) + 1);
    for (const b of env.blocks) {
      if (taken.has(b.index) || kindOf(b) !== kind) continue;
      if (!(b.index > first && b.index < last) && !parts.has(b.heading)) continue;
      for (const t of headingTitles(b)) {
        const title = cleanTitle(t);
        if ((seen.get(normalizeName(t)) ?? 0) > 1) continue;
        if (!isTitleLike(title, b, env)) continue;
        const at = b.text.indexOf(t);
        out.push({
          title,
          titleSpan: { start: b.offsets[at], end: b.offsets[at + t.length - 1] + 1 },
          speakers: [],
          bodies: [blocksSpan(env.blocks, b.index, sectionEnd(env, b)) ?? { start: b.start, end: b.end }],
          block: b.index,
          frame: 'headingRun',
          score: 0.6,
          shape: `headingRun:${kind}`,
        });
      }
    }
  }
  return out;
}

/** Where the part a heading heads ends: the next heading of its level or above, or (a bold line) the next bold line. */
function sectionEnd(env: FrameEnv, b: Block): number {
  if (b.kind === 'heading') return sectionOf(env.blocks, b.index).to;
  let i = b.index + 1;
  while (i < env.blocks.length && !(env.blocks[i].kind === 'heading' || headingTitles(env.blocks[i]).length > 0)) i++;
  return i;
}

function isTitleLike(title: string, b: Block, env: FrameEnv): boolean {
  const n = [...title].length;
  if (n < 4 || n > 100 || /[:：]$/u.test(title) || /[。！？]\s*\S/u.test(title)) return false;
  if (isSectionHeading(title, env) || leadingDate(title)) return false;
  // a heading that is a person's name, or that a label leads ("演讲人：…"), heads no talk
  return !env.anns[b.index].some(
    (a) => (a.kind === 'person' && a.end - a.start >= title.length - 3) || (a.kind === 'label' && a.start === 0),
  );
}

/** Records the candidates of headingRunCandidates that no talk holds yet; the slot and person checks stay decide's. */
export function acceptHeadingRun(
  ctx: RuleContext,
  candidates: readonly TalkCandidate[],
  isSlot: (title: string) => boolean,
): TalkCandidate[] {
  const done: TalkCandidate[] = [];
  for (const c of candidates) {
    if (isSlot(c.title) || ctx.findPerson(c.title) || ctx.findTalk(c.title)) continue;
    const s = c.titleSpan;
    if (ctx.out.talks.some((t) => t.span.start < s.end && s.start < t.span.end)) continue;
    ctx.talk({ title: c.title, speakers: [], span: s, bodies: c.bodies, rule: c.frame, event: null });
    done.push(c);
  }
  return done;
}
