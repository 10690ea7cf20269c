import { normalizeName } from '../../../src/model/ids';
import enVerbs from '../../lexicon/en/verbs.json';
import zhVerbs from '../../lexicon/zh/verbs.json';
import type { Annotation } from '../recognize/types';
import type { Span } from '../types';
import { cleanTitle } from './programmeLine';
import { type Passage, passageSpan, passages, sentences } from './sentences';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A recap written as prose names its talks in sentences: a person, a speech verb from the lexicon
// (lexicon/*/verbs.json), then the title — quoted, linked or bold, or the noun phrase after a topic verb:
//   "张三分享了《…》"   "李四讲软件架构，"   "@王五 的「…」"   "「…」 by @handle"
//   "Jane Doe spoke about building X."   "John Roe’s talk, “…”"   "“…”, by Jane Doe"
// and a report that gives each talk a heading opens the section with "Jane Doe presented …": the heading is the title.
// A person named in passing (no verb, or a verb with no title after it) is no speaker.

type VerbKind = 'topic' | 'speech' | 'direct' | 'quoted';

interface Verb {
  start: number;
  end: number;
  kind: VerbKind;
  zh: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

const ZH_KIND = new Map<string, VerbKind>();
for (const w of zhVerbs.quotedOnly) ZH_KIND.set(w, 'quoted');
for (const w of zhVerbs.direct) ZH_KIND.set(w, 'direct');
for (const w of zhVerbs.speech) ZH_KIND.set(w, 'speech');
for (const w of zhVerbs.topic) ZH_KIND.set(w, 'topic');
const ZH_VERB = new RegExp(
  byLength([...ZH_KIND.keys()])
    .map(esc)
    .join('|'),
  'gu',
);
const ZH_DIRECT_NOT_BEFORE = new Set(zhVerbs.directNotBefore);

const EN_KIND = new Map<string, VerbKind>();
for (const w of enVerbs.speech) EN_KIND.set(w.toLowerCase(), 'speech');
for (const w of enVerbs.topic) EN_KIND.set(w.toLowerCase(), 'topic');
// "Jane Doe’s talk": a possessive verb is written right against the name
const EN_VERB = new RegExp(
  `(?:${byLength([...EN_KIND.keys()])
    .map((w) => (/^['’]/.test(w) ? esc(w) : `(?<![\\p{L}])${esc(w)}`))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

const ZH_FILLER = new RegExp(`^(?:\\s|${byLength(zhVerbs.fillers).map(esc).join('|')})*$`, 'u');
const EN_FILLER = new RegExp(`^(?:\\s|${byLength(enVerbs.fillers).map(esc).join('|')})*$`, 'iu');
const TITLE_WORD = new RegExp(
  `^(?:\\s|了|是|他|她|自己|我们|带来的|第.{1,2}个|${byLength(zhVerbs.titleWords).map(esc).join('|')}|——|—|[-–:：,，])*$`,
  'u',
);
const BY = new RegExp(
  `^[\\s,，]*(?:${byLength([...zhVerbs.by, ...enVerbs.by])
    .map(esc)
    .join('|')})\\s*[@＠]?$`,
  'iu',
);

// the end of a noun-phrase title: a clause or sentence boundary
const EN_NP_END = /[,;:!?()“”"]|\.(?=\s|$)|\s[-–—]\s/u;
const ZH_NP_BAD = /^(?:了|着|过|的|一下|一些|一个|他|她|我|你|自己|大家|这|那|些|到)/u;
const EN_NP_BAD = /^(?:it|its|this|that|these|those|them|him|her|his|their|me|us|you|what|why|some|a lot|lots)\b/i;

interface Speaker {
  start: number;
  end: number;
  phrase: SpeakerPhrase;
}

export const proseTalkFrame: Frame = {
  name: 'proseTalkFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const p of passages(env)) {
      if (p.text.length < 6) continue;
      const found: { c: TalkCandidate; at: number }[] = [];
      const people = speakersOf(p, env);
      const titles = p.anns.filter((a) => a.kind === 'title');
      const heading = headingAbove(p, env);
      const ss = sentences(p.text);
      for (let si = 0; si < ss.length; si++) {
        const s = ss[si];
        const inS = people.filter((x) => x.start >= s.start && x.end <= s.end);
        if (inS.length === 0) continue;
        let used = s.start;
        const add = (title: string, tStart: number, tEnd: number, who: Speaker[], score: number, how: string) => {
          const t = cleanProseTitle(title);
          if (t.length < 2 || t.length > 120) return;
          if (who.some((w) => normalizeName(w.phrase.text) === normalizeName(t))) return;
          found.push({
            at: s.start,
            c: {
              title: t,
              titleSpan: passageSpan(p, tStart, tEnd),
              speakers: who.map((w) => w.phrase),
              bodies: [],
              block: p.blocks[0].index,
              frame: 'proseTalkFrame',
              score,
              shape: `prose:${how}`,
            },
          });
        };
        // a report's section opened by "Jane Doe presented …": the heading names the talk
        if (heading && si === 0 && inS[0].start <= s.start + 1) {
          // "Jane Doe continued in the same vein, giving a talk which …": the heading's own sentence may say more first
          const v = verbsIn(p.text, s.start, s.end).find(
            (x) => gapOk(p.text, inS[0], x) || (!x.zh && x.kind === 'speech' && x.start - inS[0].end <= 80),
          );
          if (v) {
            const who = withCoSpeakers(p.text, people, inS[0]);
            found.push({
              at: s.start,
              c: {
                title: heading.title,
                titleSpan: heading.span,
                speakers: who.map((w) => w.phrase),
                bodies: [heading.section],
                block: p.blocks[0].index,
                frame: 'proseTalkFrame',
                score: 0.75,
                shape: 'prose:heading',
              },
            });
            continue;
          }
        }
        // "「…」 by @handle", "“…”, by Jane Doe"
        const claimed = new Set<Annotation>();
        let byUsed = s.start;
        for (const t of titles) {
          if (t.start < s.start || t.end > s.end || t.start < byUsed) continue;
          const close = t.end + (/^[」》”"]/u.test(p.text.slice(t.end)) ? 1 : 0);
          const by = inS.find((x) => x.start >= close && x.start - close <= 8 && BY.test(p.text.slice(close, x.start)));
          if (by) {
            add(t.value, t.start, t.end, withCoSpeakers(p.text, people, by), 0.75, 'by');
            claimed.add(t);
            byUsed = by.end;
          }
        }
        // person … verb … title
        for (const v of verbsIn(p.text, s.start, s.end)) {
          if (v.start < used) continue;
          const who = inS.filter((x) => x.end <= v.start && x.start >= used).pop();
          if (!who || !gapOk(p.text, who, v) || recordAbove(p, titles, who, v)) continue;
          const speakers = withCoSpeakers(p.text, people, who);
          const t = titleAfter(p, titles, v, s.end);
          if (t && claimed.has(t)) continue;
          if (t) {
            add(t.value, t.start, t.end, speakers, 0.8, `${v.zh ? 'zh' : 'en'}:quoted`);
            used = t.end;
            continue;
          }
          if (v.kind === 'speech' || v.kind === 'quoted') continue;
          const np = nounPhrase(p.text, v, s.end);
          if (!np) continue;
          add(p.text.slice(np.start, np.end), np.start, np.end, speakers, 0.6, `${v.zh ? 'zh' : 'en'}:np`);
          used = np.end;
        }
      }
      // a talk's text runs from its sentence to the next talk's sentence in the passage
      found.sort((a, b) => a.at - b.at);
      for (let i = 0; i < found.length; i++) {
        const { c, at } = found[i];
        if (c.bodies.length === 0) {
          const to = i + 1 < found.length && found[i + 1].at > at ? found[i + 1].at : p.text.length;
          c.bodies.push(passageSpan(p, at, to));
        }
        out.push(c);
      }
    }
    return out;
  },
};

/** People who may speak in a passage: recognized names, @handles, and a short link right before a verb. */
function speakersOf(p: Passage, env: FrameEnv): Speaker[] {
  const out: Speaker[] = [];
  const phraseAt = (start: number, end: number, text: string, handle = false): Speaker => ({
    start,
    end,
    phrase: { text, offset: passageSpan(p, start, end).start, ...(handle ? { handle: true } : {}) },
  });
  const persons = p.anns.filter((a) => a.kind === 'person');
  // a name read from a profile or speaker-page link may be a nickname ("hongqn")
  for (const a of persons)
    out.push(phraseAt(a.start, a.end, p.text.slice(a.start, a.end), /^person\.(?:page|profile)$/.test(a.recognizer)));
  for (const a of p.anns) {
    if (a.kind !== 'handle') continue;
    // "@Jane Doe": the name the person recognizer read after the @ is the speaker
    if (persons.some((x) => x.start < a.end && a.start < x.end)) continue;
    out.push(phraseAt(a.start, a.end, a.value, true));
  }
  // "[someone](blog) 讲…": a short linked name written right against a speech verb
  for (const l of p.links) {
    const text = p.text.slice(l.start, l.end).trim();
    if (text.length < 2 || text.length > 12 || /\s/.test(text) || out.some((x) => x.start < l.end && l.start < x.end))
      continue;
    const k = normalizeName(text);
    if (env.kn.techKeys.has(k) || env.kn.orgKeys.has(k)) continue;
    const v = verbsIn(p.text, l.end, Math.min(p.text.length, l.end + 6))[0];
    if (v?.zh && v.kind !== 'quoted' && ZH_FILLER.test(p.text.slice(l.end, v.start)))
      out.push(phraseAt(l.start, l.end, text, true));
  }
  return out.sort((a, b) => a.start - b.start);
}

function verbsIn(text: string, from: number, to: number): Verb[] {
  const s = text.slice(from, to);
  const out: Verb[] = [];
  for (const m of s.matchAll(ZH_VERB)) {
    const start = from + (m.index ?? 0);
    const kind = ZH_KIND.get(m[0]) ?? 'topic';
    if (kind === 'direct' && ZH_DIRECT_NOT_BEFORE.has(text[start + m[0].length] ?? '')) continue;
    out.push({ start, end: start + m[0].length, kind, zh: true });
  }
  for (const m of s.matchAll(EN_VERB)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, kind: EN_KIND.get(m[0].toLowerCase()) ?? 'speech', zh: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What stands between the speaker and the verb: fillers only for 讲/的, a short clause for the others. */
function gapOk(text: string, who: Speaker, v: Verb): boolean {
  const gap = text.slice(who.end, v.start);
  if (v.kind === 'quoted') return /^\s{0,2}$/.test(gap);
  if (v.kind === 'direct') return ZH_FILLER.test(gap);
  if (/^['’]/.test(text.slice(v.start))) return gap === '';
  if (v.zh) return gap.length <= 12 && !/[。；]/u.test(gap) && !/[，,]\s*$/u.test(gap);
  return gap.length <= 40 && (EN_FILLER.test(gap) || !/[,;]/.test(gap));
}

/**
 * "《标题》——张三" on one line, "讲了 Rust。" on the next: a line holding a quoted title and the name is a programme
 * record, and the line below it is its abstract, not a sentence that name begins.
 */
function recordAbove(p: Passage, titles: readonly Annotation[], who: Speaker, v: Verb): boolean {
  const line = (pos: number) => {
    let i = p.starts.length - 1;
    while (i > 0 && p.starts[i] > pos) i--;
    return i;
  };
  const i = line(who.start);
  if (i === line(v.start)) return false;
  const from = p.starts[i];
  const to = from + p.blocks[i].text.length;
  return titles.some((t) => t.recognizer === 'title.quoted' && t.start >= from && t.end <= to && t.end <= who.start);
}

/** A quoted, linked or bold title starting right after the verb (past "他带来的 Topic——", ", "). */
function titleAfter(p: Passage, titles: readonly Annotation[], v: Verb, end: number): Annotation | null {
  for (const t of titles) {
    if (t.start < v.end || t.end > end) continue;
    let open = t.start;
    if (/[《「“"]/u.test(p.text[open - 1] ?? '')) open--;
    else if (p.text.slice(open - 2, open) === '<<') open -= 2;
    const gap = p.text.slice(v.end, open);
    if (v.kind === 'quoted') return /^\s{0,2}$/.test(gap) ? t : null;
    if (gap.length > 16) return null;
    if (
      v.zh
        ? TITLE_WORD.test(gap)
        : /^[\s,:–—-]*(?:the |a |an )?(?:talk|keynote|presentation|session)?[\s,:]*$/i.test(gap)
    )
      return t;
    return null;
  }
  return null;
}

/** The noun phrase after a topic verb, up to a clause boundary: "讲软件架构，" → 软件架构. */
function nounPhrase(text: string, v: Verb, end: number): { start: number; end: number } | null {
  let start = v.end;
  while (start < end && /\s/.test(text[start])) start++;
  const rest = text.slice(start, end);
  const stop = rest.search(v.zh ? ZH_NP_END_ZH : EN_NP_END);
  let e = start + (stop < 0 ? rest.length : stop);
  while (e > start && /[\s.。]/u.test(text[e - 1])) e--;
  const np = text.slice(start, e);
  if (v.zh) {
    if (np.length < 2 || np.length > 30 || ZH_NP_BAD.test(np)) return null;
  } else {
    const words = np.split(/\s+/).length;
    if (np.length < 3 || words > 14 || np.length > 100 || EN_NP_BAD.test(np) || !/^[\p{L}\p{N}]/u.test(np)) return null;
  }
  return { start, end: e };
}
// Chinese noun phrases may hold spaces ("Ruby China这几年的…"): only punctuation ends them
const ZH_NP_END_ZH = /[，,。；;！!？?（(：:“”"「」《》]|\s[-–—]\s/u;

/** "Jane Doe & John Roe presented": the people joined to the speaker by "&", "and", "和", "、". */
function withCoSpeakers(text: string, people: readonly Speaker[], who: Speaker): Speaker[] {
  const out = [who];
  let cur = who;
  for (let i = people.indexOf(who) - 1; i >= 0; i--) {
    const prev = people[i];
    if (!/^\s*(?:&|and|和|与|、|,|，)\s*$/u.test(text.slice(prev.end, cur.start))) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The heading a passage opens the section of (nothing but empty blocks between), as a title. */
function headingAbove(p: Passage, env: FrameEnv): { title: string; span: Span; section: Span } | null {
  const first = p.blocks[0];
  const h = first.heading;
  if (h < 0) return null;
  for (let i = h + 1; i < first.index; i++) if (env.blocks[i].text.trim() !== '') return null;
  const hb = env.blocks[h];
  const title = cleanTitle(hb.text);
  if (title.length < 3 || title.length > 100) return null;
  if (env.documentTitle && normalizeName(env.documentTitle) === normalizeName(title)) return null;
  let to = h + 1;
  while (to < env.blocks.length && !(env.blocks[to].kind === 'heading' && env.blocks[to].level <= hb.level)) to++;
  return {
    title,
    span: { start: hb.offsets[0], end: hb.offsets[hb.offsets.length - 1] },
    section: { start: hb.start, end: env.blocks[to - 1].end },
  };
}

/** "[title](slides.pdf)" a link the segmenter could not read across lines, trailing "的" and quotes. */
function cleanProseTitle(s: string): string {
  const link = s.match(/^\[([^\]]+)\]\([^)]*\)$/);
  return cleanTitle(link ? link[1] : s);
}
