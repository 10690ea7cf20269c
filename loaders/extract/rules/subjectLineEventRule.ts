import { findDates } from '../dates';
import { labeledValues, namedEvent } from '../eventParts';
import { hasKindWord } from '../events';
import type { Rule } from '../harness';
import { cityIn, venueOf } from '../places';

// A BBS or mailing-list post names its event in the subject line, under the
// sender's header, not in its first line:
//   发信人: somebody (昵称), 信区: Python
//   标  题: [公告] 2012年3月 某城 Python 用户组 (XPUG) 线下聚会
//   Subject: [ANN] 某某 Meetup 第 5 期
// The date is the first full date of the body; the place its 地点 line.

const SUBJECT = /^\s*(?:标\s*题|主\s*题|Subject)\s*[:：]\s*(.+?)\s*$/iu;

export const subjectLineEventRule: Rule = {
  name: 'subjectLineEventRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    if (main && main.rule !== 'eventHeaderRule:title') return;
    const { lines, lex } = ctx;
    const at = lines.slice(0, 8).findIndex((l) => SUBJECT.test(l.text));
    if (at < 0) return;
    const line = lines[at];
    const name = (line.text.match(SUBJECT)?.[1] ?? '')
      .replace(/^(?:(?:Re|Fw|Fwd)\s*[:：]\s*)+/iu, '')
      .replace(/^\s*(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|［[^］]{1,12}］)\s*/u, '')
      .trim();
    if (name.length < 4 || name.length > 60 || !hasKindWord(name, lex)) return;
    if (lex.notEventWords.some((w) => name.includes(w))) return;
    // The body starts after the header block (its first blank line); the header's own post time is no event date.
    const blank = lines.findIndex((l, i) => i > at && l.text.trim() === '');
    const bodyFrom = blank >= 0 ? lines[blank].start : line.end;
    const d = findDates(ctx.text, ctx.dates, bodyFrom, Math.min(ctx.text.length, bodyFrom + 1500)).find(
      (x) => x.startDate.length === 10,
    );
    const place = labeledValues(ctx).place?.value ?? null;
    // A subject that only says what the post is about, with no day or place, is no event of its own.
    if (!d && !place) return;
    const city = (place ? cityIn(place, lex) : null) ?? cityIn(name, lex);
    const ev = namedEvent(
      name,
      'subjectLineEventRule',
      { start: line.start, end: line.end },
      { date: d, city, venue: place ? venueOf(place, city) : null },
    );
    if (main) ctx.out.events = ctx.out.events.filter((e) => e !== main);
    ctx.out.mainEvent = ctx.event(ev).key;
  },
};
