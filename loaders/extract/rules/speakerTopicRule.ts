import type { Rule } from '../harness';
import type { Span } from '../types';

// Speaker-first blocks: the speaker's line ("张三 | 某公司 算法专家", "张三，某公司 架构师",
// "张三（某公司 架构师）", "**张三**"), a bio line or two, then the talk under a label
// ("分享主题：《…》", "演讲主题：…", "议题：…", "Topic: …"). The label line and what follows
// it in the block (主题介绍：…) are the talk's abstract.

const TOPIC =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:分享主题|演讲主题|分享议题|演讲议题|议题名称|议题|演讲|Topic|Talk)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.{2,120}?)\s*(?:\*\*)?\s*$/iu;
const HEAD =
  /^\s*(?:#{1,6}\s*)?(?:\*\*)?([^\s|｜，,（(*：:]{2,20}(?: [A-Z][a-z]+){0,2})(?:\*\*)?\s*(?:[|｜，,（(]\s*(.{2,80}?)[）)]?\s*)?$/u;
const LOOKBACK = 4;

export const speakerTopicRule: Rule = {
  name: 'speakerTopicRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      if (headingTalk(ctx, i)) continue;
      const m = lines[i].text.match(TOPIC);
      if (!m) continue;
      let title = m[1].trim();
      const quoted = title.match(/^《(.+?)》/u);
      if (quoted) title = quoted[1];
      if (title.length < 4 || ctx.findTalk(title)) continue;
      // The speaker's line: the first line of this block, a few lines up.
      let h = i - 1;
      while (h > 0 && i - h < LOOKBACK && lines[h - 1].text.trim() !== '') h--;
      if (h < 0 || h === i || lines[h].text.trim() === '') continue;
      const hm = lines[h].text.match(HEAD);
      if (!hm || TOPIC.test(lines[h].text)) continue;
      const span: Span = { start: lines[h].start, end: lines[h].end };
      const person = ctx.personFromPhrase(hm[1], span, 'speakerTopicRule');
      if (!person) continue;
      if (hm[2]) ctx.affiliate(person.name, hm[2].replace(/^\s*[|｜]\s*/u, ''), span, 'speakerTopicRule');
      let k = i;
      while (k + 1 < lines.length && lines[k + 1].text.trim() !== '' && !TOPIC.test(lines[k + 1].text)) k++;
      ctx.talk({
        title,
        speakers: [person.name],
        span: { start: lines[h].start, end: lines[i].end },
        bodies: [{ start: lines[i].start, end: lines[k].end }],
        rule: 'speakerTopicRule',
      });
      i = k;
    }
  },
};

// A speaker's own page: "## 张三" (the page's person, its heading) and below it
// "### 演讲：标题"; the talk's section runs to the next heading of its level.
const HEADING_TOPIC = /^(#{1,6})\s*(?:演讲|分享主题|演讲主题|议题|Talk)\s*[:：]\s*(?:《)?(.{4,120}?)(?:》)?\s*$/iu;
const NAME_HEADING = /^(#{1,6})\s*(\S.{1,30}?)\s*$/u;

function headingTalk(ctx: Parameters<Rule['run']>[0], i: number): boolean {
  const { lines } = ctx;
  const m = lines[i].text.match(HEADING_TOPIC);
  if (!m) return false;
  const level = m[1].length;
  const title = m[2].trim();
  if (ctx.findTalk(title)) return false;
  let h = i - 1;
  while (h >= 0 && i - h <= 12 && !/^#{1,6}\s/u.test(lines[h].text)) h--;
  if (h < 0 || i - h > 12) return false;
  const hm = lines[h].text.match(NAME_HEADING);
  if (!hm || hm[1].length >= level) return false;
  const span: Span = { start: lines[h].start, end: lines[h].end };
  const person = ctx.personFromPhrase(hm[2], span, 'speakerTopicRule');
  if (!person) return false;
  let k = i;
  while (k + 1 < lines.length) {
    const next = lines[k + 1].text.match(/^(#{1,6})\s/u);
    if (next && next[1].length <= level) break;
    k++;
  }
  ctx.talk({
    title,
    speakers: [person.name],
    span: { start: lines[i].start, end: lines[i].end },
    bodies: [{ start: lines[i].start, end: lines[k].end }],
    rule: 'speakerTopicRule',
  });
  return true;
}
