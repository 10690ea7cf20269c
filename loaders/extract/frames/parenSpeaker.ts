import type { Block } from '../layout/blocks';
import { isBreak, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, FrameEnv, SpeakerPhrase, TalkCandidate } from './types';

// A talk list that names the speaker in a labeled parenthetical after the title:
//   - [标题（演讲者：张三）](slides.pdf)      - Title (Speaker: Jane Doe)
//   - 标题((讲师：张三))                      - Title (Speakers: Jane Doe, John Roe)
// The label says the words are a speaker's, so unusual names (handles, nicknames) count.
// Items of the same list that name no speaker are talks of that programme too.

/** The labeled parenthetical closing a block: "（演讲者：张三）", "((讲师：张三))", "(Speaker: Jane Doe)". */
const TRAILING = /[（(]{1,2}\s*([^（()）:：]{1,12}?)\s*[:：]\s*([^（()）]{1,80}?)\s*[)）]{1,2}\s*$/u;

interface Item {
  block: Block;
  title: string;
  titleEnd: number;
  speaker: SpeakerPhrase | null;
}

export const parenSpeakerFrame: Frame = {
  name: 'parenSpeakerFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    let run: Item[] = [];
    const flush = () => {
      const labeled = run.filter((i) => i.speaker).length;
      for (const item of run) {
        // an item with no speaker counts only inside a list most of whose items name theirs
        if (!item.speaker && (labeled < 2 || labeled < run.length - labeled)) continue;
        out.push(toCandidate(item));
      }
      run = [];
    };
    for (const b of env.blocks) {
      const prev = run[run.length - 1]?.block;
      const continues =
        prev &&
        b.kind === 'listItem' &&
        prev.kind === 'listItem' &&
        b.index === prev.index + 1 &&
        b.level === prev.level;
      if (!continues) flush();
      const item = readItem(b, env);
      if (item) run.push(item);
      else flush();
    }
    flush();
    return out;
  },
};

function readItem(b: Block, env: FrameEnv): Item | null {
  if (b.kind === 'tableRow' || b.kind === 'quote' || b.text.length < 3 || b.text.length > 200) return null;
  const m = b.text.match(TRAILING);
  if (m && m.index !== undefined && env.labels.get(m[1].trim().toLowerCase()) === 'speaker') {
    const title = cleanTitle(b.text.slice(0, m.index));
    if (title.length < 2) return null;
    const at = m.index + m[0].indexOf(m[2], m[0].search(/[:：]/u));
    const speaker: SpeakerPhrase = { text: m[2].trim(), offset: span(b, at, at + m[2].length).start, labeled: true };
    return { block: b, title, titleEnd: m.index, speaker };
  }
  // a sibling naming no speaker: a list item holding a title and nothing else
  if (b.kind !== 'listItem' || env.anns[b.index].some((a) => a.kind === 'time' || a.kind === 'label')) return null;
  const title = cleanTitle(b.text);
  if (title.length < 4 || isBreak(title) || /[。！？!?]$/u.test(title)) return null;
  return { block: b, title, titleEnd: b.text.length, speaker: null };
}

function toCandidate(item: Item): TalkCandidate {
  const b = item.block;
  return {
    title: item.title,
    titleSpan: span(b, 0, item.titleEnd),
    speakers: item.speaker ? [item.speaker] : [],
    bodies: [span(b)],
    block: b.index,
    frame: 'parenSpeakerFrame',
    score: item.speaker ? 0.85 : 0.6,
    shape: `paren:${b.kind}:${b.level}:${item.speaker ? 'speaker' : 'sibling'}`,
  };
}
