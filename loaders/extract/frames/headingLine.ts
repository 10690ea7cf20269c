import type { Block } from '../layout/blocks';
import { blocksSpan, fields, isAffiliationField, isPersonField, phrase, sectionOf, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A heading that is a whole programme line: the speaker and the title in one
// heading, either order, any separator; the section below is the abstract.
//   ### 张三（某某科技）——标题            ### Title — Jane Doe (Acme)
//   ## 李四 · 某某云 架构师：标题

export const headingLineFrame: Frame = {
  name: 'headingLineFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    const unread: Block[] = [];
    // headings of each level that end with a speaker the name readers know
    const named = new Map<number, number>();
    for (const h of env.blocks) {
      if (h.kind !== 'heading' || h.text.length < 6 || h.text.length > 160) continue;
      if (env.documentTitle && h.text.trim() === env.documentTitle.trim()) continue;
      const c = readHeadingLine(h, env);
      if (c) out.push(c);
      else unread.push(h);
      if (c?.shape.endsWith('speaker-last')) named.set(h.level, (named.get(h.level) ?? 0) + 1);
    }
    // "## 标题 - 不四": where headings of one level name their speakers last, a short nickname there is one too
    for (const h of unread) {
      if ((named.get(h.level) ?? 0) < 2) continue;
      const c = readNicknameLine(h, env);
      if (c) out.push(c);
    }
    return out;
  },
};

const NICKNAME = /^(?:\p{Script=Han}{2,3}|\p{L}[\p{L}\d_.-]{1,19})$/u;

/** "## 标题 - 隐风 & 晓田": a title, a dash, then one or more short nicknames (花名) that no name reader knows. */
function readNicknameLine(h: Block, env: FrameEnv): TalkCandidate | null {
  const anns = env.anns[h.index];
  if (anns.some((a) => a.kind === 'label' && a.start === 0)) return null;
  const dash = [...h.text.matchAll(/\s[-–—]\s/gu)].pop();
  if (!dash) return null;
  const at = (dash.index ?? 0) + dash[0].length;
  const title = cleanTitle(h.text.slice(0, dash.index));
  if (title.length < 4) return null;
  const speakers: SpeakerPhrase[] = [];
  for (const m of h.text.slice(at).matchAll(/[^&＆、,，/]+/gu)) {
    const name = m[0].trim();
    const start = at + (m.index ?? 0) + m[0].indexOf(name);
    if (!NICKNAME.test(name) || env.lex.notNames.has(name)) return null;
    // a technology or an organization closing the heading is part of the title
    if (
      anns.some(
        (a) => (a.kind === 'technology' || a.kind === 'organization') && a.start < start + name.length && a.end > start,
      )
    )
      return null;
    speakers.push({ ...phrase(h, start, start + name.length), name });
  }
  if (speakers.length === 0) return null;
  const section = sectionOf(env.blocks, h.index);
  const body = blocksSpan(env.blocks, section.from, section.to);
  return {
    title,
    titleSpan: span(h, 0, dash.index),
    speakers,
    bodies: body ? [span(h), body] : [span(h)],
    block: h.index,
    frame: 'headingLineFrame',
    score: 0.5,
    shape: `headingLine:${h.level}:speaker-last`,
  };
}

function readHeadingLine(h: Block, env: FrameEnv): TalkCandidate | null {
  const anns = env.anns[h.index];
  // "### 议题：…", "### Speaker: …": a labeled heading is another frame's
  if (anns.some((a) => a.kind === 'label' && a.start === 0)) return null;
  const fs = fields(h.text);
  if (fs.length < 2) return null;
  const personAt = (i: number) => isPersonField(fs[i], anns);
  let lo = 0;
  let hi = fs.length;
  if (personAt(0)) {
    lo = 1;
    while (lo < fs.length - 1 && (isAffiliationField(fs[lo], anns, env) || personAt(lo))) lo++;
  } else if (personAt(fs.length - 1)) {
    hi = fs.length - 1;
    while (hi > 1 && personAt(hi - 1)) hi--;
  } else return null;
  if (lo >= hi) return null;
  const who = lo > 0 ? phrase(h, fs[0].start, fs[lo - 1].end) : phrase(h, fs[hi].start, fs[fs.length - 1].end);
  const title = cleanTitle(h.text.slice(fs[lo].start, fs[hi - 1].end));
  // the title is words, not another name or a bare organization
  if (title.length < 4 || anns.some((a) => a.kind === 'person' && a.start === fs[lo].start && a.end === fs[hi - 1].end))
    return null;
  const section = sectionOf(env.blocks, h.index);
  const body = blocksSpan(env.blocks, section.from, section.to);
  return {
    title,
    titleSpan: span(h, fs[lo].start, fs[hi - 1].end),
    speakers: [who],
    bodies: body ? [span(h), body] : [span(h)],
    block: h.index,
    frame: 'headingLineFrame',
    score: 0.87,
    shape: `headingLine:${h.level}:${lo > 0 ? 'speaker-first' : 'speaker-last'}`,
  };
}
