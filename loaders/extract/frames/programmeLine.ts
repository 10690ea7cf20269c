import zhLabels from '../../lexicon/zh/labels.json';
import { cleanTitle as unquote } from '../harness';
import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { type Field, fields, isAffiliationField, isBreak, isPersonField, phrase, span } from './parts';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// One line holds one talk: a time slot or a list item whose fields are the
// title and the speaker, in either order, with any separator:
//   "09:00-10:00 张三，某某科技 - 标题"   "`14:00` 标题 | 张三"
//   "- Jane Doe - Title"   "- Title, by Jane Doe (video)"   "1) Title by Jane Doe (Acme)"

// the Chinese speaker labels of the lexicon (讲师：, 演讲者：), longest first, written inside a line
const SPEAKER_LABELS = [...zhLabels.speaker]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const BY = new RegExp(
  `(?:,\\s*|\\s+|^)(?:by|presented by|with)\\s+(?=\\S)|\\s*[（(]?(?:${SPEAKER_LABELS})[:：]\\s*`,
  'giu',
);

const LINK_LABEL = /^(?:video|videos|slides?|slide deck|ppt|pdf|recording|playlist|视频|幻灯片|回放|课件)$/i;

export const programmeLineFrame: Frame = {
  name: 'programmeLineFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind === 'tableRow' || b.text.length > 300 || b.text.length < 5) continue;
      const anns = env.anns[b.index];
      const time = anns.find((a) => a.kind === 'time' && (a.start <= 3 || LEAD_TAG.test(b.text.slice(0, a.start))));
      if (b.kind !== 'listItem' && !time) continue;
      // "- Venue: …", "- Date: …": a labeled fact about the event, not a talk
      const label = anns.find((a) => a.kind === 'label' && a.start === 0);
      if (label && label.value !== 'topic' && label.value !== 'speaker') continue;
      const c = readLine(b, anns, time ?? null, env);
      if (c) out.push(c);
    }
    return out;
  },
};

function readLine(b: Block, anns: readonly Annotation[], time: Annotation | null, env: FrameEnv): TalkCandidate | null {
  const from = time ? time.end : 0;
  const rest = b.text.slice(from);
  // "Title, by Name": everything after "by" is the speaker part
  BY.lastIndex = 0;
  let by: RegExpExecArray | null = null;
  for (let m = BY.exec(rest); m; m = BY.exec(rest)) if (m.index > 3) by = m;
  let title: Field | null = null;
  let speakers: SpeakerPhrase[] = [];
  const linked = linkedSpeaker(b, anns, from);
  if (linked) {
    title = linked.title;
    speakers = [linkedPhrase(b, linked.speaker, linked.person)];
  } else if (by) {
    const sStart = from + by.index + by[0].length;
    const speakerPart = trimTrailingLinks(b, sStart, b.text.length);
    const who: Field = { start: sStart, end: speakerPart, text: b.text.slice(sStart, speakerPart) };
    if (isPersonField(who, anns)) {
      title = trimField(b.text, from, from + by.index);
      speakers = [phrase(b, who.start, who.end)];
    }
  }
  if (!title) {
    const fs = fields(b.text, from, trimTrailingLinks(b, from, b.text.length));
    if (fs.length < 2) return null;
    const personAt = (i: number) => isPersonField(fs[i], anns);
    const affAt = (i: number) => isAffiliationField(fs[i], anns, env);
    let lo = 0;
    let hi = fs.length;
    // speaker fields at the start: a person, then what is said of them
    if (personAt(0)) {
      lo = 1;
      while (lo < fs.length - 1 && (affAt(lo) || personAt(lo))) lo++;
      speakers = [phrase(b, fs[0].start, fs[lo - 1].end)];
    } else if (personAt(fs.length - 1) || (fs.length >= 3 && personAt(fs.length - 2) && affAt(fs.length - 1))) {
      hi = personAt(fs.length - 1) ? fs.length - 1 : fs.length - 2;
      while (hi > 1 && personAt(hi - 1)) hi--;
      speakers = [phrase(b, fs[hi].start, fs[fs.length - 1].end)];
    }
    if (lo >= hi) return null;
    title = { start: fs[lo].start, end: fs[hi - 1].end, text: b.text.slice(fs[lo].start, fs[hi - 1].end) };
  }
  const text = cleanTitle(title.text);
  // "London Gophers - Slides", "张三 - 视频": a link to someone's material, not a talk title
  if (LINK_LABEL.test(text)) return null;
  if (text.length < 3 || (speakers.length === 0 && (isBreak(text) || !time))) return null;
  if (speakers.length === 0 && b.kind === 'listItem' && !time) return null;
  return {
    title: text,
    titleSpan: span(b, title.start, title.end),
    speakers,
    bodies: [span(b)],
    block: b.index,
    frame: 'programmeLineFrame',
    score: speakers.length ? (time ? 0.85 : 0.6) : 0.3,
    shape: `line:${b.kind}:${b.level}:${time ? 't' : ''}:${linked ? 'link' : by ? 'by' : 'f'}`,
  };
}

