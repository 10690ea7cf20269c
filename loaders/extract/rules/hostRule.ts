import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';

// People who run the event rather than speak: "主持人：钟子期（七牛云 架构师）",
// "出品人：叶知秋，某公司 CTO", "召集人 / 组织者：…". They are people of the event
// with their affiliations; they give no talk.

const HOST =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?\s*(?:主持人|主持|出品人|联合出品人|召集人|组织者|志愿者|Host|Moderator|MC)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*$/iu;

const TRAILING_HOST = /\S\s{2,}(?:出品人|联合出品人|主持人)\s*[:：]\s*(.+?)\s*$/u;

export const hostRule: Rule = {
  name: 'hostRule',
  run(ctx) {
    for (const l of ctx.lines) {
      if (l.text.length > 400) continue;
      // "5月6日  专题：大前端        出品人：钟子期  某公司 专家": a track line ends with its producer.
      const m = l.text.match(HOST) ?? l.text.match(TRAILING_HOST);
      if (!m || !startsWithSpeaker(m[1], ctx)) continue;
      // "钟子期  某公司 专家" in columns reads as "钟子期（某公司 专家）".
      const cols = m[1].match(/^(\S{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s{2,}([^（()）]+)$/u);
      readSpeakers(ctx, cols ? `${cols[1]}（${cols[2]}）` : m[1], l.start + l.text.indexOf(m[1]), 'hostRule');
    }
  },
};
