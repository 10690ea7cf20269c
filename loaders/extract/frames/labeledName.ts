import type { Block } from '../layout/blocks';
import type { Annotation } from '../recognize/types';
import { phrase } from './parts';
import type { SpeakerPhrase } from './types';

// A speaker label's value that no name reader knows: "主讲人：Arch", "演讲者：Mike", "Speaker: Moonfish". The label
// says it is a person; a short phrase shaped like a name (one to three capitalized words, or two to six Han
// characters) is read as one, marked `labeled` so that decide/ accepts it as it stands. A value that is a
// catalog's organization or technology, or runs on like a sentence, is not.

const NAME_LIKE = /^(?:\p{Script=Han}{2,6}|\p{Lu}[\p{L}\d.'-]{1,20}(?: \p{Lu}[\p{L}.'-]{0,20}){0,2})$/u;

/** The labeled speaker written in `b.text[from, end)`, or null when it does not look like a name. */
export function labeledNamePhrase(
  b: Block,
  from: number,
  anns: readonly Annotation[],
  end = b.text.length,
): SpeakerPhrase | null {
  // "演讲嘉宾：张三**互动瞬间**": bold text glued after the value is the next heading, not the name
  for (const r of b.strong) if (r.start > from && r.start < end) end = r.start;
  const raw = b.text.slice(from, end);
  const t = raw.trim();
  if (!NAME_LIKE.test(t)) return null;
  const at = from + raw.indexOf(t);
  const to = at + t.length;
  if (anns.some((a) => (a.kind === 'organization' || a.kind === 'technology') && a.start < to && a.end > at))
    return null;
  return { ...phrase(b, at, to), labeled: true };
}
