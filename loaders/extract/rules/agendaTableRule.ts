import { pairAffiliations } from '../affiliation';
import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';
import type { Line } from '../types';

// Agendas as Markdown tables:
//   | 时间 | 议题 | 讲师 |
//   | --- | --- | --- |
//   | 14:00-14:40 | 用 Rust 重写存储引擎 | 张三（某公司 CTO） |
// Columns are found by their headers (议题/主题/Topic, 讲师/嘉宾/Speaker,
// 公司/单位/职位); a row without a speaker (签到, 茶歇) is not a talk.

const TITLE_COL = /议题|主题|题目|话题|演讲|分享内容|内容|Topic|Title|Session|Talk/iu;
const SPEAKER_COL = /讲师|嘉宾|演讲者|分享者|分享人|讲者|主讲|Speaker|Presenter/iu;
const ORG_COL = /公司|单位|机构|职位|职务|头衔|Company|Title|Affiliation|Organization/iu;

const cells = (l: Line) =>
  l.text
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export const agendaTableRule: Rule = {
  name: 'agendaTableRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i + 2 < lines.length; i++) {
      if (!/^\s*\|.*\|\s*$/.test(lines[i].text) || !/^\s*\|?\s*:?-{2,}/.test(lines[i + 1].text)) continue;
      const head = cells(lines[i]);
      const speakerCol = head.findIndex((h) => SPEAKER_COL.test(h));
      let titleCol = head.findIndex((h, k) => k !== speakerCol && TITLE_COL.test(h) && !SPEAKER_COL.test(h));
      const orgCol = head.findIndex((h, k) => k !== speakerCol && k !== titleCol && ORG_COL.test(h));
      if (speakerCol < 0) continue;
      if (titleCol < 0)
        titleCol = head.findIndex((_, k) => k !== speakerCol && k !== orgCol && !/时间|Time/iu.test(head[k]));
      if (titleCol < 0) continue;
      let j = i + 2;
      for (; j < lines.length && /^\s*\|.*\|\s*$/.test(lines[j].text); j++) {
        const row = cells(lines[j]);
        const who = row[speakerCol] ?? '';
        const title = row[titleCol] ?? '';
        if (!who || !title || !startsWithSpeaker(who, ctx)) continue;
        const phrase = orgCol >= 0 && row[orgCol] ? pairAffiliations(who, row[orgCol]) : who;
        const speakers = readSpeakers(ctx, phrase, lines[j].start, 'agendaTableRule');
        if (speakers.length === 0) continue;
        const span = { start: lines[j].start, end: lines[j].end };
        ctx.talk({ title, speakers, span, bodies: [span], rule: 'agendaTableRule' });
      }
      i = j;
    }
  },
};
