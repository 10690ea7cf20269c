import { normalizeName } from '../../src/model/ids';
import type { Lexicon } from '../lexicon';
import boundaries from '../lexicon/org-boundaries.json';
import orgWords from '../lexicon/org-words.json';
import type { Knowledge } from './knowledge';
import { knownOrgLead } from './knownOrgLead';
import { isLatinName } from './names';
import { splitOutsideBrackets } from './text';

// Splits an affiliation phrase into organization and role:
//   "PingCAP CEO"                → PingCAP / CEO
//   "宜信大数据创新中心首席架构师"  → 宜信大数据创新中心 / 首席架构师
//   "GopherChina 组织创始人"       → GopherChina / 创始人
//   "ThoughtWorksLead Consultant" → ThoughtWorks / Lead Consultant (known organization)
//   "ETCD 作者"                   → null organization (etcd is a technology)

export interface OrgRole {
  org: string | null;
  role: string;
}

const HAN = /\p{Script=Han}/u;
// Endings that also close ordinary words (私有云, 互联网): trusted only when no known organization starts the phrase.
const WEAK_SUFFIXES = new Set(['云', '网', '软件', '信息', '网络', '科技']);
// Phrases that point at a group of people, not an organization ("开源社区", "内部应用").
const NOT_ORG = /^(开源|内部|其他|其它|各|我们|他们|本|该|这|那|某|国内|国外|业界|整个|一些|很多|多家|大型|中小)/u;

export function cleanPhrase(s: string): string {
  let t = s
    .replace(/\\\n?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s【[|｜]+|[\s】\]|｜]+$/g, '')
    .trim();
  // Brackets at either end go only when they close nothing ("（ PingCAP CEO" cut from its line).
  const opens = () => (t.match(/[（(]/g) ?? []).length;
  const closes = () => (t.match(/[）)]/g) ?? []).length;
  while (/^[（(]/.test(t) && opens() > closes()) t = t.slice(1).trim();
  while (/[）)]$/.test(t) && closes() > opens()) t = t.slice(0, -1).trim();
  while (/^[（(]/.test(t) && /[）)]$/.test(t) && opens() === 1 && closes() === 1) t = t.slice(1, -1).trim();
  return t;
}

