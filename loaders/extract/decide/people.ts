import { normalizeName } from '../../../src/model/ids';
import type { FrameEnv, TalkCandidate } from '../frames/types';
import type { RuleContext } from '../harness';
import { readSpeakers } from '../speakers';

// A candidate with no title and people only (frames/people.ts: hosts, editors, panelists, people quoted with
// their role): its people are the document's, and there is no talk to record.

export function isPeopleOnly(c: TalkCandidate): boolean {
  return c.title === '' && c.speakers.length === 0 && (c.people?.length ?? 0) > 0;
}

// the sections that list reading or where to follow a show: the names there take no part in the event
const NOT_PEOPLE = new Set(['notProgramme', 'contact']);

/** Records the candidate's people; returns their names (none when its section is a reading list). */
export function recordPeople(ctx: RuleContext, c: TalkCandidate, env: FrameEnv): string[] {
  const h = env.blocks[c.block]?.heading ?? -1;
  const under = h >= 0 ? env.labels.get(env.blocks[h].text.replace(/[:：\s]+$/u, '').toLowerCase()) : undefined;
  // a show's Credits section is where its crew is named
  if (under && NOT_PEOPLE.has(under) && c.shape !== 'people:credits') return [];
  const names: string[] = [];
  for (const p of c.people ?? []) {
    let read = readSpeakers(ctx, p.text, p.offset, c.frame);
    // "主持人：MikeTang": a labeled name no name reader knows, as it stands
    if (read.length === 0 && p.labeled) {
      const t = p.text.trim();
      const key = normalizeName(t);
      if (!ctx.kn.techKeys.has(key) && !ctx.kn.orgKeys.has(key))
        read = [ctx.person(t, { start: p.offset, end: p.offset + t.length }, c.frame).name];
    }
    for (const n of read) if (!names.includes(n)) names.push(n);
  }
  return names;
}
