import episode from '../../lexicon/episode.json';
import type { Block } from '../layout/blocks';
import { isChineseName, isLatinName, leadingChineseName } from '../names';
import type { Annotation } from '../recognize/types';
import type { Span } from '../types';
import { blocksSpan, phrase, sectionOf, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, SpeakerPhrase } from './types';

// An interview, a podcast episode, its show notes: the document itself is one
// talk, its title the document's title, its speakers the guests:
//   title: "An Interview with Jane Doe"        title: "张三：开源社区的十年"
//   We interview Jane Doe about …              ### 嘉宾
//   ### Credits                                [张三](https://github.com/zs) 某某基金会董事
//   Audio Editing: John Roe                    ### 主持人
//                                              - [李四](…) 开源爱好者
// Guests come from a guest section, the title ("with X", "专访X", "X：…",
// "Series: X and Y") or the lead ("We interview X", "邀请到了 … X");
// hosts and crew (主持人, Hosts:, 剪辑：) are people of the document, never speakers.

const lower = (xs: readonly string[]) => new Set(xs.map((w) => w.toLowerCase()));
const GUEST = lower(episode.guestLabels);
const HOST = lower(episode.hostLabels);
const CREDIT_SECTION = lower(episode.creditSections);
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')
    .replace(/ /g, '\\s+');
