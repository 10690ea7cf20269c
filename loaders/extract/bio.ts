import { normalizeName } from '../../src/model/ids';
import bioLeads from '../lexicon/zh/bio-leads.json';
import { affiliationPieces, cleanPhrase, splitAffiliation } from './affiliation';
import type { RuleContext } from './harness';
import type { Span } from './types';

// A speaker's biography: "黄挺，蚂蚁集团资深技术专家，目前主要负责…。在加入蚂蚁之前，
// 供职于 Intel 中国研究院。他于清华大学获得博士学位。" Every organization the
// person belongs or belonged to, with the role where one is given.

const PLACE_VERBS: { re: RegExp; role?: (m: RegExpExecArray) => string }[] = [
  {
    re: /(?:就职于|任职于|供职于|受聘于|效力于|现任职于|加入(?:了|到)?|来自(?!于))\s*([^，,。；;、\s的][^，,。；;、]{1,30}?)(?=\s*(?:的|，|,|。|；|;|、|并|后|之前|之后|以前|以后|期间|担任|任|从事|负责|工作|至今|$))/gu,
  },
  {
    re: /(?:曾|先后|目前|现|曾经)?在\s*([^，,。；;、\s在于][^，,。；;、]{1,30}?)\s*(?:工作|任职|担任|从事|负责|实习|就职|任(?![务何意]))/gu,
  },
  {
    re: /(?:毕业于|就读于|从(?=[^，,。]{2,20}毕业))\s*([^，,。；;、\s][^，,。；;、]{1,30}?)(?=\s*(?:毕业|，|,|。|；|;|、|获|$))/gu,
  },
  {
    re: /于\s*([^，,。；;、\s][^，,。；;、]{1,20}?)\s*获得?\s*(博士|硕士|学士)/gu,
    role: (m) => m[2],
  },
  {
    // "在美国的私立文理学院 Pomona College 读的本科"
    re: /在\s*([^，,。；;、\s在于][^，,。；;、]{1,40}?)\s*(?:读的?|攻读|就读|念的?)(本科|硕士|博士|研究生)/gu,
    role: (m) => m[2],
  },
];

const ROLE_LEADS = new RegExp(
  `^(?:${[...bioLeads.copulas, '曾任', '曾担任', '担任', '前'].sort((a, b) => b.length - a.length).join('|')})\\s*`,
  'u',
);
// "加入到某社区项目开发": what was joined is work, not an employer.
const ACTIVITY_TAIL = new RegExp(`(?:${bioLeads.activityTails.join('|')})$`, 'u');
const NOT_AFFILIATION =
  /^(?:专注|负责|致力|拥有|擅长|主要|目前主要|长期|多年|曾|在|从事|毕业|参与|推动|他|她|对|是|有|带领|主导|热爱|关注|作为)/u;

/** Reads affiliations from a bio paragraph text[start, end) about `person`, starting after the name. */
export function readBio(ctx: RuleContext, person: string, start: number, end: number, rule: string): void {
  const body = ctx.text.slice(start, end);
  const span = (a: number, b: number): Span => ({ start: start + a, end: start + b });
  // Leading clauses: "，平安科技 CTO 兼总架构师，ArchSummit 联席主席…。"
  const firstSentence = body.split(/[。！？\n]/u)[0];
  let pos = 0;
  for (const raw of firstSentence.split(/[，,；;]/u)) {
    const at = body.indexOf(raw, pos);
    pos = at + raw.length;
    const clause = cleanPhrase(raw).replace(ROLE_LEADS, '');
    // "张三，张三，目前是…": the name said again is no clause of the bio.
    if (!clause || clause === person) continue;
    // The leading "org role" clauses end where the description starts ("目前主要负责…").
    if (NOT_AFFILIATION.test(clause) || PLACE_VERBS.some((v) => new RegExp(v.re.source, 'u').test(raw))) break;
    const split = splitAffiliation(clause, ctx.lex, ctx.kn);
    const listed = affiliationPieces(clause, ctx.lex, ctx.kn).length > 0;
    if (!listed && (!split?.org || (!split.role && !ctx.kn.orgKeys.has(normalizeName(split.org))))) {
      // "数据库爱好者", "技术专家": a role with no organization does not end the list of affiliations.
      if (!split?.org && clause.length <= 12) continue;
      break;
    }
    ctx.affiliate(person, clause, span(at, at + raw.length), rule);
  }
  readPastRoles(ctx, person, start, end, rule);
  readPlaces(ctx, person, start, end, rule);
}

