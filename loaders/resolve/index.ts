import type { DocumentFacts, Evidence, NodeFact, RelFact, RelType } from '../../src/model/graph';
import { nodeId, normalizeName, relId, talkId } from '../../src/model/ids';
import { type CatalogView, type Extraction, NO_EVENT, type ParsedDocument, type Span } from '../extract/types';
import { canonicalOrg, canonicalTech, type TechInfo, techGraph } from './canonical';

// Extraction + catalogs -> the facts one document contributes: one node per
// entity (catalog names win, aliases kept), every relationship with the
// evidence that supports it, and the Document node that MENTIONS them all.

export function resolve(x: Extraction, doc: ParsedDocument, catalogs: CatalogView): DocumentFacts {
  const nodes = new Map<string, NodeFact>();
  const rels = new Map<string, RelFact>();
  const ev = (span: Span): Evidence => ({
    documentId: doc.documentId,
    start: span.start,
    end: span.end,
    snippet: doc.text.slice(span.start, Math.min(span.end, span.start + 200)),
  });
  const node = (n: NodeFact, span: Span): NodeFact => {
    const prev = nodes.get(n.id);
    if (prev) {
      for (const a of n.props.aliases ?? [])
        if (a !== prev.props.name && !prev.props.aliases?.includes(a))
          prev.props.aliases = [...(prev.props.aliases ?? []), a];
      prev.evidence.push(ev(span));
      return prev;
    }
    n.evidence = [ev(span)];
    nodes.set(n.id, n);
    return n;
  };
  const rel = (type: RelType, from: string, to: string, span: Span, role: string | null = null) => {
    if (from === to) return;
    const id = relId(type, from, to);
    const prev = rels.get(id);
    if (prev) {
      if (role && !prev.props.role) prev.props.role = role;
      prev.evidence.push(ev(span));
      return;
    }
    rels.set(id, { type, from, to, props: role !== null ? { role } : {}, evidence: [ev(span)] });
  };

  // Organizations.
  const orgIds = new Map<string, string>();
  const extractedOrgs = new Set(x.organizations.map((o) => normalizeName(o.name)));
  const orgNode = (written: string, span: Span, aliases: string[] = []): string => {
    // "ECUG 社区" / "SOFA 团队" / "Atlassian 公司" are the organization named without the generic word.
    const bare = written.replace(/\s*(社区|团队|组织|公司)$/u, '');
    const known = canonicalOrg(written, catalogs) ?? (bare !== written ? canonicalOrg(bare, catalogs) : null);
    const name =
      known?.name ?? (bare !== written && bare.length >= 2 && extractedOrgs.has(normalizeName(bare)) ? bare : written);
    const id = nodeId('Organization', name);
    const all = [...aliases, ...(written !== name ? [written] : [])];
    node({ id, kind: 'Organization', props: { name, aliases: all, orgType: known?.type ?? null }, evidence: [] }, span);
    if (!orgIds.has(normalizeName(written))) orgIds.set(normalizeName(written), id);
    return id;
  };
  // "Intel" and "Intel 中国研究院", "宜信" and "宜信大数据创新中心" in one document: the
  // institution is what the text means; the short form is its alias.
  const partOf = new Map<string, string>();
  const orgKeys = x.organizations.map((o) => normalizeName(o.name));
  const institutions = x.organizations
    .map((o, i) => ({ name: o.name, key: orgKeys[i] }))
    .filter((o) => /(研究院|研究所|实验室|中心|院)$/u.test(o.name));
  for (const nb of orgKeys)
    for (const a of institutions) if (a.key.length > nb.length + 1 && a.key.startsWith(nb)) partOf.set(nb, a.name);
  for (const o of x.organizations) {
    const whole = partOf.get(normalizeName(o.name));
    if (whole) orgIds.set(normalizeName(o.name), orgNode(whole, o.span, [o.name]));
    else orgNode(o.name, o.span, o.aliases);
  }

  // People (one node per person; a handle that equals another's name merges them).
  const personIds = new Map<string, string>();
  for (const p of x.people) {
    const id = nodeId('Person', p.name);
    node({ id, kind: 'Person', props: { name: p.name, aliases: [...p.aliases] }, evidence: [] }, p.span);
    personIds.set(normalizeName(p.name), id);
    for (const a of p.aliases) if (!personIds.has(normalizeName(a))) personIds.set(normalizeName(a), id);
  }
  const personId = (name: string) => personIds.get(normalizeName(name)) ?? null;

  for (const a of x.affiliations) {
    const pid = personId(a.person);
    if (!pid) continue;
    const oid = orgIds.get(normalizeName(a.organization)) ?? orgNode(a.organization, a.span);
    rel('AFFILIATED_WITH', pid, oid, a.span, a.role);
  }

  // Events.
  const eventIds = new Map<string, string>();
  const eventYears = new Map<string, number | null>();
  for (const e of x.events) {
    const id = nodeId('Event', e.name);
    node(
      {
        id,
        kind: 'Event',
        props: {
          name: e.name,
          aliases: e.aliases,
          series: e.series,
          startDate: e.startDate,
          endDate: e.endDate,
          city: e.city,
          venue: e.venue,
        },
        evidence: [],
      },
      e.span,
    );
    eventIds.set(e.key, id);
    const y = e.startDate ? +e.startDate.slice(0, 4) : (e.name.match(/(?:19|20)\d\d/)?.[0] ?? null);
    eventYears.set(id, y === null ? null : +y);
    for (const o of e.organizers) rel('ORGANIZED_BY', id, orgIds.get(normalizeName(o)) ?? orgNode(o, e.span), e.span);
  }
  const mainEventId = x.mainEvent ? (eventIds.get(x.mainEvent) ?? null) : null;

  // Technologies: every mention, canonical where the catalog knows it.
  const techIds = new Map<string, TechInfo>();
  // A long article names the same few hundred technologies thousands of times: look each up once.
  const techOf = new Map<string, { name: string; id: string; category: string | null }>();
  const techInfo = (t: Extraction['technologies'][number]) => {
    const key = `${t.known ? 1 : 0}\u0000${t.name}`;
    let hit = techOf.get(key);
    if (!hit) {
      const known = t.known ? canonicalTech(t.name, catalogs) : null;
      const name = known?.name ?? t.name;
      hit = { name, id: nodeId('Technology', name), category: known?.category ?? t.category };
      techOf.set(key, hit);
    }
    return hit;
  };
  for (const t of x.technologies) {
    const { name, id, category } = techInfo(t);
    const aliases = t.written !== name ? [t.written] : [];
    node({ id, kind: 'Technology', props: { name, aliases, category }, evidence: [] }, t.span);
    techIds.set(id, { id, name, start: t.span.start, end: t.span.end });
  }
  // Broader terms of what the document names (Docker → 容器): the broader points at the narrower.
  for (const [narrow, broad] of techGraph(
    [...techIds.values()].map((t) => t.name),
    catalogs,
  )) {
    const nid = nodeId('Technology', narrow);
    const bid = nodeId('Technology', broad.name);
    const at = techIds.get(nid);
    const span = at ? { start: at.start, end: at.end } : { start: doc.bodyStart, end: doc.bodyStart };
    if (!nodes.has(bid))
      node(
        {
          id: bid,
          kind: 'Technology',
          // named by no one here: it carries the hierarchy, not a mention
          props: { name: broad.name, aliases: [], category: broad.category, implied: true },
          evidence: [],
        },
        span,
      );
    rel('BROADER_THAN', bid, nid, span);
  }

  // Talks.
  const techNodeIds = x.technologies.map((tm) => techInfo(tm).id);
  const year = doc.meta.date ? +doc.meta.date.slice(0, 4) : null;
  for (const t of x.talks) {
    const eid = t.event === NO_EVENT ? null : t.event ? (eventIds.get(t.event) ?? mainEventId) : mainEventId;
    const id = talkId(t.title, eid);
    node(
      {
        id,
        kind: 'Talk',
        props: { name: t.title, aliases: t.aliases, year: (eid ? eventYears.get(eid) : null) ?? year },
        evidence: [],
      },
      t.span,
    );
    if (eid) rel('AT', id, eid, t.span);
    for (const s of t.speakers) {
      const pid = personId(s);
      if (pid) rel('GAVE', pid, id, t.span);
    }
    for (const [k, tm] of x.technologies.entries()) {
      if (!t.bodies.some((b) => tm.span.start >= b.start && tm.span.end <= b.end)) continue;
      rel('ABOUT', id, techNodeIds[k], tm.span);
    }
  }

  // The Document node, which mentions every entity found in it.
  const docNode: NodeFact = {
    id: doc.documentId,
    kind: 'Document',
    props: {
      name: doc.meta.title ?? doc.path,
      path: doc.path,
      sourceUrl: doc.meta.sourceUrl,
      publishedAt: doc.meta.date,
      contentHash: doc.contentHash,
      format: doc.format,
    },
    evidence: [{ documentId: doc.documentId, start: 0, end: 0, snippet: '' }],
  };
  for (const n of nodes.values()) rel('MENTIONS', doc.documentId, n.id, n.evidence[0]);
  return { documentId: doc.documentId, nodes: [docNode, ...nodes.values()], rels: [...rels.values()] };
}