const DOCUMENT_WORD = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(episode.documentWords)})(?![A-Za-z])`, 'iu');
const TITLE_LINK = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(episode.titleLinks)})(?![A-Za-z])\\s*`, 'giu');
const LEAD_VERB = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(episode.leadVerbs)})(?![A-Za-z])`, 'giu');
/** "#19 ", "S04E00-", "Episode 12: ", "Ep. 3 - ", "第 12 期：": the episode's number is no part of its title */
const EPISODE_NUMBER =
  /^(?:#\s*\d{1,4}|S\d{1,2}E\d{1,3}|(?:episode|ep\.?)\s*\d{1,4}|第\s*\d{1,4}\s*期|\d{1,4}\s*[.、])\s*[-–—:：|｜.]?\s*/iu;
/** a label and a name after it: "Audio Editing: John Roe", "剪辑：李四", "Hosts: Jane Doe" */
const LEAD_LABEL = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*/u;
const LEAD_ROOM = 40;

export const episodeFrame: Frame = {
  name: 'episodeFrame',
  run(env) {
    const raw = env.documentTitle?.trim();
    if (!raw || raw.length < 4 || raw.length > 200) return [];
    const guestHeads = headingsOf(env, GUEST);
    const hostHeads = headingsOf(env, HOST);
    // the title says interview / episode / podcast, or the notes have both a guests and a hosts section
    if (!DOCUMENT_WORD.test(raw) && !(guestHeads.length > 0 && hostHeads.length > 0)) return [];
    const title = cleanTitle(raw.replace(EPISODE_NUMBER, ''));
    if (title.length < 4) return [];
    const anchor = titleBlock(env, title);
    const speakers: SpeakerPhrase[] = [];
    const add = (p: SpeakerPhrase | null) => {
      if (p && !speakers.some((s) => s.text === p.text)) speakers.push(p);
    };
    for (const h of guestHeads) for (const p of peopleUnder(env, h)) add(p);
    const at = env.documentTitleAt ?? (anchor ? env.blocks[anchor].start : (env.blocks[0]?.start ?? 0));
    for (const p of guestsInTitle(raw, env, at)) add(p);
    if (speakers.length === 0) for (const p of guestsInLead(env)) add(p);
    if (speakers.length === 0) return [];
    const people: SpeakerPhrase[] = [];
    for (const h of hostHeads) people.push(...peopleUnder(env, h));
    people.push(...crew(env));
    const titleSpan: Span =
      anchor !== null
        ? span(env.blocks[anchor])
        : env.documentTitleAt != null
          ? { start: env.documentTitleAt, end: env.documentTitleAt + raw.length }
          : span(env.blocks[0]);
    const whole = blocksSpan(env.blocks, 0, env.blocks.length);
    return [
      {
        title,
        titleSpan,
        speakers,
        people,
        bodies: whole ? [titleSpan, whole] : [titleSpan],
        block: anchor ?? 0,
        frame: 'episodeFrame',
        score: 0.8,
        shape: 'episode',
      },
    ];
  },
};

/** Headings (or bold lines standing as headings) whose words are one of `labels`. */
function headingsOf(env: FrameEnv, labels: Set<string>): number[] {
  return env.blocks
    .filter((b) => (b.kind === 'heading' || b.emphasized) && labels.has(b.text.replace(/[:：\s]+$/u, '').toLowerCase()))
    .map((b) => b.index);
}

/** The block that writes the title again ("### 节目名称" then the title), if one does. */
function titleBlock(env: FrameEnv, title: string): number | null {
  for (const b of env.blocks.slice(0, 12)) {
    const t = cleanTitle(b.text.replace(EPISODE_NUMBER, ''));
    if (t === title || (t.endsWith(title) && t.length - title.length <= 12)) return b.index;
  }
  return null;
}

/** The person each block of a section leads with, and what the block says of them. */
function peopleUnder(env: FrameEnv, h: number): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  const { from, to } = env.blocks[h].kind === 'heading' ? sectionOf(env.blocks, h) : { from: h + 1, to: h + 6 };
  for (let i = from; i < Math.min(to, env.blocks.length, from + 12); i++) {
    const b = env.blocks[i];
    if (b.kind === 'heading' || b.emphasized) break;
    const p = leadPerson(b, env.anns[i]);
    if (p) out.push(p);
  }
  return out;
}

function leadPerson(b: Block, anns: readonly Annotation[]): SpeakerPhrase | null {
  const person = anns.find((a) => a.kind === 'person' && a.start <= 1);
  if (!person) return null;
  const profile = anns.find((a) => a.recognizer === 'person.profile' && a.start === person.start);
  const name = b.text.slice(person.start, person.end);
  const rest = b.text
    .slice(person.end)
    .replace(/^[\s,，:：·|｜-]*(?:是\s*)?/u, '')
    .trim();
  const stop = rest.search(/[。；;]/u);
  const about = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  const handle = profile ? profileHandle(b, profile) : null;
  const named = handle && handle.toLowerCase() !== name.toLowerCase() ? `${name} @${handle}` : name;
  const p = phrase(b, person.start, person.end);
  return { text: about && about.length <= 80 ? `${named}（${about}）` : named, offset: p.offset };
}

/** "[张三](https://github.com/zhangsan)": the handle the profile link names. */
function profileHandle(b: Block, person: Annotation): string | null {
  if (person.recognizer !== 'person.profile') return null;
  const link = b.links.find((l) => l.start === person.start);
  const m = link?.href.match(/^https?:\/\/(?:www\.)?(?:github\.com|twitter\.com|x\.com)\/@?([\w.-]+)\/?$/i);
  return m ? m[1] : null;
}

/** Guests the title names: "An Interview with Jane Doe", "专访张三", "张三：题目", "Speaker Series: Jane Doe and John Roe". */
function guestsInTitle(title: string, env: FrameEnv, at: number): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  const push = (name: string, nick?: string) => {
    const n = name.trim();
    if (n && !out.some((p) => p.text.startsWith(n))) out.push({ text: nick ? `${n} @${nick}` : n, offset: at });
  };
  TITLE_LINK.lastIndex = 0;
  for (const m of title.matchAll(TITLE_LINK)) {
    const rest = title.slice((m.index ?? 0) + m[0].length);
    const zh = leadingChineseName(rest, env.lex);
    if (zh) {
      push(zh);
      continue;
    }
    // up to " on …", " about …", a colon, a comma or a bracket
    const phraseText = rest.split(/\s+(?:on|about|at|from|of)\s+|[:：,，(（|｜—–]|\s-\s/u)[0].trim();
    const nick = phraseText.match(/\s["“]([^"”]{2,20})["”]\s/u);
    const plain = nick ? phraseText.replace(nick[0], ' ') : phraseText;
    // "conference founder J Haigh": the capitalized words the phrase ends with
    const tail = plain.match(/(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*$/u);
    if (tail && isLatinName(tail[0])) push(tail[0], nick?.[1]);
  }
  // "张三：题目": a Chinese name standing before the title's colon
  const colon = title.match(/^(\p{Script=Han}{2,4})\s*[:：]/u);
  if (colon && isChineseName(colon[1], env.lex)) push(colon[1]);
  // "…: Jane Doe and John Roe": the part after the last colon is names only
  const last = title.split(/[:：]\s*/u);
  if (last.length > 1) {
    const names = last[last.length - 1].split(/\s*(?:,|，|、|&|\band\b|和|与)\s*/u).filter(Boolean);
    if (names.length > 0 && names.every((n) => isLatinName(n) || isChineseName(n, env.lex)))
      for (const n of names) push(n);
  }
  return out;
}

/** "We interview Jane Doe about …", "本期邀请到了某基金会的张三": the first person just after a lead verb. */
function guestsInLead(env: FrameEnv): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (const b of env.blocks.slice(0, 8)) {
    if (b.kind !== 'paragraph' || b.text.length < 10) continue;
    LEAD_VERB.lastIndex = 0;
    for (const m of b.text.matchAll(LEAD_VERB)) {
      const end = (m.index ?? 0) + m[0].length;
      const person = env.anns[b.index].find((a) => a.kind === 'person' && a.start >= end && a.start <= end + LEAD_ROOM);
      if (person) {
        out.push(phrase(b, person.start, person.end));
        return out;
      }
    }
  }
  return out;
}

/** "Audio Editing: John Roe", "剪辑：李四", and every person leading a line of a Credits / Staff section. */
function crew(env: FrameEnv): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (const b of env.blocks) {
    if (b.kind === 'heading' || b.text.length > 120) continue;
    const m = b.text.match(LEAD_LABEL);
    const inCredits = CREDIT_SECTION.has(env.blocks[b.heading]?.text.trim().toLowerCase() ?? '');
    const word = m?.[1].toLowerCase() ?? '';
    if (!m || !(env.labels.get(word) === 'credit' || HOST.has(word) || inCredits)) continue;
    const from = m[0].length;
    const person = env.anns[b.index].find((a) => a.kind === 'person' && a.start >= from && a.start <= from + 1);
    if (person) out.push(phrase(b, person.start, person.end));
  }
  return out;
}
