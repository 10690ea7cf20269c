import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';

// People who run the event rather than speak: "主持人：钟子期（七牛云 架构师）",
// "出品人：叶知秋，某公司 CTO", "召集人 / 组织者：…". They are people of the event
// with their affiliations; they give no talk.

const HOST =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?\s*(?:主持人|主持|出品人|联合出品人|召集人|组织者|志愿者|Host|Moderator|MC)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*$/iu;

export const hostRule: Rule = {
  name: 'hostRule',
  run(ctx) {
    for (const l of ctx.lines) {
      const m = l.text.match(HOST);
      if (!m || !startsWithSpeaker(m[1], ctx)) continue;
      readSpeakers(ctx, m[1], l.start + l.text.indexOf(m[1]), 'hostRule');
    }
  },
};
