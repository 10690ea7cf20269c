import { isRoleOnly } from '../affiliation';
import type { Rule } from '../harness';
import { introducedName } from './fromOrgName';

// Recaps and announcements introduce a speaker by where they come from, the name last:
//   "来自星河数据的资深数据库专家 王小明分享了…" / "来自 Acme 官方的解决方案工程师 李四老师"
// The organization is what follows 来自 up to 的; what stands between 的 and a person the
// document names must be a role (or nothing), so "来自社区的反馈" or "来自各地的朋友 张三"
// give no affiliation. One pass over the text; each 来自 looks at a bounded tail only.

const FROM_ORG =
  /来自(?:于)?\s*([^，,。；;！？!?、\s的“”"《》][^，,。；;！？!?、\s的“”"《》]{0,15}(?:\s[^，,。；;！？!?、\s的“”"《》]{1,15}){0,2}?)\s*(?:官方)?\s*的\s*([^，,。；;！？!?、的“”"《》\n]{0,40})/gu;
const NAME_LENGTHS = [4, 3, 2];
const LATIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}/u;

export const fromOrgRule: Rule = {
  name: 'fromOrgRule',
  run(ctx) {
    for (const m of ctx.text.matchAll(FROM_ORG)) {
      const tail = m[2].replace(/\*\*/g, '');
      const found = personIn(ctx, tail) ?? introducedName(ctx, tail, (m.index ?? 0) + m[0].length - m[2].length);
      if (!found) continue;
      const role = tail.slice(0, found.at).trim();
      if (role && !isRoleOnly(role, ctx.lex, ctx.kn) && !endsWithRole(role, ctx.lex.roleHeads)) continue;
      const start = m.index ?? 0;
      ctx.affiliate(found.name, m[1], { start, end: start + m[0].length }, 'fromOrgRule', true, role || undefined);
    }
  },
};

/** The first person the document names that the tail writes, and where. */
function personIn(ctx: Parameters<Rule['run']>[0], tail: string): { name: string; at: number } | null {
  for (let i = 0; i < tail.length; i++) {
    if (/\s/u.test(tail[i])) continue;
    const latin = tail.slice(i).match(LATIN_NAME);
    if (latin && (i === 0 || /\s/u.test(tail[i - 1]))) {
      const p = ctx.findPerson(latin[0]);
      if (p) return { name: p.name, at: i };
    }
    for (const n of NAME_LENGTHS) {
      if (i + n > tail.length) continue;
      const p = ctx.findPerson(tail.slice(i, i + n));
      if (p) return { name: p.name, at: i };
    }
  }
  return null;
}

/** "解决方案工程师", "数据库专家": a field of work before a role word of the lexicon. */
function endsWithRole(role: string, heads: readonly string[]): boolean {
  return role.length <= 20 && heads.some((h) => role.endsWith(h));
}
