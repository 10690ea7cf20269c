import { cleanPhrase } from '../affiliation';
import type { Rule, RuleContext } from '../harness';
import { isChineseName } from '../names';
import { readSpeakers, startsWithSpeaker } from '../speakers';

// Agenda lines: "10:00-10:55 深入解析 raft 协议和工程实现——刘奇 @goroutine （ PingCAP CEO ）"
// possibly wrapped over several lines, followed by the talk's abstract until a
// blank line or the next time slot.

const TIME_RANGE =
  /^\s*(?:[-*•]\s*)?\**\s*(\d{1,2}[:：]\d{2})(?:\s*(?:[-－–—~～至]|\\~)+\s*(\d{1,2}[:：]\d{2}))?\s*\**\s*(?=\S)/u;
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
        // "讲师：…" / "简介：…" below the title is its own line, read by titleBlockRule.
        if (
          /^(?:\*\*)?\s*(?:讲师|分享嘉宾|演讲嘉宾|嘉宾|主讲人?|简介|内容|分享内容|议题简介)\s*(?:\*\*)?\s*[:：]/u.test(
            next,
          )
        )
          break;
        const open = (header.match(/[（(]/g) ?? []).length > (header.match(/[）)]/g) ?? []).length;
        const noSep = !/——|—|\s[-–|｜]\s/.test(header);
        // "—— 吴某，⏎七牛云 资深工程师": a speaker cut after its comma goes on below.
        const cutAfterName = !noSep && /[，,]\s*$/u.test(header);
        if (!(open || noSep || cutAfterName || /^[（(@＠]/.test(next))) break;
        if (noSep && !open && !/——|—|\s[-–|｜]\s/.test(next) && !/^[（(@＠]/.test(next)) break;
        header += `\n${lines[j + 1].text}`;
        j++;
      }
      const parsed = splitHeader(ctx, header);
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

interface Header {
  title: string;
  titleEnd: number;
  speaker: string;
  speakerAt: number;
}

/**
 * Title and speaker of an agenda line: "标题——张三 @handle（公司 CTO）", "标题 | 张三 | 公司",
 * "张三：标题", "标题（张三，公司 CTO）".
 */
function splitHeader(ctx: RuleContext, header: string): Header | null {
  const seps: RegExpExecArray[] = [];
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(header); m; m = SEPARATORS.exec(header)) {
    // Only a separator outside parentheses splits title from speaker.
    const before = header.slice(0, m.index);
    if ((before.match(/[（(]/g) ?? []).length === (before.match(/[）)]/g) ?? []).length) seps.push(m);
  }
  for (let k = seps.length - 1; k >= 0; k--) {
    const speakerAt = seps[k].index + seps[k][0].length;
    const next = seps[k + 1];
    const cell = header.slice(speakerAt, next ? next.index : header.length);
    if (!startsWithSpeaker(cell, ctx)) continue;
    const title = cleanPhrase(header.slice(0, seps[k].index));
    if (!title) continue;
    // A cell after the speaker's is their organization ("| 张三 | 某公司 CTO |").
    const rest = next ? cleanPhrase(header.slice(next.index + next[0].length)) : '';
    const speaker = rest && !/[（(]/.test(cell) ? `${cell.trim()}（${rest}）` : header.slice(speakerAt);
    return { title, titleEnd: seps[k].index, speaker, speakerAt };
  }
  // "《标题》张三（公司 CTO）": the speaker follows the closing bracket.
  const bracketed = header.match(/^\s*《([^》]{2,80})》\s*(.+)$/su);
  if (bracketed && startsWithSpeaker(bracketed[2], ctx)) {
    const speakerAt = header.lastIndexOf(bracketed[2]);
    return { title: cleanPhrase(bracketed[1]), titleEnd: speakerAt, speaker: bracketed[2], speakerAt };
  }
  // "标题 张三 | 某公司 CTO": the speaker ends the cell before the separator.
  if (seps.length > 0) {
    const sep = seps[seps.length - 1];
    const before = header.slice(0, sep.index).match(/^(.+?)\s+(\p{Script=Han}{2,4})\s*$/su);
    if (before && isChineseName(before[2], ctx.lex)) {
      const speakerAt = header.lastIndexOf(before[2], sep.index);
      const org = cleanPhrase(header.slice(sep.index + sep[0].length));
      return {
        title: cleanPhrase(before[1]),
        titleEnd: before[1].length,
        speaker: `${before[2]}（${org}）`,
        speakerAt,
      };
    }
  }
  // "张三：标题" / "张三（公司）：标题"
  const lead = header.match(/^([^:：《]{2,40}?)\s*[:：]\s*(.+)$/su);
  if (lead && startsWithSpeaker(lead[1], ctx))
    return { title: cleanPhrase(lead[2]), titleEnd: header.length, speaker: lead[1], speakerAt: 0 };
  // A table row flattened from HTML: "标题 张三（某公司 CTO）" / "标题 张三，某公司 架构师".
  const tail = header.match(/^(.+?)\s+(\p{Script=Han}{2,4})(\s*[（(][^（()）]+[)）]|\s*[，,].+)?\s*\\?\s*$/su);
  if (tail && isChineseName(tail[2], ctx.lex)) {
    const speakerAt = header.lastIndexOf(tail[2] + (tail[3] ?? ''));
    return { title: cleanPhrase(tail[1]), titleEnd: tail[1].length, speaker: header.slice(speakerAt), speakerAt };
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
