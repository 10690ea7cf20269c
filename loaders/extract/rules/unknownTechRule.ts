import { normalizeName } from '../../../src/model/ids';
import techKinds from '../../lexicon/tech-kinds.json';
import type { Rule, RuleContext } from '../harness';

// Technologies the catalog does not know, found by how they are written:
//   named by kind: "工具包gogreen", "RPC 服务框架DoubanService", "KataContainers 项目"
//   the camel-cased subject of a talk title: "KubeEdge 边缘计算实践"
//   listed among known ones: "如 OpenStack 、 Docker 、 CoreOS 、 Brimstone 等" (most items known)
// Only Latin names qualify (Chinese phrases are too ambiguous to take on structure alone).

const KIND = '(?:工具包|工具|框架|开源项目|项目|类库|组件|中间件|引擎|数据库|插件|模块)';
const NAME = '([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*)';
const BEFORE = new RegExp(`${KIND}\\s*${NAME}(?![A-Za-z0-9._-])`, 'gu');
const AFTER = new RegExp(`(?<![A-Za-z0-9._-])${NAME}\\s*${KIND}`, 'gu');
const KIND_WORDS = techKinds.kinds.map((k) => k.toLowerCase());
const NOT_NAMES = new Set(techKinds.notNames.map((k) => k.toLowerCase()));
/** a capitalized Latin word and a space right before: what follows continues that name */
const TAIL_OF_NAME = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]* $/u;
/** "Madsim：…模拟器", "Shoes: A Ruby Desktop Toolkit", "Blend - …": a lead name, a separator, a description. */
const LEAD_NAME = /^([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*)\s*(?:[:：]|\s[-—–]\s)\s*(\S.{3,})$/u;

/** The description names a kind of software (a whole word where it is Latin). */
function describesSoftware(description: string): boolean {
  const d = description.toLowerCase();
  return KIND_WORDS.some((k) => {
    if (!/^[a-z]/.test(k)) return d.includes(k);
    for (let at = d.indexOf(k); at >= 0; at = d.indexOf(k, at + 1))
      if (!/[a-z]/.test(d[at - 1] ?? '') && !/[a-rt-z]/.test(d[at + k.length] ?? '')) return true;
    return false;
  });
}

const COMMON = new Set(
  'the and for with from this that api sdk app web http https json xml sql ui ux id io it ok bug demo test mvp pr ci cd qa ai ml'.split(
    ' ',
  ),
);

export const unknownTechRule: Rule = {
  name: 'unknownTechRule',
  run(ctx) {
    const known = new Set(ctx.out.technologies.map((t) => normalizeName(t.written)));
    // "Node" beside Node.js, "Spring" beside Spring Boot: a short form of a technology already named.
    const knownNames = [
      ...new Set(ctx.out.technologies.flatMap((t) => [normalizeName(t.name), normalizeName(t.written)])),
    ];
    const add = (written: string, start: number) => {
      const k = normalizeName(written);
      if (written.length < 3 || COMMON.has(written.toLowerCase()) || known.has(k)) return;
      if (ctx.kn.techKeys.has(k) || ctx.kn.orgKeys.has(k) || ctx.findPerson(written)) return;
      if (knownNames.some((n) => n.length > k.length && n.startsWith(k))) return;
      // "PyCon大会…": the event's own brand.
      if (ctx.out.events.some((e) => [e.series, e.name].some((n) => n && normalizeName(n).includes(k)))) return;
      if (/^\d|^[A-Z]{1,3}$/.test(written)) return;
      known.add(k);
      ctx.tech({
        name: written,
        written,
        category: null,
        known: false,
        span: { start, end: start + written.length },
        rule: 'unknownTechRule',
      });
      // Later mentions of the same name are mentions too (for the talks that name it).
      for (
        let at = ctx.text.indexOf(written, start + written.length);
        at >= 0;
        at = ctx.text.indexOf(written, at + 1)
      ) {
        if (/[A-Za-z0-9]/.test(ctx.text[at - 1] ?? '') || /[A-Za-z0-9]/.test(ctx.text[at + written.length] ?? ''))
          continue;
        ctx.tech({
          name: written,
          written,
          category: null,
          known: false,
          span: { start: at, end: at + written.length },
          rule: 'unknownTechRule',
        });
      }
    };
    for (const re of [BEFORE, AFTER])
      for (const m of ctx.text.matchAll(re)) {
        const at = (m.index ?? 0) + m[0].indexOf(m[1]);
        // "Datafuse Labs 数据库研发工程师", "NEAR Indexer 项目": the last word of a longer name, not a name
        if (TAIL_OF_NAME.test(ctx.text.slice(Math.max(0, at - 40), at))) continue;
        add(m[1], at);
      }
    // Talk titles name their subject: an unknown camel-cased or dotted name there ("KubeEdge 边缘计算实践",
    // "Vue3 的响应式") is a technology.
    for (const t of ctx.out.talks) {
      for (const m of t.title.matchAll(
        /(?<![A-Za-z0-9.])([A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]+\.(?:js|io|rs|py)|[A-Z][a-z]+\d+)(?![A-Za-z0-9])/gu,
      )) {
        const at = ctx.text.indexOf(m[1], t.span.start);
        if (at >= 0) add(m[1], at);
      }
      // "minits: 以 LLVM 为后端的 TypeScript 静态编译器": the project a title leads with, described as software.
      const lead = t.title.match(LEAD_NAME);
      if (lead && !NOT_NAMES.has(lead[1].toLowerCase()) && describesSoftware(lead[2])) {
        const at = ctx.text.indexOf(lead[1], t.span.start);
        if (at >= 0 && at < t.span.end) add(lead[1], at);
      }
      // "Apache Teaclave 的实践": a project of the Apache foundation, named with it.
      for (const m of t.title.matchAll(/(?<![A-Za-z0-9.])Apache ([A-Z][A-Za-z0-9]+)(?![A-Za-z0-9])/gu)) {
        const at = ctx.text.indexOf(m[0], t.span.start);
        if (at >= 0) add(m[0], at);
      }
      // "Ruby 2.0 新特性", "迈向 Go 2": a known technology's version is what the talk is about.
      for (const m of t.title.matchAll(/(?<![A-Za-z0-9.])([A-Z][A-Za-z+#]*) (\d{1,4}(?:\.\d{1,2})?)(?![\d.%])/gu)) {
        if (!ctx.kn.techKeys.has(normalizeName(m[1])) || /^(?:19|20)\d\d$/.test(m[2])) continue;
        const at = ctx.text.indexOf(m[0], t.span.start);
        if (at >= 0) add(m[0], at);
      }
    }
    for (const list of enumerations(ctx)) {
      const items = list.items;
      const knownShare = items.filter((i) => ctx.kn.techKeys.has(normalizeName(i.text))).length / items.length;
      if (items.length >= 3 && knownShare >= 0.5)
        for (const i of items) if (/^[A-Za-z][A-Za-z0-9._+-]{2,30}$/.test(i.text)) add(i.text, i.start);
    }
  },
};

/** Runs of "A 、 B 、 C" / "A, B, C" items in one sentence. */
function enumerations(ctx: RuleContext): { items: { text: string; start: number }[] }[] {
  const out: { items: { text: string; start: number }[] }[] = [];
  for (const l of ctx.lines) {
    if (!/[、,，]/.test(l.text)) continue;
    for (const clause of l.text.matchAll(/[^。；;！？!?：:]+/gu)) {
      const pieces = clause[0].split(/\s*[、,，]\s*/u);
      if (pieces.length < 3) continue;
      let pos = l.start + (clause.index ?? 0);
      const items: { text: string; start: number }[] = [];
      for (const p of pieces) {
        const text = p
          .replace(/^(?:如|比如|例如|包括|像|有)\s*/u, '')
          .replace(/\s*(?:等|等等)(?:相关|技术|框架)?.*$/u, '')
          .trim();
        const at = ctx.text.indexOf(text, pos);
        if (text) items.push({ text, start: at >= 0 ? at : pos });
        pos += p.length + 1;
      }
      out.push({ items });
    }
  }
  return out;
}
