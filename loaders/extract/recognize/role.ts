import type { Annotation, Recognizer } from './types';

// Job titles from the lexicon (架构师, CTO, Staff Engineer): a block with a role in it is usually a speaker line.

// Most blocks hold no role: one alternation of every head tells so in a single pass.
const anyRole = new WeakMap<readonly string[], RegExp>();
function anyRoleIn(heads: readonly string[]): RegExp {
  let re = anyRole.get(heads);
  if (!re) {
    re = new RegExp(heads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    anyRole.set(heads, re);
  }
  return re;
}

export const roleRecognizer: Recognizer = {
  name: 'role',
  kind: 'role',
  run(block, env) {
    const out: Annotation[] = [];
    const t = block.text;
    if (!anyRoleIn(env.lex.roleHeads).test(t)) return out;
    for (const head of env.lex.roleHeads) {
      let at = t.indexOf(head);
      let guard = 0;
      while (at >= 0 && guard++ < 20) {
        const before = t[at - 1];
        const after = t[at + head.length];
        const latin = /^[A-Za-z]/.test(head);
        if (!latin || ((!before || !/[A-Za-z]/.test(before)) && (!after || !/[a-z]/.test(after))))
          out.push({
            kind: 'role',
            block: block.index,
            start: withModifiers(t, at, env.lex.roleModifiers),
            end: at + head.length,
            value: head,
            recognizer: 'role',
            confidence: 0.8,
          });
        at = t.indexOf(head, at + head.length);
      }
    }
    return out;
  },
};

/** "首席" + "架构师", "Senior " + "Engineer": modifiers written right before a role belong to it. */
function withModifiers(t: string, at: number, modifiers: readonly string[]): number {
  let start = at;
  for (let round = 0; round < 3; round++) {
    const m = modifiers.find((x) => t.startsWith(x, start - x.length) || t.startsWith(`${x} `, start - x.length - 1));
    if (!m) break;
    start -= t.startsWith(m, start - m.length) ? m.length : m.length + 1;
  }
  return start;
}
