import { normalizeName } from '../../../src/model/ids';
import eventWords from '../../lexicon/event-words.json';
import genericTitles from '../../lexicon/generic-titles.json';
import slotWords from '../../lexicon/slot-words.json';
import type { FrameEnv, SpeakerPhrase, TalkCandidate } from '../frames/types';
import type { RuleContext } from '../harness';
import type { Block } from '../layout/blocks';
import { readSpeakers } from '../speakers';
import type { TalkMention } from '../types';
import { descriptorAffiliations } from './descriptors';
import { headedBioAffiliations } from './headedBio';
import { acceptHeadingRun, headingRunCandidates } from './headingRun';
import { looseNames } from './looseNames';
import { isPeopleOnly, recordPeople } from './people';
import { assignSeriesSections } from './sections';
import { weakerReadingAffiliations } from './weakerReading';

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
  const credited = new Set<number>();
  const decisions: Decision[] = [];
  for (const c of order) {
    const decide = (accepted: boolean, why: string) => decisions.push({ candidate: c, accepted, why });
    // hosts, editors, people quoted with their role: people of the document, no talk
    if (isPeopleOnly(c)) {
      const named = c.score >= BELIEVED ? recordPeople(ctx, c, env) : [];
      decide(named.length > 0, named.length ? `people named with a role: ${named.join(', ')}` : 'no person named');
      continue;
    }
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
    if (EDITION.test(title.trim())) {
      decide(false, 'an edition or episode number (第十期, #3, Episode 3), not a title');
      continue;
    }
    if (taken.has(key)) {
      weakerReadingAffiliations(ctx, c, title);
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
    // one credit line ("演讲嘉宾：张三") read by two frames for two titles: one talk, the stronger reading
    const credit = c.speakers[0]?.offset;
    if (credit !== undefined && credited.has(credit)) {
      decide(false, 'its speaker line already credits a stronger reading');
      continue;
    }
    if (ctx.findPerson(title)) {
      decide(false, 'the title is a person');
      continue;
    }
    const speakers: string[] = [];
    for (const p of c.speakers) {
      let read = readSpeakers(ctx, p.text, p.offset, c.frame);
      // a handle or a one-word name the frame vouches for (a profile link, a repeated layout)
      if (read.length === 0 && p.name) read.push(handlePerson(ctx, p, c.frame));
      // a handle written with @ (@勾三股四) names its person as it stands
      if (read.length === 0 && p.handle)
        read.push(ctx.person(p.text, { start: p.offset, end: p.offset + p.text.length }, c.frame).name);
      // "Manic (Acme)", "Allen&Christophe&Matthew": names no reader knows, in a speaker field the layout repeats
      if (read.length === 0 && repeated) read.push(...looseNames(ctx, p, c.frame));
      // "林一&林二 Felix&Vincent": the name reader took the first of several joined by &
      else if (read.length === 1 && repeated && /[&＆]/u.test(p.text)) {
        const loose = looseNames(ctx, p, c.frame);
        if (loose.length > 1 && loose.includes(read[0])) read = loose;
      }
      for (const n of read.length ? read : labeledName(ctx, p, c.frame)) if (!speakers.includes(n)) speakers.push(n);
    }
    if (speakers.length === 0 && isSlotTitle(title)) {
      decide(false, 'a programme slot (break, welcome, wrap-up) that no one gives');
      continue;
    }
    if (speakers.length === 0 && c.speakers.length > 0 && !repeated) {
      decide(false, 'no person in the speaker field');
      continue;
    }
    // a recap retelling a programme's talk under a shorter title ("Ruby Require" for "Ruby Require那些事"), same speaker
    const told = retold(ctx, speakers, title);
    if (told) {
      if (!told.aliases.includes(title)) told.aliases.push(title);
      told.bodies.push(...c.bodies);
      taken.add(key);
      decide(false, `the same speaker's talk “${told.title}”, retold`);
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
    if (credit !== undefined) credited.add(credit);
    decide(true, repeated ? `layout repeats (${shapes.get(c.shape)}×)` : `score ${c.score}`);
  }
  for (const c of acceptHeadingRun(ctx, headingRunCandidates(env, ctx.out.talks), isSlotTitle))
    decisions.push({ candidate: c, accepted: true, why: 'a heading of a run of headings read as talks' });
  assignSeriesSections(ctx, env);
  descriptorAffiliations(ctx, env);
  headedBioAffiliations(ctx, env);
  return decisions;
}

/**
 * The one talk already read whose speakers are exactly `speakers` and whose title shares much of `title` (one holds
 * the other, or their character pairs overlap by a third), or null. A speaker with two talks matches neither.
 */
function retold(ctx: RuleContext, speakers: readonly string[], title: string): TalkMention | null {
  if (speakers.length === 0) return null;
  const same = ctx.out.talks.filter(
    (t) => t.speakers.length === speakers.length && speakers.every((s) => t.speakers.includes(s)),
  );
  if (same.length !== 1) return null;
  const a = normalizeName(title);
  const b = normalizeName(same[0].title);
  if (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) return same[0];
  return dice(a, b) >= 1 / 3 ? same[0] : null;
}

function dice(a: string, b: string): number {
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * common) / total;
}

