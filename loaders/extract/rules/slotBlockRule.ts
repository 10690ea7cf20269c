import type { Rule } from '../harness';

// A time slot on a line of its own ("[10:30 - 11:15]", "10:30-11:15"), then the title
// (and maybe its translation) on the next line or two, then "名字 [English Name] — 公司 职位",
// then the abstract until the block ends.

const SLOT = /^\s*[[【(（]?\s*\d{1,2}[:：]\d{2}\s*[-–~～—]\s*\d{1,2}[:：]\d{2}\s*[\]】)）]?\s*$/u;
const SPEAKER =
  /^\s*(\S{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:\s+[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})?\s+[—–-]{1,2}\s+(.{2,120})$/u;

export const slotBlockRule: Rule = {
  name: 'slotBlockRule',
  run(ctx) {
    const { lines } = ctx;
    for (let i = 0; i + 2 < lines.length; i++) {
      if (!SLOT.test(lines[i].text)) continue;
      let s = i + 2;
      let sm = lines[s].text.match(SPEAKER);
      if (!sm && i + 3 < lines.length && lines[i + 2].text.trim() !== '') {
        s = i + 3;
        sm = lines[s].text.match(SPEAKER);
      }
      if (!sm) continue;
      const title = lines[i + 1].text.trim();
      if (title.length < 4 || ctx.findTalk(title)) continue;
      const span = { start: lines[s].start, end: lines[s].end };
      const person = ctx.personFromPhrase(sm[1], span, 'slotBlockRule');
      if (!person) continue;
      const aff = sm[2].split(/\s+\/\s+/u)[0];
      ctx.affiliate(person.name, aff, span, 'slotBlockRule');
      let k = s;
      while (k + 1 < lines.length && lines[k + 1].text.trim() !== '' && !SLOT.test(lines[k + 1].text)) k++;
      const aliases = s === i + 3 ? [lines[i + 2].text.trim()] : [];
      ctx.talk({
        title,
        aliases,
        speakers: [person.name],
        span: { start: lines[i].start, end: lines[s].end },
        bodies: [{ start: lines[i + 1].start, end: lines[k].end }],
        rule: 'slotBlockRule',
      });
      i = k;
    }
  },
};
