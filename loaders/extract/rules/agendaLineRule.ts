import { cleanPhrase } from '../affiliation';
import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';

// Agenda lines: "10:00-10:55 深入解析 raft 协议和工程实现——刘奇 @goroutine （ PingCAP CEO ）"
// possibly wrapped over several lines, followed by the talk's abstract until a
// blank line or the next time slot.

const TIME_RANGE = /^\s*(?:[-*•]\s*)?\**\s*(\d{1,2}[:：]\d{2})\s*(?:[-－–—~～至]|\\~)+\s*(\d{1,2}[:：]\d{2})\s*\**\s*/u;
const SEPARATORS = /\s*(?:——|—|--|\s[-–|｜/]\s)\s*/gu;

export const agendaLineRule: Rule = {
  name: 'agendaLineRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].text.match(TIME_RANGE);
      if (!m) continue;
      let header = lines[i].text.slice(m[0].length);
      const headerStart = lines[i].start + m[0].length;
      let j = i;
      // Join wrapped lines until the parentheses close and a speaker separator appeared.
      while (j + 1 < lines.length && lines[j + 1].text.trim() !== '' && !TIME_RANGE.test(lines[j + 1].text)) {
        const next = lines[j + 1].text.trim();
        const open = (header.match(/[（(]/g) ?? []).length > (header.match(/[）)]/g) ?? []).length;
        const noSep = !/——|—|\s[-–|｜]\s/.test(header);
        if (!(open || noSep || /^[（(@＠]/.test(next))) break;
        if (noSep && !open && !/——|—|\s[-–|｜]\s/.test(next) && !/^[（(@＠]/.test(next)) break;
        header += `\n${lines[j + 1].text}`;
        j++;
      }
      const parsed = splitHeader(header);
      if (!parsed || !startsWithSpeaker(parsed.speaker, ctx)) continue;
      const speakers = readSpeakers(ctx, parsed.speaker, headerStart + parsed.speakerAt, 'agendaLineRule');
      if (speakers.length === 0) continue;
      // Abstract: following lines until a blank line or another time slot.
      let k = j;
      while (k + 1 < lines.length && lines[k + 1].text.trim() !== '' && !TIME_RANGE.test(lines[k + 1].text)) k++;
      ctx.talk({
        title: parsed.title,
        speakers,
        span: { start: lines[i].start, end: lines[j].end },
        bodies: [
          { start: headerStart, end: headerStart + parsed.titleEnd },
          { start: lines[j].end, end: lines[k].end },
        ],
        rule: 'agendaLineRule',
      });
      i = k;
    }
  },
};

function splitHeader(header: string): { title: string; titleEnd: number; speaker: string; speakerAt: number } | null {
  let last: RegExpExecArray | null = null;
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(header); m; m = SEPARATORS.exec(header)) {
    // Only a separator outside parentheses splits title from speaker.
    const before = header.slice(0, m.index);
    if ((before.match(/[（(]/g) ?? []).length === (before.match(/[）)]/g) ?? []).length) last = m;
  }
  if (last) {
    const title = cleanPhrase(header.slice(0, last.index));
    const speakerAt = last.index + last[0].length;
    if (title) return { title, titleEnd: last.index, speaker: header.slice(speakerAt), speakerAt };
  }
  // "标题（张三，某公司 CTO）"
  const paren = header.match(/^(.+?)\s*[（(]([^（()）]+)[)）]\s*\\?\s*$/su);
  if (paren)
    return {
      title: cleanPhrase(paren[1]),
      titleEnd: paren[1].length,
      speaker: paren[2],
      speakerAt: header.indexOf(paren[2]),
    };
  return null;
}
