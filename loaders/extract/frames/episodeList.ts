import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { NO_EVENT } from '../types';
import { phrase, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, SpeakerPhrase, TalkCandidate } from './types';

// A podcast's list of its episodes, each item led by the episode's number:
//   - #21 跟某某计划负责人张三聊天使投资
//   - #20 Interview with Jane Doe on testing
//   - #19 How to learn Rust
// Every item is an episode (a talk); the number is no part of its title, and a
// person the title names is the episode's guest. Three numbered items in a row
// make the list; a lone "#3 …" is not one. An episode is given at no event,
// even on a page about a conference the show went to.

const NUMBERED = /^#\s?(\d{1,4})\s+(?=\S)/u;
const RUN = 3;

export const episodeListFrame: Frame = {
  name: 'episodeListFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    let run: Block[] = [];
    const close = () => {
      if (run.length >= RUN) for (const b of run) out.push(toCandidate(b, env.anns[b.index]));
      run = [];
    };
    for (const b of env.blocks) {
      const numbered = b.kind === 'listItem' && b.text.length <= 200 && NUMBERED.test(b.text);
      if (numbered && run.length > 0 && b.level !== run[0].level) close();
      if (numbered) run.push(b);
      else close();
    }
    close();
    return out;
  },
};

function toCandidate(b: Block, anns: readonly Annotation[]): TalkCandidate {
  const lead = (b.text.match(NUMBERED) as RegExpMatchArray)[0].length;
  const speakers: SpeakerPhrase[] = anns
    .filter((a) => a.kind === 'person' && a.start >= lead)
    .map((a) => phrase(b, a.start, a.end))
    .filter((p, i, all) => all.findIndex((q) => q.text === p.text) === i);
  return {
    title: cleanTitle(b.text.slice(lead)),
    titleSpan: span(b, lead, b.text.length),
    speakers,
    bodies: [span(b)],
    block: b.index,
    frame: 'episodeListFrame',
    score: 0.7,
    shape: `episodeList:${b.level}`,
    event: NO_EVENT,
  };
}
