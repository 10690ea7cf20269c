import { cutOrgClause, stripOrgLead } from '../affiliation';
import type { Rule } from '../harness';
import { isChineseName, isLatinName } from '../names';

// Organizations that host rather than speak: the one that lends the room
// ("感谢 X 提供场地", "场地支持：X"), those thanked for their support ("感谢 [A](…) 和 B 对本期节目的
//支持", "感谢 X 提供活动场所"), and the board a post was sent from ("发信站: X (Sat Nov …)").

const THANKS =
  /感谢\s*([^\s，,。；;！!（(][^，,。；;！!（(\n]{1,24}?)\s*(?:提供(?:的)?(?:场地|会场|场馆|茶歇|赞助|支持)|的场地支持)/gu;
// "感谢 [A](https://a.example) 和 B 对本期节目录制的支持": a short list of names, each maybe linked.
const THANKS_SUPPORT =
  /感谢\s*((?:\[[^\]\n]{1,40}\]\([^)\s]{1,200}\)|[^\s，,。；;！!（([\n])(?:\[[^\]\n]{1,40}\]\([^)\s]{1,200}\)|[^，,。；;！!（([\n]){0,80}?)\s*(?:对[^。；;！!\n]{0,20}?的(?:大力)?支持|提供(?:的)?活动(?:场地|场所))/gu;
const LINK = /\[([^\]\n]{1,40})\]\([^)\s]{1,200}\)/gu;
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
    for (const m of ctx.text.matchAll(THANKS_SUPPORT)) {
      const from = (m.index ?? 0) + m[0].indexOf(m[1]);
      for (const part of m[1].replace(LINK, '$1').split(/\s*(?:、|和|与|及|以及|&)\s*/u)) {
        const name = part.trim();
        const at = ctx.text.indexOf(name, from);
        // "感谢 Jane Doe 对活动的支持": a person, not an organization.
        if (isLatinName(name) || ctx.findPerson(name)) continue;
        add(name, at >= 0 ? at : from);
      }
    }
    for (const re of [VENUE_LABEL, BBS_SITE]) {
      const m = ctx.text.match(re);
      if (m) add(m[1], (m.index ?? 0) + m[0].indexOf(m[1]));
    }
  },
};
