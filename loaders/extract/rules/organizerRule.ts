import { normalizeName } from '../../../src/model/ids';
import { isCompanyLikeTech } from '../affiliation';
import type { Rule } from '../harness';

// Who runs the event: "由GTUG(Google Technology User Group)、华蟒用户组CPyUG(China
// Python User Group)和TopGeek主办", "ECUG 社区每年都会组织一场…大会".

const BY = /由\s*([^。；;\n]{2,160}?)\s*(?:联合|共同)?(?:主办|举办|承办|组织|主导)/gu;
const COMMUNITY_ORGANIZES =
  /([A-Za-z][A-Za-z0-9 ]{1,30}?\s*(?:社区|用户组|协会|基金会)|\p{Script=Han}{2,12}(?:社区|用户组|协会|基金会|技术沙龙))\s*(?:每年|每月|每季度)?(?:都会|都|会|将)?(?:组织(?!者)|主办|举办)/gu;
// "**主办**：A、B", "协办方：A & B", "Presented by A and the B."
const LABELED =
  /^\s*(?:[-*]\s*)?(?:<[^>]+>\s*)*(?:\*\*)?\s*(?:主办方?|协办方?|承办方?|联合主办|主办单位|协办单位|承办单位)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+?)\s*(?:<\/[^>]+>\s*)*$/u;
const SUPPORT =
  /^(?:\*\*)?\s*(场地支持|场地提供|场地赞助|赞助商?|赞助方|合作伙伴|合作方|媒体支持|媒体合作|技术支持|社区支持|协办方?|承办方?|联合主办)\s*(?:\*\*)?\s*[:：]\s*(.+?)\s*$/u;
const PRESENTED_BY = /\b(?:Presented|Organi[sz]ed|Hosted|Co-hosted|Brought to you) by\s+([^.\n;]{2,120})/gu;

export const organizerRule: Rule = {
  name: 'organizerRule',
  run(ctx) {
    const main = ctx.out.events.find((e) => e.key === ctx.out.mainEvent);
    if (!main) return;
    const add = (raw: string, start: number) => {
      let name = raw.trim();
      const aliases: string[] = [];
      for (const p of name.matchAll(/[（(]\s*([^（()）]{2,60})\s*[)）]/gu)) aliases.push(p[1].trim());
      name = name.replace(/[（(][^（()）]*[)）]/gu, '').trim();
      // "华蟒用户组CPyUG": Chinese name with its Latin short name glued on.
      const glued = name.match(/^(\p{Script=Han}{2,}[^A-Za-z]*)([A-Za-z][A-Za-z0-9]{1,15})$/u);
      if (glued) {
        name = glued[1].trim();
        aliases.unshift(glued[2]);
      }
      // "字节跳动火山引擎": the company, then its brand that organizes; the brand is the name.
      const parent = ctx.kn.orgs.prefix(name);
      const brand = parent ? name.slice(parent.end).trim() : '';
      const isBrand = brand.length >= 2 && isCompanyLikeTech(brand, ctx.kn);
      if (isBrand) {
        aliases.push(name);
        name = brand;
      }
      if (name.length < 2 || name.length > 30 || /[，,。]/.test(name)) return;
      if (!isBrand && ctx.kn.techKeys.has(name.toLowerCase()) && !ctx.kn.orgKeys.has(name.toLowerCase())) return;
      ctx.org(name, { start, end: start + raw.length }, 'organizerRule', aliases);
      if (!main.organizers.includes(name)) main.organizers.push(name);
    };
    // A sponsor (场地支持：腾讯云) is an organization of the event, not one who runs it.
    const sponsor = (name: string, at: number) => {
      if (name.length < 2 || name.length > 30 || /[，,。:：]/u.test(name)) return;
      const where = ctx.text.indexOf(name, at);
      ctx.org(name, { start: where >= 0 ? where : at, end: (where >= 0 ? where : at) + name.length }, 'organizerRule');
    };
    for (const m of ctx.text.matchAll(BY)) {
      const list = m[1];
      // A list of organizations, not a sentence ("由七牛云 CEO 许式伟于 2007 年…").
      // Nor a clause: "由初期的参与社区开发到后来逐渐主导…" (a list of names holds no 的).
      if (/[，,]/.test(list.replace(/[（(][^）)]*[)）]/g, '')) || /\d{4}\s*年|于\s*\d|的/u.test(list)) continue;
      let pos = (m.index ?? 0) + m[0].indexOf(list);
      for (const item of list.split(/、|和|与|及|以及|&/u)) {
        add(item, pos);
        pos += item.length + 1;
      }
    }
    const addList = (list: string, at: number, spaced: boolean) => {
      for (const item of list.split(/、|，|,|;|；|\s*&amp;\s*|\s*&\s*|\s+and\s+(?:the\s+)?|以及|及|和|与/u)) {
        // "InfoQ中国 极客邦科技": Chinese names set apart by a space are two organizers.
        const parts = spaced ? item.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u) : [item];
        // "InfoQ 极客邦科技": a known Latin-named organization, then a company by its Chinese name.
        const two =
          parts.length === 1 ? item.trim().match(/^([A-Za-z][A-Za-z0-9.-]*)\s+(\p{Script=Han}{3,12})$/u) : null;
        if (
          two &&
          ctx.kn.orgKeys.has(normalizeName(two[1])) &&
          (ctx.kn.orgKeys.has(normalizeName(two[2])) || /(?:科技|集团|公司|网络|信息)$/u.test(two[2]))
        )
          parts.splice(0, 1, two[1], two[2]);
        for (const part of parts) {
          const name = part
            .replace(/^(?:the|The)\s+/, '')
            .replace(/[*]+/g, '')
            .trim();
          const where = ctx.text.indexOf(name, at);
          if (name) add(name, where >= 0 ? where : at);
        }
      }
    };
    for (const l of ctx.lines) {
      const lab = l.text.match(LABELED);
      if (lab) {
        // "GoCN 社区  |  场地支持：腾讯云": one line, the organizer then other labelled parts.
        const [first, ...rest] = lab[1].split(/\s*[|｜]\s*/u);
        addList(first, l.start + l.text.indexOf(first), true);
        for (const seg of rest) {
          const sup = seg.match(SUPPORT);
          if (!sup) continue;
          const at = l.start + l.text.indexOf(seg) + seg.indexOf(sup[2]);
          if (/协办|承办|联合主办/u.test(sup[1])) addList(sup[2], at, true);
          else for (const o of sup[2].split(/、|，|,|;|；|\s*&\s*/u)) sponsor(o.trim(), at);
        }
      }
      for (const m of l.text.matchAll(PRESENTED_BY))
        addList(m[1], l.start + (m.index ?? 0) + m[0].indexOf(m[1]), false);
    }
    for (const l of ctx.lines) {
      if (!/组织|主办|举办/u.test(l.text)) continue;
      for (const m of l.text.matchAll(COMMUNITY_ORGANIZES)) {
        // "由 Go 中国社区主办" was read above; its tail "中国社区" is not another organizer.
        // "由星河社区主办": the 由 is not part of the name.
        const name = m[1].replace(/^由/u, '');
        const k = normalizeName(name);
        if (main.organizers.some((o) => normalizeName(o).endsWith(k))) continue;
        add(name, l.start + (m.index ?? 0) + m[1].length - name.length);
      }
    }
  },
};