/** "曾担任华为中央软件院架设部部长，亚马逊 AWS 中国的首席云技术专家，微软…资深架构师。" / "曾在 Instagram，微软担任产品经理" */
function readPastRoles(ctx: RuleContext, person: string, start: number, end: number, rule: string): void {
  const body = ctx.text.slice(start, end);
  for (const m of body.matchAll(/(?:曾担任|曾任|先后担任|历任|曾先后担任)\s*([^。；;！？\n]{4,200})/gu)) {
    let pos = (m.index ?? 0) + m[0].length - m[1].length;
    for (const raw of m[1].split(/[，,、]/u)) {
      const at = pos;
      pos += raw.length + 1;
      const split = splitAffiliation(raw, ctx.lex, ctx.kn);
      if (!split?.org || (!split.role && !ctx.kn.orgKeys.has(normalizeName(split.org)))) continue;
      ctx.affiliate(person, raw, { start: start + at, end: start + at + raw.length }, rule);
    }
  }
  for (const m of body.matchAll(/(?:曾|先后|曾经)在\s*([^。；;！？\n]{2,60}?)\s*(?:担任|工作|任职)/gu)) {
    if (!/[，,、]/u.test(m[1]) || /从事|负责|参与|的/u.test(m[1])) continue;
    const s = { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length };
    for (const raw of m[1].split(/[，,、]|和|及/u)) if (raw.trim()) ctx.affiliate(person, raw, s, rule, true);
  }
}

/** Organizations named by where-verbs only (就职于, 曾在…工作, 毕业于, 于…获得博士学位), for prose about a person. */
export function readPlaces(ctx: RuleContext, person: string, start: number, end: number, rule: string): void {
  const body = ctx.text.slice(start, end);
  const span = (a: number, b: number): Span => ({ start: start + a, end: start + b });
  for (const v of PLACE_VERBS) {
    v.re.lastIndex = 0;
    for (let m = v.re.exec(body); m; m = v.re.exec(body)) {
      // "在上市之前的 Atlassian 公司": the organization follows the last 的.
      const phrase = m[1].includes('的') ? m[1].slice(m[1].lastIndexOf('的') + 1) : m[1];
      if (/^(加入|上市|离开)/u.test(phrase) || ACTIVITY_TAIL.test(phrase)) continue;
      const role = v.role ? v.role(m) : '';
      const s = span(m.index, m.index + m[0].length);
      // "在网易和豌豆荚工作": two employers.
      const parts = role ? [phrase] : phrase.split(/和|与|及|、/u).filter((x) => x.trim().length >= 2);
      for (const part of parts.length > 1 && parts.every((x) => x.length <= 12) ? parts : [phrase])
        ctx.affiliate(person, part, s, rule, true, role || undefined);
    }
  }
  // First person in an interview answer: "我是 PingCAP 联合创始人兼 CTO".
  for (const m of body.matchAll(/(?:我是|我现在是|目前我是|我目前是)\s*([^，,。；;！？\n]{2,30})/gu)) {
    const split = splitAffiliation(m[1], ctx.lex, ctx.kn);
    if (split?.org && split.role) ctx.affiliate(person, m[1], span(m.index ?? 0, (m.index ?? 0) + m[0].length), rule);
  }
}

const QUESTION_LINE = /^\s*(?:InfoQ|问|Q|记者|主持人|编者)\s*[:：]|[？?]\s*$/u;

/**
 * What a speaker says of themselves in the first person ("我在 Facebook 担任…",
 * "我…在 Pomona College 读的本科"), in an article or interview that is theirs;
 * the interviewer's questions are skipped.
 */
export function readFirstPerson(ctx: RuleContext, person: string, start: number, end: number, rule: string): void {
  for (const line of ctx.lines) {
    if (line.end <= start || line.start >= end || QUESTION_LINE.test(line.text) || !/我(?!们)/u.test(line.text))
      continue;
    let pos = line.start;
    for (const sentence of line.text.split(/(?<=[。！？])/u)) {
      if (/我(?!们)/u.test(sentence)) readPlaces(ctx, person, pos, pos + sentence.length, rule);
      pos += sentence.length;
    }
  }
}