/** "@jdoe" → the person jdoe, known also as @jdoe. */
function handlePerson(ctx: RuleContext, p: SpeakerPhrase, rule: string): string {
  const name = (p.name as string).replace(/^[@＠]/u, '');
  const aliases = name === p.name ? [] : [p.name as string];
  const span = { start: p.offset, end: p.offset + p.text.length };
  const person = ctx.person(name, span, rule, aliases).name;
  // "jdoe(Acme Committer)": what the parenthetical says of them
  const aff = p.text.match(/[（(]([^()（）]+)[)）]\s*$/u);
  if (aff) ctx.affiliate(person, aff[1], span, rule);
  return person;
}

/** "第十四期", "第 3 届", "#12", "No. 7", "Vol.2", "Episode 3": a title that is only an edition or episode number. */
const EDITION = new RegExp(
  `^(?:第\\s*[\\d一二三四五六七八九十百零〇]+\\s*(?:${eventWords.editionCounters.join('|')})|(?:#|No\\.?|Vol\\.?|Episode|Ep\\.?|Issue)\\s*\\d+)[\\s:：]*$`,
  'iu',
);

/** A labeled speaker ("演讲者：勾三股四", "Speaker: Winter") whose name no name reader knows: a short name-like phrase. */
function labeledName(ctx: RuleContext, p: SpeakerPhrase, rule: string): string[] {
  const t = p.text.trim();
  if (!p.labeled || !/^(?:\p{Script=Han}{2,6}|\p{Lu}[\p{L}\d.'-]{1,20}(?: \p{Lu}[\p{L}.'-]{0,20}){0,2})$/u.test(t))
    return [];
  if (ctx.kn.techKeys.has(normalizeName(t)) || ctx.kn.orgKeys.has(normalizeName(t))) return [];
  return [ctx.person(t, { start: p.offset, end: p.offset + t.length }, rule).name];
}

const SLOT_WORDS = new Set(slotWords.words);
const HAN_SLOT_WORDS = slotWords.words.filter((w) => /\p{Script=Han}/u.test(w));

/** "Coffee / Email Break", "Close / Conclusion", "领导致辞", "开场致词 Opening": slot words and nothing else. */
export function isSlotTitle(title: string): boolean {
  const words = title
    .toLowerCase()
    .split(/\s*[/&、,，+＋|｜]\s*|\s+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        SLOT_WORDS.has(w) ||
        ([...w].length <= 6 && HAN_SLOT_WORDS.some((h) => w.endsWith(h) && w.length - h.length <= 2)),
    )
  );
}

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
