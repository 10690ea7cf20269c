import { fields, isBreak, span } from './parts';
import { cleanTitle } from './programmeLine';
import type { Frame, TalkCandidate } from './types';

// A meetup's running order: time slots that hold only a title, no speaker.
//   - 10:45 社区自述
//   - 11:00 用 Rust 写命令行工具 (线上分享)
//   - 12:00 午餐
// Weak on its own (a slot may be anything); believed when the document repeats
// the layout. Breaks (午餐, Coffee) are no talks. Lines with a speaker field are
// programmeLineFrame's.

export const slotTitleFrame: Frame = {
  name: 'slotTitleFrame',
  run(env) {
    const out: TalkCandidate[] = [];
    for (const b of env.blocks) {
      if ((b.kind !== 'listItem' && b.kind !== 'paragraph') || b.text.length > 80) continue;
      const anns = env.anns[b.index];
      const time = anns.find((a) => a.kind === 'time' && a.start <= 3);
      if (!time || anns.some((a) => a.kind === 'label' || a.kind === 'person')) continue;
      // "00:03:06 …", "14:42 …": a recording's timestamps; a programme's slots start on five-minute marks
      if (/^[:：]\d/u.test(b.text.slice(time.end)) || !onTheFive(b.text.slice(time.start, time.end))) continue;
      const rest = fields(b.text, time.end);
      if (rest.length !== 1) continue;
      const title = cleanTitle(rest[0].text);
      // "14:00 Talks", "10:00 开始": too short or a break
      if ([...title].length < 4 || isBreak(title) || !/\p{L}{2}/u.test(title)) continue;
      out.push({
        title,
        titleSpan: span(b, rest[0].start, rest[0].end),
        speakers: [],
        bodies: [span(b)],
        block: b.index,
        frame: 'slotTitleFrame',
        score: 0.3,
        shape: `slotTitle:${b.kind}:${b.level}`,
      });
    }
    return out;
  },
};

/** "10:45", "9:00-9:30", "下午2:15": the slot's start is on a five-minute mark. */
function onTheFive(time: string): boolean {
  const m = time.match(/\d{1,2}[:：.](\d{2})/u);
  return !m || Number(m[1]) % 5 === 0;
}
