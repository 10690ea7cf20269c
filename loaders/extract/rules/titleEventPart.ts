import { escapeRe } from '../text';

// A title in several parts names its event in one of them, not always the first:
//   "Cloud Architectures: FooConf Aarhus, Denmark, October" (a track, then the event)
// The part the body calls by an event word ("the FooConf Aarhus conference", "FooConf Aarhus 大会")
// is the event; its words before a comma (a country, a month) are its place and time, no name.

/** The part of `parts` (each cut at its first comma) that `body` names followed by one of `kindWords`, or null. */
export function partNamedAsEvent(parts: readonly string[], body: string, kindWords: readonly string[]): string | null {
  const words = kindWords.filter((w) => w.length >= (/\p{Script=Han}/u.test(w) ? 2 : 3)).map(escapeRe);
  if (words.length === 0) return null;
  for (const part of parts) {
    const head = part.split(/\s*[,，]\s*/u)[0].trim();
    if (head.length < 3 || head.length > 40) continue;
    const named = new RegExp(`${escapeRe(head)}\\s?(?:${words.join('|')})(?![\\p{L}])`, 'iu');
    if (named.test(body)) return head;
  }
  return null;
}
