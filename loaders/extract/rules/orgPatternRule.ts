import { normalizeName } from '../../../src/model/ids';
import boundaries from '../../lexicon/org-boundaries.json';
import type { Rule } from '../harness';
import { escapeRe } from '../text';

// Organizations the catalog does not know, found by how they are named:
//   a city then a name then an institution word: 上海华瑞银行, 杭州亦笔科技, 上海Python用户组
//   a Latin name then 公司/基金会/用户组: Docker 公司, Linux 基金会 (a company needs a second mention)
//   a project's or product's community: Apache Flink 社区, TiDB 社区, Redis 中国用户组, MongoDB 中文社区,
//   Shanghai Ruby User Group (a language's or a concept's community, "Rust 社区", is the people who use it, not a body)
//   a project's team: the Harbor Infrastructure Team, the Go team (a later "Infrastructure Team" is the same team)

const STRONG = [
  '银行',
  '科技',
  '集团',
  '用户组',
  '基金会',
  '研究院',
  '研究所',
  '大学',
  '学院',
  '仲裁委',
  '委员会',
  '协会',
  '实验室',
];

const QUALIFIER = '(?:中文|中国|华人)';
const COMMUNITY = new RegExp(
  `(?<![A-Za-z0-9.])([A-Z][A-Za-z0-9.π]*(?: [A-Z][A-Za-z0-9.π]*){0,2}|[A-Za-z]*\\d[A-Za-z0-9π]*)\\s?(${QUALIFIER})?(社区|用户组)`,
  'gu',
);
const TEAM = /(?<![A-Za-z0-9.])((?:[A-Z][A-Za-z0-9.+#-]* ){1,4})Team(?![A-Za-z])/gu;
const PROJECT_TEAM = /(?<![A-Za-z0-9.])([A-Z][A-Za-z0-9.+#-]*) team(?![A-Za-z])/gu;
const NOT_TEAM_WORDS = new Set(boundaries.enNotOrganizations);
const USER_GROUP = /(?<![A-Za-z0-9.])((?:[A-Z][A-Za-z0-9.]* ){1,3}Users? Group)(?![A-Za-z])/gu;
// Kinds of technology whose "社区" is everyone who uses it.
const GENERIC_KINDS = new Set(['language', 'concept', 'algorithm', 'standard', 'protocol']);

export const orgPatternRule: Rule = {
  name: 'orgPatternRule',
  run(ctx) {
    const { text, lex } = ctx;
    const cityRe = new RegExp(
      `(${lex.cities.join('|')})((?:[A-Za-z][A-Za-z0-9]*|(?![的在和与及是了])\\p{Script=Han}){1,6}?)(${STRONG.join('|')})(?![园城馆楼区站])`,
      'gu',
    );
    for (const m of text.matchAll(cityRe)) {
      const name = m[0];
      const start = m.index ?? 0;
      // "深圳市南山区科技中一路": an address (district, road), not an organization.
      if (/[区县镇乡路街道号]/u.test(m[2])) continue;
      ctx.org(name, { start, end: start + name.length }, 'orgPatternRule');
    }
    const latinRe = /(?<![A-Za-z0-9.])([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?)\s?(公司|基金会|用户组)/gu;
    for (const m of text.matchAll(latinRe)) {
      const start = m.index ?? 0;
      // "上海Python用户组" is the city's group, found above.
      const before = text.slice(Math.max(0, start - 8), start).replace(/\s+$/u, '');
      if (lex.cities.some((c) => before.endsWith(c))) continue;
      // "SaaS 公司", "AI 公司": a kind of company, not one's name.
      const kind = ctx.kn.techs.prefix(m[1]);
      if (kind && kind.end === m[1].length && GENERIC_KINDS.has(kind.value.category)) continue;
      if (m[2] === '公司') {
        const again = text.match(new RegExp(`(?<![A-Za-z0-9])${escapeRe(m[1])}(?![A-Za-z0-9])`, 'g'))?.length ?? 0;
        if (again < 2) continue;
      }
      ctx.org(m[0], { start, end: start + m[0].length }, 'orgPatternRule');
    }
    for (const m of text.matchAll(COMMUNITY)) {
      const start = m.index ?? 0;
      const tech = ctx.kn.techs.prefix(m[1]);
      const project = tech && tech.end === m[1].length && !GENERIC_KINDS.has(tech.value.category);
      // "Rust 社区" is everyone who writes Rust, "SIMD社区" those who care about it; "Rust 中文社区",
      // "Redis 中国用户组", a project's "TiDB 社区" / "Apache Flink 社区" is a body with a name.
      if (!m[2] && m[3] === '社区' && !project && !/^Apache /u.test(m[1])) continue;
      // "Apache 社区": the organization itself, named with the generic word.
      if (ctx.kn.orgKeys.has(normalizeName(m[1]))) continue;
      const before = text.slice(Math.max(0, start - 8), start).replace(/\s+$/u, '');
      if (lex.cities.some((c) => before.endsWith(c))) continue;
      ctx.org(m[0], { start, end: start + m[0].length }, 'orgPatternRule');
    }
    teams(ctx);
    for (const m of text.matchAll(USER_GROUP)) {
      const start = m.index ?? 0;
      ctx.org(m[1], { start, end: start + m[1].length }, 'orgPatternRule');
    }
  },
};

/** "the Harbor Infrastructure Team", "the Go team": a project's team; a shorter name that ends a longer one is its alias. */
function teams(ctx: Parameters<Rule['run']>[0]): void {
  const found: { name: string; start: number }[] = [];
  for (const m of ctx.text.matchAll(TEAM)) {
    // "The Infrastructure Team", "Our Team": the leading word is no part of the name.
    const words = m[1].trim().split(' ');
    while (words.length > 0 && NOT_TEAM_WORDS.has(words[0])) words.shift();
    if (words.length === 0) continue;
    const name = `${words.join(' ')} Team`;
    found.push({ name, start: (m.index ?? 0) + m[0].length - name.length });
  }
  for (const m of ctx.text.matchAll(PROJECT_TEAM)) {
    // Only a project's or a language's name: "Go team", not "Core team", "Google team" or "DevOps team".
    const tech = ctx.kn.techs.prefix(m[1]);
    if (!tech || tech.end !== m[1].length || tech.value.category === 'concept') continue;
    found.push({ name: m[0], start: m.index ?? 0 });
  }
  found.sort((a, b) => b.name.length - a.name.length);
  const kept: string[] = [];
  for (const t of found) {
    const longer = kept.find((k) => k !== t.name && k.toLowerCase().endsWith(` ${t.name.toLowerCase()}`));
    ctx.org(
      longer ?? t.name,
      { start: t.start, end: t.start + t.name.length },
      'orgPatternRule',
      longer ? [t.name] : [],
    );
    if (!longer) kept.push(t.name);
  }
}
