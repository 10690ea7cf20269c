import type { Annotation } from '../recognize/types';
import { blocksSpan, sectionOf, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A report heading each talk with a numbered topic label, its speaker named
// first in the paragraph below, often by handle with their project role:
//   ### Topic 1: Title                 ### 议题一：标题
//   The speaker moonfish(Acme          张三（某某科技）介绍了…
//   Committer) shared …
// The heading's label says it is a talk; the paragraph's lead says who gave it.

const LOOKAHEAD = 3;
// "The speaker moonfish …": an article before a speaker label word
const ARTICLE = /^(?:the|our)\s+/i;

export const topicHeadingFrame: Frame = {
  name: 'topicHeadingFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const h of env.blocks) {
      if (h.kind !== 'heading') continue;
      const label = env.anns[h.index].find((a) => a.kind === 'label' && a.start === 0 && a.value === 'topic');
      if (!label) continue;
      const title = cleanTitle(h.text.slice(label.end));
      if (title.length < 3) continue;
      const section = sectionOf(env.blocks, h.index);
      const speaker = leadSpeaker(env, section.from, Math.min(section.to, section.from + LOOKAHEAD));
      if (!speaker) continue;
      const body = blocksSpan(env.blocks, section.from, section.to);
      out.push({
        title,
        titleSpan: span(h, label.end),
        speakers: [speaker],
        bodies: body ? [span(h), body] : [span(h)],
        block: h.index,
        frame: 'topicHeadingFrame',
        score: 0.8,
        shape: `topicHeading:${h.level}`,
      });
    }
    return out;
  },
};

/** The person or handle the first paragraph of a section leads with, and the parenthetical after it. */
function leadSpeaker(env: FrameEnv, from: number, to: number): SpeakerPhrase | null {
  for (let i = from; i < to; i++) {
    const b = env.blocks[i];
    if (b.text.trim() === '') continue;
    if (b.kind === 'heading') return null;
    let at = 0;
    const art = b.text.match(ARTICLE);
    const rest = b.text.slice(art ? art[0].length : 0);
    const word = rest.match(/^(\p{L}+)\s+/u);
    if (word && env.labels.get(word[1].toLowerCase()) === 'speaker') at = (art ? art[0].length : 0) + word[0].length;
    while (at < b.text.length && /\s/u.test(b.text[at])) at++;
    const who = env.anns[i].find((a: Annotation) => (a.kind === 'person' || a.kind === 'handle') && a.start === at);
    if (!who) return null;
    const paren = b.text.slice(who.end).match(/^\s?[（(][^()（）]{0,80}[)）]/u);
    const end = paren ? who.end + paren[0].length : who.end;
    const { start } = span(b, who.start, end);
    return {
      text: b.text.slice(who.start, end),
      offset: start,
      name: who.kind === 'handle' || who.recognizer === 'person.profile' ? who.value : undefined,
    };
  }
  return null;
}
