import type { TalkCandidate } from '../frames/types';
import type { RuleContext } from '../harness';
import { readSpeakers } from '../speakers';

// Two frames read one talk: the stronger reading's speaker field may hold the name alone ("演讲人：Jane Doe")
// where the weaker one kept what the line says of them ("Jane Doe，Acme 公司的技术主管"). The weaker reading
// adds no talk and no person, only the affiliation of a speaker the stronger reading already credits.

export function weakerReadingAffiliations(ctx: RuleContext, c: TalkCandidate, title: string): void {
  const talk = ctx.findTalk(title);
  if (!talk || talk.speakers.length === 0) return;
  for (const p of c.speakers) {
    // one name and one affiliation clause: a phrase that lists more is a sentence, not a speaker line
    if (p.text.length > 80 || (p.text.match(/[,，、;；]/gu)?.length ?? 0) > 1) continue;
    const lead = p.text.split(/\s*[,，(（|｜·•@]/u)[0].trim();
    if (!lead || lead === p.text.trim()) continue;
    const person = ctx.findPerson(lead);
    if (!person || !talk.speakers.includes(person.name)) continue;
    readSpeakers(ctx, p.text, p.offset, c.frame);
  }
}
