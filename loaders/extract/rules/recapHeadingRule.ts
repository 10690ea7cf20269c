import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';
import { readSpeakers, startsWithSpeaker } from '../speakers';

// Recap headings: "### 《打造Docker航运的基础设施》 - 刘永峰" (or "——"), the
// section below is the talk's account. A speaker the text gives no
// affiliation to, but whose section keeps naming one organization
// ("七牛基于容器技术…七牛的 FOP…"), is taken to speak for it.

const HEADING = /^(#{1,6})\s*(.+?)\s*$/u;
const SPLIT = /^(.*?[^\s])\s*(?:——|—|\s[-–|｜]\s|[-–]\s)\s*(.+)$/u;

export const recapHeadingRule: Rule = {
  name: 'recapHeadingRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i < lines.length; i++) {
      const h = lines[i].text.match(HEADING);
      if (!h) continue;
      const s = h[2].match(SPLIT);
      if (!s || !startsWithSpeaker(s[2], ctx)) continue;
      const titleRaw = s[1];
      if (!/《.+》/u.test(titleRaw) && titleRaw.replace(/\s/g, '').length < 4) continue;
      const speakerAt = lines[i].start + lines[i].text.lastIndexOf(s[2]);
      const speakers = readSpeakers(ctx, s[2], speakerAt, 'recapHeadingRule');
      if (speakers.length === 0) continue;
      // Section: until the next heading of the same or a higher level.
      let j = i + 1;
      while (j < lines.length) {
        const n = lines[j].text.match(/^(#{1,6})\s/);
        if (n && n[1].length <= h[1].length) break;
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
