import enLabels from '../../lexicon/en/labels.json';
import zhLabels from '../../lexicon/zh/labels.json';
import type { Rule } from '../harness';
import { lineIndexAt } from '../text';
import type { Line, Span, TalkMention } from '../types';

// A talk's abstract written away from its programme entry: a "嘉宾与议题介绍" section
// whose paragraphs open with the speaker ("**张三**，某公司…" / "张三，某公司…⏎议题介绍：…"),
// or repeat the title ("《标题》…"), and the recap paragraph that tells what one
// speaker talked about ("张三分享了…"). That paragraph becomes one more body of the
// talk, so the technologies named there are what the talk is about. A paragraph goes
// to one talk only, and only when the speaker (or title) points at exactly one talk.

const LEAD = /^[\s>*#\-•·【[（(\d.、)）\]】]*/u;
const AFTER_NAME = /^(?:\*\*|__)?\s*(?:[，,、|｜：:（(/]|\s|$)/u;
const TELLS = /^.{0,24}?(?:分享|介绍|讲解|讲述|带来|演讲|谈到|指出|阐述|剖析|回顾)/u;
const MAX_LINES = 14;
/** a section headed by a talk's title, or by an abstract label alone, runs to the next heading, at most this far */
const MAX_SECTION_LINES = 40;
const MAX_TALKS = 120;
/** lines from a talk's entry down to its abstract label (title, speaker, a bio paragraph between) */
const MAX_ABSTRACT_GAP = 12;
const ABSTRACT_WORDS = new Set([...zhLabels.abstract, ...enLabels.abstract].map((w) => w.toLowerCase()));
const LABEL_AT = /^[\s>*\-•·【[]*([^:：】\]\n*]{1,12}?)\s*(?:\*\*)?\s*[:：】\]]/u;

const FIELD_WORDS = new Set(
  (['speaker', 'bio', 'time', 'place', 'host', 'organization'] as const)
    .flatMap((k) => [...zhLabels[k], ...enLabels[k]])
    .map((w) => w.toLowerCase()),
);
const ALONE = /^\s*(?:#+\s*|\*\*)([^*#:：\n]{1,12}?)\s*(?:\*\*)?\s*[:：]?\s*$/u;

/** "### 演讲者", "**讲师介绍**": a field label alone on its line (its value below). */
function isFieldLabel(text: string): boolean {
  const m = text.match(ALONE);
  return !!m && FIELD_WORDS.has(m[1].trim().toLowerCase());
}

function isLabelAlone(text: string): boolean {
  const m = text.match(ALONE);
  return !!m && ABSTRACT_WORDS.has(m[1].trim().toLowerCase());
}

function isAbstractLabel(text: string): boolean {
  const m =
    text.replace(/^\s*#+\s*/, '').match(LABEL_AT) ?? text.match(/^\s*(?:#+\s*|\*\*)([^*#\n]{1,12}?)\s*(?:\*\*)?\s*$/u);
  return !!m && ABSTRACT_WORDS.has(m[1].trim().toLowerCase());
}

export const talkAbstractRule: Rule = {
  name: 'talkAbstractRule',
  run(ctx) {
    const talks = ctx.out.talks;
    // A programme of hundreds of talks is no page of abstracts (and keeps this linear).
    if (talks.length === 0 || talks.length > MAX_TALKS) return;
    const { lines } = ctx;
    const bySpeaker = new Map<string, TalkMention[]>();
    for (const t of talks)
      for (const s of t.speakers) {
        if (s.length < 2) continue;
        const list = bySpeaker.get(s) ?? [];
        list.push(t);
        bySpeaker.set(s, list);
      }
    const inside = (l: Line, spans: Span[]) => spans.some((b) => l.start < b.end && l.end > b.start);
    const spans = talks.map((t) => t.span);
    const owned = lines.map((l) => inside(l, spans));

    // Which talk each line opens an abstract for (null when it opens none).
    const anchor: (TalkMention | null)[] = lines.map(() => null);
    const tells: boolean[] = lines.map(() => false);
    // Lines that repeat a talk's title ("## 主题1⏎《标题》⏎### 演讲者 …⏎### 简介"): a details
    // section whose labeled abstract below belongs to that talk, like one below its entry.
    const repeats = new Map<number, TalkMention>();
    // Which anchors head every paragraph down to the next heading ("### 简介", a talk's section).
    const runsOn: boolean[] = lines.map(() => false);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.text.trim() === '' || owned[i]) continue;
      const found = anchorOf(l.text, bySpeaker, talks);
      if (!found) continue;
      anchor[i] = found.talk;
      tells[i] = found.tells;
      if (found.byTitle) repeats.set(i, found.talk);
      runsOn[i] = found.section;
    }

    // "内容简介：…", "**Abstract**: …" below a talk's entry and its bio: the abstract no reader took.
    const bodies = talks.flatMap((t) => t.bodies);
    let last: TalkMention | null = null;
    let lastLine = -1;
    const starts = new Map<number, TalkMention>();
    for (const t of talks) {
      const at = lineIndexAt(lines, t.span.start);
      if (!starts.has(at)) starts.set(at, t);
    }
    for (const [at, t] of repeats) if (!starts.has(at)) starts.set(at, t);
    for (let i = 0; i < lines.length; i++) {
      const opened = starts.get(i);
      if (opened) {
        last = opened;
        lastLine = i;
        continue;
      }
      const l = lines[i];
      if (!last || i - lastLine > MAX_ABSTRACT_GAP || l.text.length > 2000) continue;
      // (A heading that is a field label, "### 演讲者", stays inside the talk's entry.)
      if (/^\s*#/.test(l.text) && !isAbstractLabel(l.text) && !isFieldLabel(l.text)) {
        last = null;
        continue;
      }
      if (anchor[i] || !isAbstractLabel(l.text) || inside(l, bodies)) continue;
      anchor[i] = last;
      runsOn[i] = isLabelAlone(l.text);
    }

    // A talk whose title is a heading ("### 标题", speaker line, session details, abstract): its
    // section, down to the next heading as high as its own, is the talk's (talkScopeRule cuts bios).
    for (const t of talks) {
      const at = lineIndexAt(lines, t.span.start);
      const head = lines[at].text.match(/^\s*(#+)\s/);
      if (!head || lines[at].text.length > 2000 || !lines[at].text.includes(t.title)) continue;
      let k = at + 1;
      for (; k < lines.length && k - at <= MAX_SECTION_LINES; k++) {
        const level = lines[k].text.match(/^\s*(#+)\s/);
        if ((level && level[1].length <= head[1].length) || (owned[k] && !inside(lines[k], [t.span]))) break;
        // (Another talk's title or speaker line starts that talk's part.)
        if (anchor[k] && anchor[k] !== t) break;
      }
      while (k - 1 > at && lines[k - 1].text.trim() === '') k--;
      if (k - 1 > at) t.bodies.push({ start: lines[at + 1].start, end: lines[k - 1].end });
    }

    const opensAnchor = (i: number) => anchor[i] !== null || /^\s*#/.test(lines[i].text);
    for (let i = 0; i < lines.length; i++) {
      const t = anchor[i];
      if (!t) continue;
      const paraStart = i === 0 || lines[i - 1].text.trim() === '';
      // A recap sentence about the speaker counts only where a paragraph begins.
      if (tells[i] && !paraStart) continue;
      let k = i;
      let gap = false;
      while (k + 1 < lines.length && k - i < (runsOn[i] ? MAX_SECTION_LINES : MAX_LINES)) {
        const next = lines[k + 1];
        if (next.text.trim() === '') {
          // An abstract label alone ("### 简介") or a talk's section heads every paragraph down to the next heading.
          if (runsOn[i] && k > i && k - i < MAX_SECTION_LINES) {
            k++;
            continue;
          }
          // A lone heading line ("**张三**", "### 张三") goes on into the paragraph below.
          if (k === i && !gap && !tells[i]) {
            gap = true;
            k++;
            continue;
          }
          break;
        }
        if (opensAnchor(k + 1) || owned[k + 1]) break;
        k++;
      }
      while (k > i && lines[k].text.trim() === '') k--;
      t.bodies.push({ start: lines[i].start, end: lines[k].end });
      i = k;
    }
  },
};

function anchorOf(
  text: string,
  bySpeaker: Map<string, TalkMention[]>,
  talks: TalkMention[],
): { talk: TalkMention; tells: boolean; byTitle: boolean; section: boolean } | null {
  const rest = text.replace(LEAD, '');
  let end = rest.length;
  while (end > 0 && '*# \t'.includes(rest[end - 1])) end--;
  const bare = rest.slice(0, end);
  // The title repeated: "《标题》" anywhere, or the line is the title.
  for (const t of talks) {
    if (t.title.length < 4) continue;
    if (text.includes(`《${t.title}》`) || bare === t.title)
      return { talk: t, tells: false, byTitle: true, section: false };
  }
  // "#### 星河科技-罗青山-标题": a recap's section headed by the talk's title (and who gave it).
  if (/^\s*#/.test(text)) {
    let best: TalkMention | null = null;
    for (const t of talks)
      if (t.title.length >= 6 && bare.includes(t.title) && (!best || t.title.length > best.title.length)) best = t;
    if (best) return { talk: best, tells: false, byTitle: true, section: true };
  }
  for (const [name, list] of bySpeaker) {
    if (!rest.startsWith(name)) continue;
    const after = rest.slice(name.length);
    const bio = AFTER_NAME.test(after);
    const tells = !bio && TELLS.test(after);
    if (!bio && !tells) continue;
    if (list.length !== 1) continue;
    // A line naming a second speaker (a panel, a list of guests) describes no one talk.
    if ([...bySpeaker.keys()].some((o) => o !== name && !name.includes(o) && rest.includes(o))) continue;
    return { talk: list[0], tells, byTitle: false, section: false };
  }
  return null;
}
