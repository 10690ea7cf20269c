import { normalizeName } from '../../../src/model/ids';
import genericTitles from '../../lexicon/generic-titles.json';
import type { FrameEnv, TalkCandidate } from '../frames/types';
import type { RuleContext } from '../harness';
import type { Block } from '../layout/blocks';
import { readSpeakers } from '../speakers';
import { assignSeriesSections } from './sections';

// The one place that weighs candidates: a document repeats its programme
// layout, so a candidate whose shape recurs is believed even when its own
// evidence is thin (an unusual name, no time), and a lone weak one is not.
// Candidates over text an earlier reading already turned into a talk add
// nothing; two frames reading the same title keep the stronger reading.

export interface Decision {
  candidate: TalkCandidate;
  accepted: boolean;
  why: string;
}

const BELIEVED = 0.6;
const REPEATED = 3;

export function decideTalks(ctx: RuleContext, candidates: readonly TalkCandidate[], env: FrameEnv): Decision[] {
  const shapes = new Map<string, number>();
  for (const c of candidates) shapes.set(c.shape, (shapes.get(c.shape) ?? 0) + 1);
  const order = [...candidates].sort(
    (a, b) =>
      b.score - a.score || a.block - b.block || a.frame.localeCompare(b.frame) || a.title.localeCompare(b.title),
  );
  const taken = new Set<string>();
  const decisions: Decision[] = [];
  for (const c of order) {
    const decide = (accepted: boolean, why: string) => decisions.push({ candidate: c, accepted, why });
    let key = normalizeName(c.title);
    // "Keynote" twice in one programme: two talks, told apart by their speakers
    let title = c.title;
    if (taken.has(key) && GENERIC.has(key) && c.speakers.length) {
      title = `${c.title} — ${leadName(c.speakers[0].text)}`;
      key = normalizeName(title);
    }
    if (!key || key.length < 2) {
      decide(false, 'empty title');
      continue;
    }
    if (EDITION.test(c.title.trim())) {
      decide(false, 'an edition or episode number, not a title');
      continue;
    }
    if (taken.has(key)) {
      decide(false, 'a stronger reading of the same title');
      continue;
    }
    const repeated = (shapes.get(c.shape) ?? 0) >= REPEATED;
    if (c.score < BELIEVED && !repeated) {
      decide(false, `weak (${c.score}) and its layout does not repeat`);
      continue;
    }
    if (inReadingList(env, c.block)) {
      decide(false, 'under a reading list (相关阅读, See also), not a programme');
      continue;
    }
    if (overlapsTalk(ctx, c)) {
      decide(false, 'an earlier reading already holds this text');
      taken.add(key);
      continue;
    }
    if (ctx.findPerson(title)) {
      decide(false, 'the title is a person');
      continue;
    }
    const speakers: string[] = [];
    for (const p of c.speakers)
      for (const n of readSpeakers(ctx, p.text, p.offset, c.frame)) if (!speakers.includes(n)) speakers.push(n);
    if (speakers.length === 0 && c.speakers.length > 0 && !repeated) {
      decide(false, 'no person in the speaker field');
      continue;
    }
    ctx.talk({ title, speakers, span: c.titleSpan, bodies: c.bodies, rule: c.frame, event: c.event ?? null });
    for (const p of c.people ?? []) {
      if (readSpeakers(ctx, p.text, p.offset, c.frame).length > 0) continue;
      // "Rick @linuxsuren": a one-word name the frame read from a profile link, the link's handle after it
      const m = p.text.match(/^([^\s@（(]{2,30}) @([\w.-]+)/u);
      if (m) ctx.person(m[1], { start: p.offset, end: p.offset + m[1].length }, c.frame, [m[2]]);
    }
    taken.add(key);
    decide(true, repeated ? `layout repeats (${shapes.get(c.shape)}×)` : `score ${c.score}`);
  }
  assignSeriesSections(ctx, env);
  return decisions;
}

/** "第十四期", "#14", "Episode 3", "Vol. 2": the number of an issue, an edition or an episode heads it, names no talk */
const EDITION =
  /^(?:第\s*[\d一二三四五六七八九十百零]+\s*[期届场次回]|#\s*\d+|(?:episode|ep\.?|vol\.?|issue|no\.?)\s*\d+)[\s:：]*$/iu;

const GENERIC = new Set(genericTitles.titles.map((t) => normalizeName(t)));

/** "Jane Doe (Acme)", "张三，某某科技" → the name the phrase leads with. */
function leadName(phrase: string): string {
  return phrase.split(/\s*[,，(（|｜·•@]/u)[0].trim();
}

function overlapsTalk(ctx: RuleContext, c: TalkCandidate): boolean {
  const s = c.titleSpan;
  return ctx.out.talks.some((t) => t.span.start < s.end && s.start < t.span.end);
}

// the sections that list reading, a show's hosts and crew, or where to follow it: no programme there
const NOT_PROGRAMME = new Set(['notProgramme', 'host', 'contact']);

/** The block heads, or stands in a list headed by, a section such as 相关阅读 / See also / 主持人 / Credits. */
function inReadingList(env: FrameEnv, i: number): boolean {
  const isReading = (b: Block | undefined) =>
    b !== undefined && NOT_PROGRAMME.has(env.labels.get(b.text.replace(/[:：\s]+$/u, '').toLowerCase()) ?? '');
  const b = env.blocks[i];
  if (isReading(env.blocks[b.heading])) return true;
  let j = i;
  while (j > 0 && env.blocks[j].kind === 'listItem' && env.blocks[j - 1].kind === 'listItem') j--;
  return b.kind === 'listItem' && isReading(env.blocks[j - 1]);
}
