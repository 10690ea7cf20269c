import episode from '../../lexicon/episode.json';
import peopleRoles from '../../lexicon/people-roles.json';
import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { labeledNamePhrase } from './labeledName';
import { isPersonField, phrase, sectionOf } from './parts';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// People a document names with a part in the event who give no talk of their own, as GUIDE.md counts them
// (hosts, editors, panelists, guests, crew, people quoted with their role). Five layouts, all words from
// lexicon/people-roles.json (crew sections from lexicon/episode.json):
//   a role label and its names     "主持人：张三"   "后期编辑：李四"   "Host:" with "Jane Doe" on the line below
//   a section a role word heads    "## 圆桌嘉宾" then "### 张三" / "**李四**：" / "- 王五（某某科技）" per person
//   a quotation's attribution      "> …" then "> -- Jane Doe, CTO, Acme" / "> —— 某某科技 创始人 张三"
//   a show's crew                  "### Credits" then "Audio Editing: Jane Doe"
//   an English recap's sentences   "Jane Doe explained …", "Jane & John presented …", "hosted by John Roe"
// The candidate has no title: decide/ records its people and nothing else.

const LABELS = new Set(peopleRoles.labels.map((w) => w.toLowerCase()));
const ZH_ENDS = peopleRoles.headingEnds.filter((w) => /\p{Script=Han}/u.test(w));
const EN_ENDS = new Set(peopleRoles.headingEnds.filter((w) => !/\p{Script=Han}/u.test(w)).map((w) => w.toLowerCase()));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK = new RegExp(
  `^(?:${[...peopleRoles.attribution]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})\\s*`,
  'u',
);
// "主持人：", "【嘉宾】", "**Host**:" (bold already read): a label word and its colon at the start of a block
const LEAD = /^\s*[【[]?\s*([^:：】\]\n]{1,12}?)\s*(?:[:：】\]])\s*/u;

export const peopleFrame: Frame = {
  name: 'peopleFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    const push = (b: Block, people: SpeakerPhrase[], score: number, shape: string) => {
      if (people.length)
        out.push({
          title: '',
          titleSpan: { start: b.start, end: b.end },
          speakers: [],
          bodies: [],
          block: b.index,
          frame: 'peopleFrame',
          score,
          shape: `people:${shape}`,
          people,
        });
    };
    for (const b of env.blocks) {
      // "Jane Doe explained …" in a paragraph of any length: each person is looked at once, a few words around
      for (const p of actingPeople(b, env)) push(b, [p], 0.7, 'acts');
      if (b.text.length > 300) continue;
      const attributed = attribution(b, env);
      if (attributed) push(b, [attributed], 0.75, 'attribution');
      const labeled = labeledPeople(b, env);
      if (labeled) push(labeled.block, [labeled.phrase], 0.8, inCredits(b, env) ? 'credits' : 'label');
      if (b.kind === 'heading' && isRoleHeading(b.text)) push(b, sectionPeople(b, env), 0.7, 'section');
      const credited = labeled ? null : creditLine(b, env);
      if (credited) push(b, [credited], 0.75, 'credits');
    }
    return out;
  },
};

/** "> -- Jane Doe, CTO, Acme" under a quotation: the person it quotes and what the line says of them. */
function attribution(b: Block, env: FrameEnv): SpeakerPhrase | null {
  if (b.kind !== 'quote' && b.kind !== 'paragraph') return null;
  const m = b.text.match(MARK);
  if (!m) return null;
  let prev = b.index - 1;
  while (prev >= 0 && env.blocks[prev].text.trim() === '') prev--;
  if (b.kind !== 'quote' && env.blocks[prev]?.kind !== 'quote') return null;
  const from = m[0].length;
  const rest = b.text.slice(from);
  if (rest.length > 160) return null;
  const who = env.anns[b.index].find((a) => a.kind === 'person' && a.start >= from && a.start <= from + 24);
  if (!who) return null;
  // "—— 某某科技 创始人 张三": what stands before the name is where they work
  const before = b.text.slice(from, who.start).trim();
  if (/[。.!?！？；;]/u.test(before)) return null;
  const p = phrase(b, who.start, b.text.length);
  if (before && b.text.slice(who.end).trim() === '') return { ...p, text: `${p.text.trim()}（${before}）` };
  return p;
}

/** "主持人：张三", "Host:" with the names on the next line: the people a role label names. */
function labeledPeople(b: Block, env: FrameEnv): { block: Block; phrase: SpeakerPhrase } | null {
  if (b.kind === 'heading' || b.kind === 'tableRow') return null;
  const m = b.text.match(LEAD);
  if (!m || !LABELS.has(m[1].trim().toLowerCase())) return null;
  let v = b;
  let from = m[0].length;
  if (from >= b.text.length) {
    // the label alone on its line: the names are the next line's
    let n = b.index + 1;
    while (n < env.blocks.length && env.blocks[n].text.trim() === '') n++;
    v = env.blocks[n];
    if (!v || v.kind === 'heading' || v.text.length > 120 || LEAD.test(v.text)) return null;
    from = 0;
  }
  const anns = env.anns[v.index];
  const lead = anns.find((a) => a.kind === 'person' && a.start >= from && a.start <= from + 1);
  if (lead) return { block: v, phrase: phrase(v, lead.start, v.text.length) };
  const named = labeledNamePhrase(v, from, anns);
  return named ? { block: v, phrase: named } : null;
}

