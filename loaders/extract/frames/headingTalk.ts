import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { labeledNamePhrase } from './labeledName';
import { orgFirstSpeakers } from './orgFirst';
import { blocksSpan, fields, isAffiliationField, isPersonField, leadingPerson, phrase, sectionOf, span } from './parts';
import { cleanTitle } from './programmeLine';
import { leadingDate } from './sections';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// One heading per talk, the speaker written just below it:
//   ### 标题            ### Topic 1: Title           **标题**
//   张三 · 某某科技 架构师   Speaker: Jane Doe, Acme     ![张三 | 某某科技](…)
//                                                    > 讲师介绍：张三，某某科技…
// The section under the heading is the talk's abstract.

const LOOKAHEAD = 4;

export const headingTalkFrame: Frame = {
  name: 'headingTalkFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const h of env.blocks) {
      const heading = h.kind === 'heading' || (h.kind === 'paragraph' && h.emphasized && h.text.length <= 120);
      if (!heading || h.text.length < 3 || h.text.length > 160) continue;
      if (env.documentTitle && h.text.trim() === env.documentTitle.trim()) continue;
      // "**讲师介绍**", "### Speakers": a field label standing as a heading names no talk
      if (isSectionHeading(h.text, env)) continue;
      // "### December 11 2019 - Venue", "## 10 月 18 日": a dated heading heads a day or an edition
      if (leadingDate(h.text)) continue;
      // "…体系。 By 张三": a sentence ended inside it makes it prose underlined by a rule, not a title
      if (/[。！？]\s*\S/u.test(h.text)) continue;
      const c = readHeading(h, env);
      if (c) out.push(c);
    }
    return out;
  },
};

function readHeading(h: Block, env: FrameEnv): TalkCandidate | null {
  // "### 张三": a heading that is a person's name heads their bio, not a talk
  if (env.anns[h.index].some((a) => a.kind === 'person' && a.end - a.start >= h.text.length - 3)) return null;
  const section =
    h.kind === 'heading' ? sectionOf(env.blocks, h.index) : { from: h.index + 1, to: nextEmphasized(env, h) };
  let speakers: SpeakerPhrase[] = [];
  let how = '';
  // the speaker in the heading's own image alt, or a line below
  for (let i = section.from; i < Math.min(section.to, section.from + LOOKAHEAD) && speakers.length === 0; i++) {
    const b = env.blocks[i];
    const anns = env.anns[b.index];
    const alt = b.imageAlts.find((t) => /\S\s*[|｜]\s*\S/.test(t));
    const label = anns.find((a) => a.kind === 'label' && a.start === 0);
    // a sub-heading, or a bold line, below: it heads a talk of its own, this heading holds talks
    if (b.kind === 'heading' || (b.emphasized && b.kind === 'paragraph')) break;
    // a time slot below the heading: the heading is a part of the programme, not one talk
    if (anns.some((a) => a.kind === 'time' && a.start <= 3)) break;
    if (label && (label.value === 'speaker' || label.value === 'bio')) {
      const rest = b.text.slice(label.end);
      const first = fields(b.text, label.end, Math.min(b.text.length, label.end + 80))[0];
      if (first && isPersonField(first, anns)) {
        speakers = [phrase(b, label.end, label.value === 'bio' ? endOfIntro(b.text, label.end) : b.text.length)];
        how = `label-${label.value}`;
      } else if (rest.trim() && label.value === 'speaker') {
        const p = leadingPerson({ start: label.end, end: b.text.length, text: rest }, anns);
        // "演讲人：eBay 张三": the organization written before the person
        const led = p ? [] : orgFirstSpeakers(b, label.end, b.text.length, anns);
        // "演讲者：Mike": a name no name reader knows, which the label vouches for
        const named = p || led.length > 0 ? null : labeledNamePhrase(b, label.end, anns);
        if (p || led.length > 0 || named) {
          speakers = p ? [phrase(b, label.end, b.text.length)] : named ? [named] : led;
          how = 'label-speaker';
        }
      }
    } else if (!label && b.kind === 'paragraph' && bioLead(b, anns, env) > 0) {
      // "张三，2015 年毕业于…，现任某某科技架构师。…": a bio led by the speaker's name, read as far as the affiliation
      speakers = [phrase(b, 0, bioLead(b, anns, env))];
      how = 'line';
    } else if (!label && b.text.length <= 100 && speakerLine(b, anns)) {
      speakers = [phrase(b, 0, b.text.length)];
      how = 'line';
    } else if (alt && speakers.length === 0) {
      const person = alt.split(/\s*[|｜]\s*/)[0];
      const at = h.end;
      if (person.length <= 30) speakers = [{ text: alt.replace(/\s*[|｜]\s*/, '，'), offset: at }];
      how = 'image';
    }
  }
  if (speakers.length === 0) return null;
  const title = cleanTitle(
    h.text.replace(/^(?:Topic|Session|Talk|议题|主题|分享)\s*[\d一二三四五六七八九十]*\s*[:：.、]\s*/iu, ''),
  );
  if (title.length < 3) return null;
  const body = blocksSpan(env.blocks, section.from, section.to);
  return {
    title,
    titleSpan: span(h),
    speakers,
    bodies: body ? [span(h), body] : [span(h)],
    block: h.index,
    frame: 'headingTalkFrame',
    score: how === 'line' ? 0.75 : 0.85,
    shape: `heading:${h.kind}:${h.level}:${how}`,
  };
}

