import { normalizeName } from '../../src/model/ids';
import { cleanPhrase, isRoleOnly } from './affiliation';
import type { RuleContext } from './harness';
import { isChineseName, isLatinName, leadingChineseName, splitNameAndAliases } from './names';
import { splitOutsideBrackets } from './text';
import type { Span } from './types';

// Reading "刘奇 @goroutine （ PingCAP CEO ）", "黄挺，蚂蚁集团资深技术专家" and
// similar speaker phrases: the people, their handles, their affiliations.

/** Records the speakers in `phrase` (at `offset` in the text); returns their names. */
export function readSpeakers(ctx: RuleContext, phrase: string, offset: number, rule: string): string[] {
  const s = cleanPhrase(phrase.replace(/\*\*/g, '')).replace(
    /^(嘉宾|讲师|分享嘉宾|演讲嘉宾|主讲人|主讲|讲者|Speaker)\s*[:：]\s*/iu,
    '',
  );
  const names: string[] = [];
  // Several speakers: "张三、李四" / "张三 & 李四" — each may carry its own parenthetical.
  const parts = splitOutsideBrackets(s, '、&/，,|｜');
  let pendingRole: { person: string; role: string } | null = null;
  let tupleOrg: string | null = null;
  for (const part of parts) {
    // "Mary Walker is a Staff Engineer at Google"
    const bio = part.match(/^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?:is|was|works as|serves as) (?:a |an |the )?(.+)$/);
    if (bio) {
      const at = ctx.text.indexOf(bio[1], offset);
      const span: Span =
        at >= 0 ? { start: at, end: at + bio[1].length } : { start: offset, end: offset + phrase.length };
      const p = ctx.personFromPhrase(bio[1], span, rule);
      if (p) {
        names.push(p.name);
        ctx.affiliate(p.name, bio[2], span, rule);
        continue;
      }
    }
    // "王某某 (@handle) 某某实验室 架构师": a handle in brackets, then the affiliation after them.
    const handled = part.match(/^([^（(]{2,30}?)\s*[（(]\s*([@＠][^\s（()）]{1,30})\s*[)）]\s*(.*)$/su);
    if (handled) {
      const at = ctx.text.indexOf(handled[1].trim(), offset);
      const span: Span =
        at >= 0 ? { start: at, end: at + handled[1].trim().length } : { start: offset, end: offset + phrase.length };
      const p = ctx.personFromPhrase(`${handled[1].trim()} ${handled[2]}`, span, rule);
      if (p) {
        names.push(p.name);
        pendingRole = null;
        tupleOrg = null;
        if (handled[3].trim()) ctx.affiliate(p.name, handled[3], span, rule);
        continue;
      }
    }
    // "姬风（司徒放）（某某云 资深技术专家）": another name in the first brackets, the affiliation in the second
    const twice = part.match(/^([^（()）]{2,30}?\s*[（(][^（()）]{1,30}[)）])\s*[（(]([^（()）]+)[)）]\s*$/u);
    let m = twice ?? part.match(/^(.*?)\s*[（(]\s*(.*?)\s*[)）]?\s*$/su);
    // "王五WPS 移动组", "王五 Acme 平台部": a Chinese name, then (glued or spaced) where the person works
    const glued = m ? null : part.match(/^(\p{Script=Han}{2,4}?)\s*([A-Za-z][\w.-]*(?:\s|\p{Script=Han}).*)$/u);
    if (glued && isChineseName(glued[1], ctx.lex)) m = glued;
    // "张晓东 (Tony Zhang)", "Tony Zhang（张晓东）": the parentheses hold another name, not an affiliation.
    if (
      m &&
      !twice &&
      (isChineseName(m[2].trim(), ctx.lex) || (isLatinName(m[2].trim()) && isChineseName(m[1].trim(), ctx.lex)))
    )
      m = null;
    // "张立刚 · 1号店技术部总监", "Jane Doe • Acme": a middle dot after the name sets off the affiliation
    // (a transliterated name "迈克尔·杰克逊" has no person before its dot).
    const dotted = m ? null : part.match(/^([^·•・]{2,30}?)\s*[·•・]\s*([^·•・]{2,}.*)$/u);
    const dotLead = dotted ? splitNameAndAliases(dotted[1].trim(), ctx.lex) : null;
    const who = (m ? m[1] : dotted && dotLead ? dotted[1] : part).trim();
    const aff = m ? m[2] : dotted && dotLead ? dotted[2] : '';
    const at = ctx.text.indexOf(who, offset);
    const span: Span = at >= 0 ? { start: at, end: at + who.length } : { start: offset, end: offset + phrase.length };
    const p = ctx.personFromPhrase(parts.length === 1 ? aliasedName(ctx, who) : who, span, rule);
    if (!p) {
      // "黄挺，蚂蚁集团资深技术专家": the piece after a name is that person's affiliation.
      const prev = names[names.length - 1];
      if (!prev) continue;
      // "Lin Haoran, Senior Staff Engineer, Alibaba Cloud" / "Michael Chen | Pinterest | Staff Software Engineer":
      // a bare role goes with the organization of the tuple, before or after it.
      if (isRoleOnly(part, ctx.lex, ctx.kn)) {
        const last = ctx.out.affiliations[ctx.out.affiliations.length - 1];
        if (tupleOrg && last && last.person === prev && last.organization === tupleOrg && !last.role)
          last.role = cleanPhrase(part);
        else pendingRole = { person: prev, role: cleanPhrase(part) };
        continue;
      }
      const role = pendingRole?.person === prev ? pendingRole.role : undefined;
      const before = ctx.out.affiliations.length;
      const ok = ctx.affiliate(prev, part, span, rule, role !== undefined, role);
      pendingRole = null;
      tupleOrg = ok ? (ctx.out.affiliations[ctx.out.affiliations.length - 1]?.organization ?? null) : null;
      if (ok && ctx.out.affiliations.length === before) tupleOrg = null;
      continue;
    }
    pendingRole = null;
    tupleOrg = null;
    names.push(p.name);
    // "某某 & 某某科技创始人": two organizations joined by & (not "R&D")
    if (aff) for (const piece of aff.split(/[，,；;]|\s兼\s|\s&\s(?=\S)/u)) ctx.affiliate(p.name, piece, span, rule);
  }
  return names;
}

/** Does `s` begin like a speaker ("刘奇 @…", "Guido van Rossum", "李响（")? */
export function startsWithSpeaker(s: string, ctx: RuleContext): boolean {
  const t = cleanPhrase(s);
  const head = t.split(/[\s@＠（(，,、]/u)[0];
  if (isChineseName(head, ctx.lex)) return true;
  if (leadingChineseName(t, ctx.lex) && /^.{2,4}(?:老师|先生|女士|博士|教授)?(?:[\s@＠（(，,、]|$)/u.test(t))
    return true;
  const latin = t.match(/^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})/);
  return !!latin && isLatinName(latin[1]);
}

/** "王大力 Flavie", "黄小强 Date Huang": a Chinese name, then the English name the person also goes by (not an organization). */
function aliasedName(ctx: RuleContext, who: string): string {
  const m = who.match(/^(\p{Script=Han}{2,4})\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)$/u);
  if (!m || !isChineseName(m[1], ctx.lex)) return who;
  const k = normalizeName(m[2]);
  if (ctx.kn.orgKeys.has(k) || ctx.kn.techKeys.has(k) || m[2].split(' ').some((w) => ctx.lex.latinNotNameWords.has(w)))
    return who;
  return `${m[1]}（${m[2]}）`;
}
