import { normalizeName } from '../../../src/model/ids';
import type { Rule, RuleContext } from '../harness';
import { leadingChineseName } from '../names';
import { readSpeakers, startsWithSpeaker } from '../speakers';
import type { Line } from '../types';

// Recap headings: "### 《打造Docker航运的基础设施》 - 刘永峰" (or "——"), the
// section below is the talk's account. A speaker the text gives no
// affiliation to, but whose section keeps naming one organization
// ("七牛基于容器技术…七牛的 FOP…"), is taken to speak for it.

const HEADING = /^(#{1,6})\s*(.+?)\s*$/u;
const PLAIN_HEADING = /^()\s*(《[^》]{2,80}》\s*(?:——|—|[-–|｜:：]|[（(]).{2,60}?)\s*$/u;
const SPLIT = /^(.*?[^\s])\s*(?:——|—|\s[-–|｜]\s|[-–]\s)\s*(.+)$/u;

export const recapHeadingRule: Rule = {
  name: 'recapHeadingRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      // Pages converted from HTML lose the "###": a line that is only "《标题》 - 名字" is a heading too.
      const h = lines[i].text.match(HEADING) ?? lines[i].text.match(PLAIN_HEADING);
      if (!h) continue;
      const parsed = readHeading(ctx, h[2], lines, i);
      if (!parsed || (h[1] === '' && parsed.line !== i)) continue;
      const { titleRaw } = parsed;
      const speakerAt = lines[parsed.line].start + Math.max(0, lines[parsed.line].text.lastIndexOf(parsed.speaker));
      const speakers = readSpeakers(ctx, parsed.speaker, speakerAt, 'recapHeadingRule');
      if (speakers.length === 0) continue;
      // Section: until the next heading of the same or a higher level.
      let j = i + 1;
      while (j < lines.length) {
        const n = lines[j].text.match(/^(#{1,6})\s/);
        if (n && (h[1] === '' || n[1].length <= h[1].length)) break;
        if (h[1] === '' && PLAIN_HEADING.test(lines[j].text)) break;
        j++;
      }
      const section = { start: lines[i].end, end: lines[j - 1].end };
      ctx.talk({
        title: titleRaw,
        speakers,
        span: { start: lines[i].start, end: lines[i].end },
        bodies: [{ start: lines[i].start, end: lines[i].end }, section],
        rule: 'recapHeadingRule',
      });
      for (const sp of speakers) {
        if (ctx.out.affiliations.some((a) => a.person === sp)) continue;
        const counts = new Map<string, { n: number; written: string; start: number; end: number }>();
        for (const hit of ctx.orgHits()) {
          if (hit.start < section.start || hit.end > section.end) continue;
          if (ctx.kn.techKeys.has(normalizeName(hit.written))) continue;
          const c = counts.get(hit.value.name) ?? { n: 0, written: hit.written, start: hit.start, end: hit.end };
          c.n++;
          counts.set(hit.value.name, c);
        }
        const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
        if (top && top.n >= 2) {
          ctx.org(top.written, top, 'recapHeadingRule');
          ctx.affiliation(sp, top.written, '', top, 'recapHeadingRule');
        }
      }
      i = j - 1;
    }
  },
};

/**
 * Title and speaker of a recap heading: "《标题》 - 张三", "张三：《标题》",
 * "《标题》（张三，某公司 CTO）", or a bare "《标题》" whose section opens with
 * the speaker ("张三（某公司 CTO）首先介绍了…").
 */
function readHeading(
  ctx: RuleContext,
  heading: string,
  lines: Line[],
  i: number,
): { titleRaw: string; speaker: string; line: number } | null {
  const s = heading.match(SPLIT);
  if (s && startsWithSpeaker(s[2], ctx) && (/《.+》/u.test(s[1]) || s[1].replace(/\s/g, '').length >= 4))
    return { titleRaw: s[1], speaker: s[2], line: i };
  const lead = heading.match(/^(.{2,30}?)\s*[:：]\s*《(.+)》\s*$/u);
  if (lead && startsWithSpeaker(lead[1], ctx)) return { titleRaw: lead[2], speaker: lead[1], line: i };
  const paren = heading.match(/^.*?《(.+)》\s*[（(]([^（()）]+)[)）]\s*$/u);
  if (paren && startsWithSpeaker(paren[2], ctx)) return { titleRaw: paren[1], speaker: paren[2], line: i };
  const bare = heading.match(/^[^《]{0,12}《(.+)》\s*$/u);
  if (!bare) return null;
  let n = i + 1;
  while (n < lines.length && (lines[n].text.trim() === '' || /^!\[/.test(lines[n].text))) n++;
  if (n >= lines.length || /^#/.test(lines[n].text)) return null;
  const opener = lines[n].text
    .trim()
    .match(/^(?:(?:讲师|嘉宾|分享嘉宾|演讲嘉宾)\s*[:：]\s*)?(\p{Script=Han}{2,4}(?:\s*[（(][^（()）]{2,40}[)）])?)/u);
  if (!opener) return null;
  const name = leadingChineseName(opener[1], ctx.lex);
  if (!name) return null;
  const after = opener[1].slice(name.length);
  return { titleRaw: bare[1], speaker: /^\s*[（(]/u.test(after) ? `${name}${after}` : name, line: n };
}