const words = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');
const ACTS_AFTER = new RegExp(
  `^(?:\\s+(?:also\\s+|then\\s+|later\\s+|first\\s+)?(?:${words(peopleRoles.actsAfter.filter((w) => !/^['’]/.test(w)))})|(?:${words(peopleRoles.actsAfter.filter((w) => /^['’]/.test(w)))}))(?![\\p{L}])`,
  'iu',
);
const ACTS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words(peopleRoles.actsBefore)})\\s*$`, 'iu');

/** "Jane Doe explained …", "a talk by John Roe": people an English recap says spoke, hosted or organized. */
function actingPeople(b: Block, env: FrameEnv): SpeakerPhrase[] {
  if (b.kind === 'heading' || b.kind === 'tableRow' || b.text.length < 30) return [];
  const out: SpeakerPhrase[] = [];
  const seen = new Set<string>();
  const anns = env.anns[b.index];
  for (let i = 0; i < anns.length; i++) {
    const a = anns[i];
    if (a.kind !== 'person' || !/^person\.(?:en|profile|page)$/.test(a.recognizer) || !/\s/.test(a.value)) continue;
    if (seen.has(a.value)) continue;
    // "Jane Doe & John Roe presented": the verb follows the last of the names joined by & / and (looked at
    // forward from this name only, up to the first that is not joined)
    let last = a;
    for (let j = i + 1; j < anns.length && j <= i + 8; j++) {
      const n = anns[j];
      if (n.kind !== 'person' || n.start <= last.end) continue;
      if (!/^\s*(?:&|and)\s*$/.test(b.text.slice(last.end, n.start))) break;
      last = n;
    }
    const after = b.text.slice(last.end, last.end + 40);
    const before = b.text.slice(Math.max(0, a.start - 30), a.start);
    if (ACTS_AFTER.test(after) || ACTS_BEFORE.test(before)) {
      seen.add(a.value);
      out.push(phrase(b, a.start, a.end));
    }
  }
  return out;
}

// "Hosting Infrastructure: ": a crew label may be longer than a role word
const CREDIT_LEAD = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*/u;
const CREDIT_SECTIONS = new Set(episode.creditSections.map((w) => w.toLowerCase()));

const inCredits = (b: Block, env: FrameEnv) =>
  CREDIT_SECTIONS.has(env.blocks[b.heading]?.text.replace(/[:：\s]+$/u, '').toLowerCase() ?? '');

/** "Audio Editing: John Roe", "剪辑：李四": a crew line (a `credit` label, or any label in a Credits section). */
function creditLine(b: Block, env: FrameEnv): SpeakerPhrase | null {
  if (b.kind === 'heading' || b.kind === 'tableRow' || b.text.length > 120) return null;
  const m = b.text.match(CREDIT_LEAD);
  if (!m) return null;
  const credit = env.anns[b.index].some((a) => a.kind === 'label' && a.value === 'credit' && a.start === 0);
  if (!credit && !inCredits(b, env)) return null;
  const from = m[0].length;
  const p = env.anns[b.index].find((a) => a.kind === 'person' && a.start >= from && a.start <= from + 1);
  return p && b.text.slice(p.end).trim() === '' ? phrase(b, p.start, p.end) : null;
}

/** "圆桌嘉宾", "主题分享嘉宾 1", "Our Hosts": a heading that names a role of people. */
function isRoleHeading(text: string): boolean {
  const t = text.replace(/[\s:：\d]+$/u, '').trim();
  if (/\p{Script=Han}/u.test(t)) return t.length <= 10 && ZH_ENDS.some((w) => t.endsWith(w));
  const words = t.split(/\s+/);
  return words.length <= 3 && EN_ENDS.has(words[words.length - 1].toLowerCase());
}

/** The people of a role section: a heading, a "**Name**：" line or a person field per person. */
function sectionPeople(h: Block, env: FrameEnv): SpeakerPhrase[] {
  const { from, to } = sectionOf(env.blocks, h.index);
  const out: SpeakerPhrase[] = [];
  for (let i = from; i < to && i < from + 80; i++) {
    const b = env.blocks[i];
    if (b.text.length > 80 || b.kind === 'tableRow' || b.kind === 'quote') continue;
    const anns = env.anns[i];
    const p = wholePerson(b, anns);
    if (p) out.push(p);
  }
  return out;
}

/** A block that is a person: "张三", "张三：", "@张三", "张三（某某科技 架构师）". */
function wholePerson(b: Block, anns: readonly Annotation[]): SpeakerPhrase | null {
  const text = b.text.replace(/[\s:：]+$/u, '');
  const first = anns.find((a) => a.kind === 'person' && a.start <= 1);
  if (!first) return null;
  if (first.end >= text.length - 1) return phrase(b, first.start, first.end);
  if (b.kind === 'heading') return null;
  const field = { start: 0, end: text.length, text };
  return isPersonField(field, anns) ? phrase(b, 0, text.length) : null;
}
