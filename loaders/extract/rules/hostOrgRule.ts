import { cutOrgClause, stripOrgLead } from '../affiliation';
import type { Rule } from '../harness';
import { isChineseName } from '../names';

// Organizations that host rather than speak: the one that lends the room
// ("感谢 X 提供场地", "场地支持：X") and the board a post was sent from
// ("发信站: X (Sat Nov …)").

const THANKS =
  /感谢\s*([^\s，,。；;！!（(][^，,。；;！!（(\n]{1,24}?)\s*(?:提供(?:的)?(?:场地|会场|场馆|茶歇|赞助|支持)|的场地支持)/gu;
const VENUE_LABEL =
  /^[ \t]*(?:[-*][ \t]*)?(?:\*\*)?[ \t]*(?:场地支持|场地提供|场地赞助|Venue sponsor)\s*(?:\*\*)?\s*[:：]\s*([^，,。；;\n]{2,30})/imu;
const BBS_SITE = /^[ \t]*发信站[ \t]*[:：][ \t]*([^\s(（,，]{2,20})/mu;

export const hostOrgRule: Rule = {
  name: 'hostOrgRule',
  run(ctx) {
    const add = (raw: string, start: number) => {
      // "感谢 某某信息为本次活动提供场地": the clause after the name is no part of it.
      const name = cutOrgClause(stripOrgLead(raw.replace(/\*\*/g, '').trim()), ctx.lex, ctx.kn);
      if (
        name.length < 2 ||
        isChineseName(name, ctx.lex) ||
        /^(?:大家|各位|所有|我们|你们|他们|本次|主办方)/u.test(name)
      )
        return;
      ctx.org(name, { start, end: start + raw.length }, 'hostOrgRule');
    };
    for (const m of ctx.text.matchAll(THANKS)) add(m[1], (m.index ?? 0) + m[0].indexOf(m[1]));
    for (const re of [VENUE_LABEL, BBS_SITE]) {
      const m = ctx.text.match(re);
      if (m) add(m[1], (m.index ?? 0) + m[0].indexOf(m[1]));
    }
  },
};