function findRoleStart(s: string, lex: Lexicon): number {
  let best = -1;
  for (const head of lex.roleHeads) {
    let at = s.indexOf(head);
    while (at >= 0) {
      // A Latin role word must stand alone (not "Leader" inside "LeaderBoard").
      const latin = /^[A-Za-z]/.test(head);
      const okBefore = !latin || at === 0 || !/[a-z]/.test(s[at - 1]) || /[a-z]/.test(head[0]);
      const okAfter = !latin || !/[A-Za-z]/.test(s[at + head.length] ?? '');
      // "委员" inside "委员会": the head starts an organization's ending, not a role.
      const inEnding = lex.orgSuffixes.some((x) => x.length > head.length && x.startsWith(head) && s.startsWith(x, at));
      if (okBefore && okAfter && !inEnding) break;
      at = s.indexOf(head, at + 1);
    }
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  if (best < 0) return -1;
  // Walk back over role modifiers (首席, 资深, Senior …) that belong to the role.
  let moved = true;
  while (moved && best > 0) {
    moved = false;
    const before = s.slice(0, best).replace(/\s+$/, '');
    for (const m of lex.roleModifiers) {
      if (before.endsWith(m) && before.length >= m.length) {
        best = before.length - m.length;
        moved = true;
        break;
      }
    }
    // "快狗打车架构负责人", "大疆创新 嵌入式软件工程师": a field of work written right against the role is part of it.
    if (moved || before.length < s.slice(0, best).length) continue;
    for (const d of lex.roleDomains) {
      if (
        before.endsWith(d) &&
        before.length > d.length + 1 &&
        !/[A-Za-z0-9]/.test(before[before.length - d.length - 1])
      ) {
        best = before.length - d.length;
        moved = true;
        break;
      }
    }
  }
  return best;
}

function hasRole(s: string, lex: Lexicon): boolean {
  return findRoleStart(s, lex) >= 0;
}

/** "Senior Staff Engineer", "Head of Machine Learning Platform", "架构师": a role and nothing else. */
export function isRoleOnly(raw: string, lex: Lexicon, kn: Knowledge): boolean {
  const s = cleanPhrase(raw);
  return s.length > 0 && findRoleStart(s, lex) === 0 && !splitAffiliation(s, lex, kn)?.org;
}

const SEAT =
  /^([A-Z][\w.+-]*(?: [A-Z][\w.+-]*)+?)\s*(?:[(（]\s*[Ii]ncubating\s*[)）])?\s*((?:PMC|PPMC|TSC|Committer|committer|\p{Script=Han}{0,6}委员会).{0,8})$/u;

/**
 * "Apache Flink PMC 成员", and the same after a description of the project
 * ("云原生网关 Apache Demo(Incubating) PPMC 成员"): the seat's project, tried from
 * each of the first few Latin words, so the description is left out.
 */
function governanceSeat(s: string): OrgRole | null {
  const starts = [0, ...[...s.matchAll(/(?<=\s)[A-Z]/gu)].slice(0, 4).map((m) => m.index ?? 0)];
  for (const at of starts) {
    const seat = s.slice(at).match(SEAT);
    if (seat && GOVERNANCE_ROLE.test(seat[2].trim()) && (at === 0 || /\p{Script=Han}/u.test(s.slice(0, at))))
      return { org: seat[1], role: seat[2].trim() };
  }
  return null;
}

const GOVERNANCE_ROLE =
  /^(?:Committer|committer|PMC|PPMC|TSC|Steering Committee|(?:PMC|PPMC|TSC)\s*(?:成员|主席|Chair|Member)|\p{Script=Han}{0,6}委员会\s*(?:成员|委员|主席)?)$/u;

// Units inside a company ("TiKV 团队", "闲鱼技术部", "数据库事业部"): part of the role when the company is known.
const DEPARTMENT_END = /(?:团队|部门|事业部|事业群|部)$/u;

/** A platform or product named like a company ("腾讯云", "火山引擎", "今日头条", "Alibaba Cloud"): an employer when a role goes with it. */
export function isCompanyLikeTech(name: string, kn: Knowledge): boolean {
  const hit = kn.techs.prefix(name);
  if (!hit || hit.end !== name.length) return false;
  const { category } = hit.value;
  if (/^\p{Script=Han}+$/u.test(name))
    return category === 'product' || (category === 'platform' && /(?:云|引擎|网)$/u.test(name));
  return (category === 'platform' || category === 'product') && / (?:Cloud|Inc\.?)$/.test(name);
}

/**
 * Whether an organization split from a person's affiliation is a name at all: not a description of
 * an unnamed employer ("北京某创业公司", "一家创业公司", "一个创业公司") and not the person's own romanized name
 * ("宋佳明（Jiaming Song，百度）").
 */
export function isOrgName(org: string, person: string, kn: Knowledge): boolean {
  if (/某|^一[家个]|^某/u.test(org)) return false;
  const k = normalizeName(org);
  if (kn.orgKeys.has(k)) return true;
  if (/^\p{Script=Han}{2,4}$/u.test(person) && isLatinName(org)) return false;
  return true;
}

// "华中某某大学网络空间安全学院": the university, then one of its schools or departments.
const UNIVERSITY_SCHOOL = /^(\S{2,}?(?:大学|大學))(\S{2,12}?(?:学院|學院|系|研究生院))$/u;
// What the author or maintainer of a project is: the project is no organization ("Foo 作者", "Bar 框架作者").
const AUTHOR_ROLE =
  /^(?:框架|项目|库)?(?:作者|维护者|核心开发者|开发者|贡献者|Author|Creator|Maintainer|maintainer|author|creator)/u;
const ORG_WORD_END = new RegExp(
  `(?:^|\\s)(?:${orgWords.latinWords.map((w) => w.replace(/[.]/g, '\\.')).join('|')})$`,
  'u',
);

const INSTITUTION_END = new RegExp(`(?:${orgWords.institutions.join('|')})$`, 'u');
const INSTITUTION_LEAD = new RegExp(`^\\s*(?:${orgWords.institutions.join('|')})`, 'u');

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
const LEADING = byLength(boundaries.leading);
const TRAILING = byLength(boundaries.trailingClauses);
const DEPARTMENTS = byLength(boundaries.departments);

/** "现在在蚂蚁集团…", "就职于某某科技…": the verb or preposition before an organization is no part of it. */
export function stripOrgLead(s: string): string {
  for (const w of LEADING) {
    if (!s.startsWith(w)) continue;
    const rest = s.slice(w.length).trimStart();
    // "在线教育…", "现在的…": a word that only starts with the preposition.
    if (rest.length < 2 || /^[线的]/u.test(rest)) return s;
    return rest;
  }
  return s;
}

const COUNTRIES = byLength(boundaries.countries);

/** "美国某某大学": the country before a university's name is no part of it. */
export function stripCountry(s: string): string {
  for (const c of COUNTRIES)
    if (
      s.startsWith(c) &&
      /^\p{Script=Han}{2,}(?:大学|大學|学院|分校)/u.test(s.slice(c.length)) &&
      !boundaries.countryBound.some((b) => s.startsWith(b, c.length))
    )
      return s.slice(c.length);
  return s;
}

/**
 * "某某信息为本次活动（提供场地）", "某某科技的工程师": the organization ends where a clause about it begins
 * (a 的 only after a phrase that ends like an organization).
 */
export function cutOrgClause(s: string, lex: Lexicon, kn: Knowledge): string {
  let end = s.length;
  for (const w of TRAILING) {
    const at = s.indexOf(w);
    if (at < 2 || at >= end) continue;
    const head = s.slice(0, at).trim();
    if (w === '的' && !kn.orgKeys.has(normalizeName(head)) && !lex.orgSuffixes.some((x) => head.endsWith(x))) continue;
    end = at;
  }
  return s.slice(0, end).trim();
}

/** "某某到家技术中心", "某某店技术部电商云": a unit of the company written against its name; the name ends before it. */
function departmentAt(org: string): number {
  let best = -1;
  for (const d of DEPARTMENTS) {
    const at = org.indexOf(d);
    if (at >= 2 && (best < 0 || at < best)) best = at;
  }
  return best;
}

function tidyOrg(org: string): string {
  return org
    .replace(/\s*(的|之|组织)$/u, '')
    .replace(/^(现任|现就职于|就职于|任职于|供职于|来自|曾任|前)\s*/u, '')
    .trim();
}

function isTechnology(org: string, kn: Knowledge): boolean {
  const k = normalizeName(org);
  return kn.techKeys.has(k) && !kn.orgKeys.has(k);
}

// Roles in a project, not a job: "etcd 作者", "Kubernetes Maintainer".
function isProjectRole(role: string): boolean {
  return /^(?:作者|维护者|贡献者|成员|核心成员|发起人|Committer|committer|PMC|Maintainer|maintainer|Contributor|Author)/u.test(
    role,
  );
}

export function splitAffiliation(raw: string, lex: Lexicon, kn: Knowledge, certain = false): OrgRole | null {
  const s = stripOrgLead(cleanPhrase(raw));
  if (!s) return null;
  // "毕业于某某大学", "2020年毕业于某某学院": where the person studied, and when.
  const grad = s.match(/^((?:\d{4}\s*年\s*)?)毕业于\s*(\S.{1,40})$/u);
  if (grad) {
    const school = splitAffiliation(stripCountry(grad[2]), lex, kn, true);
    return school?.org ? { org: school.org, role: `${grad[1]}毕业${school.role ? ` ${school.role}` : ''}` } : null;
  }
  // English: "Staff Engineer at Google", "CTO @ PingCAP", "co-founder of Acme".
  const en = s.match(/^([A-Za-z][A-Za-z .,&/-]{1,60}?)\s+(?:at|@|of)\s+([A-Z][A-Za-z0-9&.\- ]{1,40})$/);
  const roleOf =
    en && / of /.test(en[0]) && /(?:^|\s)(?:Head|VP|Director|Manager|President|Chief|Lead|Leader)$/.test(en[1]);
  if (en && !roleOf && hasRole(en[1], lex) && !isTechnology(en[2].trim(), kn))
    return { org: en[2].trim(), role: en[1].trim() };
  let org: string | null = null;
  let role = '';
  // "Apache HBase Committer", "Apache Flink PMC 成员", "Kata Containers 架构委员会成员":
  // a seat in a project's governance makes the project an organization.
  const seat = governanceSeat(s);
  if (seat) return seat;
  // "标准制定组织 Khronos Group": a description, then the organization's proper name.
  const lead = knownOrgLead(s, kn, (x) => findRoleStart(x, lex) === 0);
  if (lead) return lead;
  const trailingLatin = s.match(/^\p{Script=Han}{2,12}\s*([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3})$/u);
  if (certain && trailingLatin && !hasRole(trailingLatin[1], lex) && !isTechnology(trailingLatin[1], kn))
    return { org: trailingLatin[1], role: '' };
  const known = kn.orgs.prefix(s, true);
  const latinLead = s.match(/^([A-Za-z][A-Za-z0-9.&'\- ]*?[A-Za-z0-9.])\s*(?=\p{Script=Han})/u);
  const roleStart = findRoleStart(s, lex);
  const beforeRole = roleStart > 0 ? s.slice(0, roleStart).trim() : '';
  const endsOrg = (xs: string[]) => xs.some((x) => beforeRole.endsWith(x));
  const strongEnd = endsOrg(lex.orgSuffixes.filter((x) => !WEAK_SUFFIXES.has(x)));
  // "北京银行 软件开发中心 数据库负责人": a named organization, then its unit; the unit goes with the role.
  // "触控科技 Cocos2d-x 团队": the same without a role.
  const unitOf = roleStart < 0 ? s : beforeRole;
  const unitAt = unitOf.indexOf(' ');
  if (
    !known &&
    unitAt > 1 &&
    /(?:团队|部门|事业部|事业群|部|中心)$/u.test(unitOf) &&
    lex.orgSuffixes.some((x) => (!WEAK_SUFFIXES.has(x) || unitAt >= 4) && unitOf.slice(0, unitAt).endsWith(x)) &&
    !isTechnology(unitOf.slice(0, unitAt), kn)
  )
    return { org: tidyOrg(unitOf.slice(0, unitAt)), role: s.slice(unitAt + 1).trim() };
  if (
    beforeRole &&
    !(known && (DEPARTMENT_END.test(beforeRole) || (/^\s/.test(s.slice(known.end)) && /中心$/u.test(beforeRole)))) &&
    !/[的“”"（()）]/u.test(beforeRole) &&
    (strongEnd || (!known && endsOrg(lex.orgSuffixes))) &&
    !isTechnology(beforeRole, kn)
  ) {
    // "Python中文社区创始人", "宜信大数据创新中心首席架构师": the organization is all before the role.
    org = beforeRole;
    role = s.slice(roleStart);
  } else if (
    latinLead &&
    // "Microsoft Azure 容器团队 工程师": a company's product after the company's name is its unit.
    !(
      known &&
      known.end < latinLead[1].length &&
      !isTechnology(known.written, kn) &&
      /^\s*\p{Script=Han}{0,12}(?:团队|部门|事业部|事业群|部)(?:\s|$)/u.test(s.slice(latinLead[0].length))
    ) &&
    (isTechnology(latinLead[1], kn) || isTechnology(latinLead[1].split(' ')[0], kn)) &&
    !lex.orgSuffixes.some((x) => s.endsWith(x))
  ) {
    // "ETCD 作者", "FISCO BCOS 平台架构师": the phrase is about a technology, not an employer.
    role = s.slice(latinLead[0].length);
    // "Apache HBase Committer", "Kata Containers 架构委员会成员": a seat in the project's governance makes it an organization.
  } else if (known) {
    org = known.written;
    role = s.slice(known.end);
    // "腾讯 Tencent", "阿里巴巴 Alibaba": the organization's other name after it is no role.
    const again = kn.orgs.prefix(role.trim(), true);
    if (again && again.end === role.trim().length && again.value.name === known.value.name) role = '';
    // "Alibaba Cloud", "Google Cloud": more capitalized words and no role are still the name.
    else if (/^ [A-Z][A-Za-z.&-]*(?: [A-Z][A-Za-z.&-]*)*$/.test(role) && !hasRole(role, lex)) {
      org = s;
      role = '';
    }
    // "Intel 中国研究院", "IBM中国开发实验室": a named institution of the company.
    const inst = role.match(new RegExp(`^\\s*[^，,。；;\\s]{0,8}?(?:${lex.institutionSuffixes.join('|')})`, 'u'));
    // (a role word inside the institution's own ending, 委员 in 委员会, is no role)
    if (inst && !hasRole(inst[0].replace(INSTITUTION_END, ''), lex)) {
      org = s.slice(0, known.end + inst[0].length);
      role = role.slice(inst[0].length);
    }
  } else if (latinLead && hasRole(s.slice(latinLead[0].length), lex)) {
    org = latinLead[1];
    role = s.slice(latinLead[0].length);
    // "Apache 孵化器导师": a named institution of it, then the role.
    const inst = role.match(INSTITUTION_LEAD);
    if (inst) {
      org = s.slice(0, latinLead[0].length + inst[0].length);
      role = role.slice(inst[0].length);
    }
  } else {
    const roleAt = findRoleStart(s, lex);
    const head = roleAt >= 0 ? s.slice(0, roleAt) : s;
    // The longest stretch that ends with an organization word.
    let cut = -1;
    for (const suf of lex.orgSuffixes) {
      const at = head.lastIndexOf(suf);
      if (at > 0 && at + suf.length > cut && HAN.test(head.slice(0, at))) cut = at + suf.length;
    }
    if (roleAt >= 0) {
      // "星云创新 工程师": a single word set off from the role is the organization as a whole.
      if (/\S\s+$/u.test(head) && !/\s/u.test(head.trim())) cut = -1;
      org = cut > 0 ? s.slice(0, cut) : head;
      role = s.slice(cut > 0 ? cut : roleAt);
    } else {
      org = cut > 0 ? s.slice(0, cut) : s;
      role = cut > 0 ? s.slice(cut) : '';
      if (cut < 0 && !certain && !/^[A-Z]/.test(s) && !kn.orgKeys.has(normalizeName(s))) org = null;
    }
  }
  role = role
    .replace(/^[\s的、,，|｜/]+/u, '')
    .replace(/^组织(?=[^\s者])/u, '')
    .trim();
  if (org !== null) {
    org = stripCountry(tidyOrg(cleanPhrase(org)));
    // "蓝鲸支付 基础架构部", "云栈网络 容器团队": the department belongs to the role, the company is the organization.
    const dept = org.match(/^(.{2,}?)\s+(\S*(?:部|部门|团队|小组|组|事业部|事业群|BU))$/u);
    // ("某某 中国用户组" is a group of its own, not a unit)
    if (dept && !lex.orgSuffixes.some((x) => x.length > 2 && dept[2].endsWith(x))) {
      org = dept[1];
      role = `${dept[2]} ${role}`.trim();
    }
    // "某某大学计算机学院", "某某大学软件系": a school or department of a university is part of the person's role.
    const school = kn.orgKeys.has(normalizeName(org)) ? null : org.match(UNIVERSITY_SCHOOL);
    if (school) {
      role = `${school[2]}${role}`.trim();
      org = school[1];
    }
    const unit = kn.orgKeys.has(normalizeName(org)) ? -1 : departmentAt(org);
    if (unit > 0 && !/\s/u.test(org) && !isTechnology(org.slice(0, unit).trim(), kn)) {
      role = `${org.slice(unit)}${s.includes(`${org} `) ? ' ' : ''}${role}`.trim();
      org = org.slice(0, unit).trim();
    }
    if (
      org.length < 2 ||
      org.length > 40 ||
      /[，。；;:：！？、（()）]|等|项目$|^(目前|包括|管理|负责|专注|上市)/u.test(org) ||
      // "具有十多年经验的高度专注…": a description, not a name.
      // "文件存储和对象存储架构师": two things joined, not one name.
      (/\p{Script=Han}[的和与及]\p{Script=Han}/u.test(org) && !kn.orgKeys.has(normalizeName(org))) ||
      NOT_ORG.test(org) ||
      // "来自淘宝的…": said to come from it, a product name is its company.
      (isTechnology(org, kn) &&
        !(certain && /^\p{Script=Han}+$/u.test(org)) &&
        !((certain || (role && !isProjectRole(role))) && isCompanyLikeTech(org, kn)))
    )
      org = null;
    else if (hasRole(org.replace(INSTITUTION_END, ''), lex) && !kn.orgKeys.has(normalizeName(org))) org = null;
    // "Foo 和 bar.io 作者": the first of several things the role is about, not an organization.
    else if (/^(?:和|与|及|以及|&|and )/u.test(role) && !kn.orgKeys.has(normalizeName(org))) org = null;
    // "Foo 作者", "某某框架作者": the author of a project names the project, not an employer.
    else if (
      AUTHOR_ROLE.test(role) &&
      !kn.orgKeys.has(normalizeName(org)) &&
      !lex.orgSuffixes.some((x) => org?.endsWith(x)) &&
      !ORG_WORD_END.test(org)
    )
      org = null;
  }
  if (org === null && !role) return null;
  return { org, role: role || (org === null ? cleanPhrase(raw) : '') };
}

// Endings of a unit or a gathering rather than a named employer ("筹款委员会", "运营中心"): such a phrase after 、 goes with the role before it.
const UNIT_SUFFIXES = new Set([
  '委员会',
  '中心',
  '团队',
  '工作室',
  '沙龙',
  '技术沙龙',
  '俱乐部',
  '联盟',
  '社区',
  '用户组',
  '协会',
  '学会',
]);

/** An organization that a list of affiliations may name on its own: known, Latin-written, or a Han name with a company ending. */
function listedOrg(org: string, lex: Lexicon, kn: Knowledge): boolean {
  if (kn.orgKeys.has(normalizeName(org)) || /^[A-Za-z0-9]/.test(org)) return true;
  return lex.orgSuffixes.some(
    (x) => org.endsWith(x) && !UNIT_SUFFIXES.has(x) && (!WEAK_SUFFIXES.has(x) || org.length >= x.length + 2),
  );
}

/**
 * "某某基金会董事、Foo Beijing 发起人", "前某甲、某乙数据库专家", "Foo 作者/某某科技工程师": one phrase that lists several
 * affiliations, each naming its own organization, as its pieces (a piece that names none stays with the one before);
 * [] when the phrase is one affiliation ("创始人、CEO", "某某基金会董事、筹款委员会副总裁").
 */
export function affiliationPieces(raw: string, lex: Lexicon, kn: Knowledge): string[] {
  const s = cleanPhrase(raw);
  if (!/[、/]/u.test(s) || s.length > 120) return [];
  const parts = splitOutsideBrackets(s, '、/');
  if (parts.length < 2 || parts.length > 6) return [];
  const named = parts.map((p) => {
    const x = splitAffiliation(p, lex, kn);
    // "Freiburg/Germany": a bare name that no catalog knows and no role goes with is no affiliation of its own
    return !!x?.org && listedOrg(x.org, lex, kn) && (!!x.role || kn.orgKeys.has(normalizeName(x.org)));
  });
  if (!named.slice(1).some(Boolean)) return [];
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (named[i] || out.length === 0) out.push(p);
    else out[out.length - 1] += `、${p}`;
  });
  return out;
}

/**
 * "Apache Foo, Bar, Baz" in an organization cell: three or more bare Latin names with no
 * role are the projects someone works on, not their employers.
 */
function listsProjects(cell: string): boolean {
  const parts = cell.split(/[,，]/u).map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => /^[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?$/u.test(p));
}

// the people of one speaker field, and the affiliations written beside them in the same order
export const PEOPLE_LIST = /\s+\/\s+|\s*[、；;]\s*|\s*\/\s*(?=\S)/u;

/**
 * A speaker field and the organization field beside it ("张三 / Jane Doe" + "某某 CTO / Acme VP",
 * "张三、李四" + "某某科技") as one speaker phrase: each person with their own affiliation when the
 * two fields list as many, every person with the one affiliation when the organization field has one.
 */
export function pairAffiliations(who: string, org: string): string {
  const o = org.trim();
  if (!o || listsProjects(o)) return who;
  const people = who.split(PEOPLE_LIST).filter((p) => p.trim());
  const orgs = o.split(PEOPLE_LIST).filter((p) => p.trim());
  if (people.length > 1 && orgs.length === people.length)
    return people.map((p, i) => `${p.trim()}（${orgs[i].trim()}）`).join('、');
  if (people.length > 1 && orgs.length === 1) return people.map((p) => `${p.trim()}（${o}）`).join('、');
  return `${who}（${o}）`;
}