/** "张三 · 某某科技 架构师", "Jane Doe, Staff Engineer at Acme", "张三（某某科技）": a person leads, an affiliation may follow. */
function speakerLine(b: Block, anns: readonly Annotation[]): boolean {
  const fs = fields(b.text);
  if (fs.length === 0) return false;
  if (!isPersonField(fs[0], anns) && !(fs[0].text.length <= 12 && leadingPerson(fs[0], anns))) return false;
  // a sentence that starts with a name ("张三介绍了…") is prose, not a speaker line
  return fs.length > 1 || fs[0].text.length <= 40 || /[·•|｜]/.test(b.text);
}

/**
 * Where the name leading a bio paragraph ends ("张三，…", "Jane Doe: …"), taking in the affiliation field right
 * after it ("张三，某某科技架构师，…"); 0 when the paragraph is not led by a name standing alone in its first field.
 */
function bioLead(b: Block, anns: readonly Annotation[], env: FrameEnv): number {
  if (b.text.length <= 100 && !/[。！？]/u.test(b.text)) return 0;
  const fs = fields(b.text, 0, Math.min(endOfIntro(b.text, 0), 120));
  const p = fs.length > 0 ? leadingPerson(fs[0], anns) : null;
  // "张三目前任职于…": the name recognizer read it as the subject of the bio
  if (p?.recognizer === 'person.bio') return p.end;
  if (!p || fs.length < 2 || p.start !== 0 || p.end !== fs[0].end || !/^\s*[，,：:]/u.test(b.text.slice(p.end)))
    return 0;
  // "2020年毕业于某某大学": a career step with its year is no affiliation
  return isAffiliationField(fs[1], anns, env) && !/\d/.test(fs[1].text) ? fs[1].end : p.end;
}

function endOfIntro(text: string, from: number): number {
  const stop = text.slice(from).search(/[。；;]/u);
  return stop < 0 ? text.length : from + stop;
}

function nextEmphasized(env: FrameEnv, h: Block): number {
  let i = h.index + 1;
  while (i < env.blocks.length && !(env.blocks[i].emphasized || env.blocks[i].kind === 'heading')) i++;
  return i;
}

/** "讲师阵容", "嘉宾与议题介绍", "Speakers": a short heading made of field or section words heads a part, not a talk. */
export function isSectionHeading(text: string, env: FrameEnv): boolean {
  const t = text.replace(/[:：\s]+$/u, '').toLowerCase();
  if (env.labels.has(t)) return true;
  if ([...t].length > 10) return false;
  for (const [word, key] of env.labels)
    if (word.length >= 2 && key !== 'topic' && key !== 'time' && /\p{Script=Han}/u.test(word) && t.includes(word))
      return true;
  return false;
}
