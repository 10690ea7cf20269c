import type { RuleContext } from '../harness';
import { isChineseName } from '../names';

// "演讲人是来自某某的王小明(wxm)": a full Chinese name written right after 的, closed by a bracket, a space, a
// comma or the line's end, is a person the text introduces even when no programme named them before. Only
// surname + two-character given names: a two-character tail after 的 is too often a word (同学, 朋友).

const NAME_AFTER = /^(\p{Script=Han}{3})(?=[（(\s，,。；;]|$)/u;

/** The person the tail of "来自X的…" introduces, recorded, or null. */
export function introducedName(ctx: RuleContext, tail: string, at: number): { name: string; at: number } | null {
  const m = tail.match(NAME_AFTER);
  if (!m || !isChineseName(m[1], ctx.lex) || ctx.kn.orgKeys.has(m[1]) || ctx.kn.techKeys.has(m[1])) return null;
  return { name: ctx.person(m[1], { start: at, end: at + m[1].length }, 'fromOrgRule').name, at: 0 };
}
