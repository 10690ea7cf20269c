import placeholders from '../../lexicon/placeholders.json';
import { isChineseName, isLatinName } from '../names';
import { phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, TalkCandidate } from './types';

// A recap's list of the talks given, each item the speaker's name in bold and then the title with no separator:
//   "- **Jane Doe** [Building Things](slides)"   "- **张三** 服务网格实践 (video)"
// The bold name is the field boundary the separator would be. One item alone is weak; the list repeats its shape.

const PLACEHOLDER = new Set(placeholders.words.map((w) => w.toLowerCase()));
// "(gone)", "(video)": a one-word note after the title on where its material is
const TRAILING_NOTE = /\s*[(（][^()（）\s]{1,12}[)）]\s*$/u;

export const boldLeadFrame: Frame = {
  name: 'boldLeadFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if (b.kind !== 'listItem' || b.text.length > 200) continue;
      const bold = b.strong[0];
      if (!bold || bold.start > 0 || bold.end >= b.text.length - 2) continue;
      const anns = env.anns[b.index];
      // the bold run is the name (the person recognizer may read one more word of the title into it)
      const name = b.text.slice(bold.start, bold.end).trim();
      const person = anns.some((a) => a.kind === 'person' && a.start === bold.start && a.end >= bold.end - 1);
      if (!person && !isLatinName(name) && !isChineseName(name, env.lex)) continue;
      const rest = b.text.slice(bold.end);
      // a separator after the name is the programme line's layout, read there
      if (/^\s*[-–—|｜:：,，(（]/u.test(rest)) continue;
      const lead = rest.length - rest.trimStart().length;
      const start = bold.end + lead;
      const raw = rest.trim().replace(TRAILING_NOTE, '');
      const title = cleanTitle(raw.replace(/^[_*]+|[_*]+$/g, ''));
      if (title.length < 3 || PLACEHOLDER.has(title.toLowerCase())) continue;
      out.push({
        title,
        titleSpan: span(b, start, start + raw.length),
        speakers: [phrase(b, bold.start, bold.end)],
        bodies: [span(b)],
        block: b.index,
        frame: 'boldLeadFrame',
        score: 0.5,
        shape: `boldLead:${b.level}`,
      });
    }
    return out;
  },
};
