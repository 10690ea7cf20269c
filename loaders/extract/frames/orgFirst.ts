import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { phrase } from './parts';
import type { SpeakerPhrase } from './types';

// "eBay 汪兴朗", "平安科技 柴锋、高云", "环信联合创始人 刘少壮", "来自百度的雷志兴(berg)":
// a speaker field that names the organization (and role) before the people.
// Each person becomes a phrase "name（organization role）" at the person's own
// offset, the order readSpeakers understands.

const MAX = 60;
const JOIN = /^[\s、，,&/和及]*$/u;

export function orgFirstSpeakers(b: Block, from: number, to: number, anns: readonly Annotation[]): SpeakerPhrase[] {
  if (to - from > MAX) return [];
  const people = anns.filter((a) => a.kind === 'person' && a.start >= from && a.end <= to);
  if (people.length === 0) return [];
  // the people stand together: only separators between them
  const run = [people[0]];
  for (const p of people.slice(1)) {
    const prev = run[run.length - 1];
    if (p.start < prev.end) continue;
    if (!JOIN.test(b.text.slice(prev.end, p.start))) break;
    run.push(p);
  }
  const aff = b.text
    .slice(from, run[0].start)
    .trim()
    .replace(/^(?:是|为)?\s*(?:来自|供职于|就职于)\s*/u, '')
    .replace(/\s*的$/u, '')
    .trim();
  // what stands before the first person must be short and be no sentence of its own
  if (aff.length > 30 || /[。；;：:]/u.test(aff)) return [];
  return run.map((p) => {
    const one = phrase(b, p.start, p.end);
    return aff ? { text: `${one.text}（${aff}）`, offset: one.offset } : one;
  });
}