/** "[tw] ", "(Lightning talk) ", "【主会场】": a short tag (language, track, kind) written before a slot's time. */
const LEAD_TAG = /^\s*[[(（【][^\])）】]{1,24}[\])）】]\s*$/u;

/**
 * "9:00 [Jane Doe, Acme](speakers/jane) - Title", "Title - [张三 · 某某科技](…)": the speaker written as one link
 * (to their page), the title on the other side of a separator. The link is one field, commas and all.
 */
function linkedSpeaker(
  b: Block,
  anns: readonly Annotation[],
  from: number,
): { speaker: Field; title: Field; person: Annotation } | null {
  const rest = trimField(b.text, from, trimTrailingLinks(b, from, b.text.length));
  for (const l of b.links) {
    if (l.start < rest.start || l.end > rest.end) continue;
    const lead = l.start === rest.start;
    if (!lead && l.end !== rest.end) continue;
    // the name as recognized by its look before the whole link text a speaker-page link stands for
    const people = anns.filter((a) => a.kind === 'person' && a.start === l.start && a.end <= l.end);
    const person = people.find((a) => a.recognizer !== 'person.page') ?? people[0];
    if (!person) continue;
    const other = lead ? trimField(b.text, l.end, rest.end) : trimField(b.text, rest.start, l.start);
    const gap = lead ? b.text.slice(l.end, other.start) : b.text.slice(other.end, l.start);
    // the title stands across a separator from the link (or just after it), never run into it
    if (other.text.length < 3 || !(/[-–—|｜:：]/u.test(gap) || (lead && /^\s+$/.test(gap)))) continue;
    return { speaker: { start: l.start, end: l.end, text: b.text.slice(l.start, l.end) }, title: other, person };
  }
  return null;
}

/**
 * "Jane Doe, Acme" in a speaker link is a name and an organization: read as "Jane Doe (Acme)"; "张三 zhangsan, Acme"
 * (a handle after the name) as the recognized name and the organization.
 */
function linkedPhrase(b: Block, speaker: Field, person: Annotation): SpeakerPhrase {
  const p: SpeakerPhrase = phrase(b, speaker.start, speaker.end);
  // "[@jdoe](github.com/jdoe)": a handle linked to its profile is a person though it looks like no name
  if (person.recognizer === 'person.profile') p.name = person.value;
  if (/[(（]/u.test(p.text)) return p;
  const comma = p.text.search(/\s*[,，]\s*/u);
  const head = comma > 0 ? p.text.slice(0, comma) : p.text;
  const org =
    comma > 0
      ? p.text
          .slice(comma)
          .replace(/^\s*[,，]\s*/u, '')
          .trim()
      : '';
  const handle = person.end - speaker.start < head.length && /^\S+\s+[a-z][\w.-]*$/.test(head);
  const name = handle ? person.value : head;
  return { text: org ? `${name} (${org})` : name, offset: p.offset, name: p.name };
}

/** Where a line's trailing "(video)", "[slides]", " - video" links start. */
function trimTrailingLinks(b: Block, from: number, to: number): number {
  let end = to;
  for (let i = b.links.length - 1; i >= 0; i--) {
    const l = b.links[i];
    if (l.end < end - 3 || l.start < from) break;
    const label = b.text.slice(l.start, l.end).trim();
    if (!/^(?:video|slides?|ppt|pdf|视频|幻灯片|source|code|recording|youtube|vimeo)$/i.test(label)) break;
    end = l.start;
  }
  const tail = b.text.slice(from, end).match(/[\s(（[\-–—]*$/u);
  return end - (tail ? tail[0].length : 0);
}

function trimField(text: string, start: number, end: number): Field {
  let a = start;
  let b = end;
  while (a < b && /[\s\-–—:：|｜,，]/u.test(text[a])) a++;
  while (b > a && /[\s\-–—:：|｜,，]/u.test(text[b - 1])) b--;
  return { start: a, end: b, text: text.slice(a, b) };
}

/** The harness's title cleaning, after a trailing separator and a leading "主题：" / "Topic:" are gone. */
export function cleanTitle(s: string): string {
  // the label goes before the quotes are read too: "主题:《标题》" is 标题
  return unquote(s.replace(/[\s\-–—:：|｜,，]+$/u, '').replace(TITLE_LABEL, ''))
    .replace(TITLE_LABEL, '')
    .trim();
}

const TITLE_LABEL = /^(?:(?:主题|议题|题目|Topic|Title)\s*\d*\s*[:：]\s*)/iu;
