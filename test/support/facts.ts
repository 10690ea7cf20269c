import type { DocumentFacts, Evidence, NodeFact, NodeKind, NodeProps, RelFact, RelType } from '../../src/model/graph';
import { nodeId, relId, talkId } from '../../src/model/ids';

// Builds DocumentFacts the way the loader would, from a short description of
// what a document says. The store contract tests use it with facts taken from
// the seed documents (an ECUG Con agenda, a Techparty recap), so the stores are
// exercised on the graph's real shape without depending on extraction.

export interface TalkSpec {
  title: string;
  speakers: string[];
  technologies: string[];
}

export interface DocSpec {
  documentId: string;
  title: string;
  hash?: string;
  event?: { name: string; startDate?: string; city?: string; venue?: string; organizers?: string[] };
  year?: number;
  talks?: TalkSpec[];
  people?: { name: string; aliases?: string[]; affiliations?: { org: string; role?: string }[] }[];
  technologies?: { name: string; category?: string; aliases?: string[]; broader?: string[] }[];
}

export function buildFacts(spec: DocSpec): DocumentFacts {
  const doc = spec.documentId;
  const ev = (snippet: string): Evidence[] => [{ documentId: doc, start: 0, end: snippet.length, snippet }];
  const nodes: NodeFact[] = [];
  const rels: RelFact[] = [];
  const node = (kind: NodeKind, props: NodeProps, id = nodeId(kind, props.name)): string => {
    nodes.push({ id, kind, props, evidence: ev(props.name) });
    return id;
  };
  const rel = (type: RelType, from: string, to: string, role: string | null = null) => {
    rels.push({ type, from, to, props: { role }, evidence: ev(`${from} ${type} ${to}`) });
  };
  node(
    'Document',
    { name: spec.title, path: `/corpus/${doc}.md`, contentHash: spec.hash ?? `hash-${doc}`, format: 'markdown' },
    doc,
  );
  const year = spec.year ?? (spec.event?.startDate ? Number(spec.event.startDate.slice(0, 4)) : null);
  let eventId: string | null = null;
  if (spec.event) {
    const { name, startDate = null, city = null, venue = null } = spec.event;
    eventId = node('Event', { name, aliases: [], startDate, endDate: startDate, city, venue });
    rel('MENTIONS', doc, eventId);
    for (const org of spec.event.organizers ?? []) rel('ORGANIZED_BY', eventId, node('Organization', { name: org }));
  }
  const named = new Set([
    ...(spec.technologies ?? []).map((t) => t.name),
    ...(spec.talks ?? []).flatMap((t) => t.technologies),
  ]);
  for (const t of spec.technologies ?? []) {
    const id = node('Technology', { name: t.name, aliases: t.aliases ?? [], category: t.category ?? 'concept' });
    for (const b of t.broader ?? [])
      rel('BROADER_THAN', node('Technology', { name: b, category: 'concept', implied: !named.has(b) }), id);
  }
  for (const p of spec.people ?? []) {
    const id = node('Person', { name: p.name, aliases: p.aliases ?? [] });
    rel('MENTIONS', doc, id);
    for (const a of p.affiliations ?? [])
      rel('AFFILIATED_WITH', id, node('Organization', { name: a.org }), a.role ?? null);
  }
  for (const t of spec.talks ?? []) {
    const id = node('Talk', { name: t.title, year }, talkId(t.title, eventId));
    if (eventId) rel('AT', id, eventId);
    for (const s of t.speakers) rel('GAVE', node('Person', { name: s }), id);
    for (const tech of t.technologies) rel('ABOUT', id, nodeId('Technology', tech));
    rel('MENTIONS', doc, id);
  }
  const seen = new Set<string>();
  const unique = rels.filter((r) => {
    const k = relId(r.type, r.from, r.to);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { documentId: doc, nodes, rels: unique };
}

/** What the ECUG Con 2015 agenda says (a part of seed document 000). */
export const ecugAgenda: DocSpec = {
  documentId: 'doc:ecug2015',
  title: 'ECUGCon邀您共议服务端开发最深度实践',
  event: { name: 'ECUG Con 2015', startDate: '2016-01-22', city: '北京', venue: '新疆大厦', organizers: ['ECUG'] },
  technologies: [
    { name: 'Raft', category: 'algorithm', broader: ['一致性算法'] },
    { name: 'Paxos', category: 'algorithm', broader: ['一致性算法'] },
    { name: 'etcd', category: 'infrastructure', aliases: ['ETCD'] },
    { name: 'Docker', category: 'infrastructure', broader: ['容器'] },
    { name: 'Go', category: 'language', aliases: ['golang'] },
  ],
  people: [
    { name: '许式伟', aliases: ['@许式伟'], affiliations: [{ org: '七牛云', role: 'CEO' }] },
    { name: '刘奇', aliases: ['@goroutine'], affiliations: [{ org: 'PingCAP', role: 'CEO' }] },
    { name: '李响' },
    { name: '洪强宁', aliases: ['@hongqn'], affiliations: [{ org: '宜信大数据创新中心', role: '首席架构师' }] },
  ],
  talks: [
    { title: '一周一语言', speakers: ['许式伟'], technologies: [] },
    { title: '深入解析 raft 协议和工程实现', speakers: ['刘奇'], technologies: ['Raft', 'etcd'] },
    {
      title: 'Paxos is easy, but building a replicated state machine is not',
      speakers: ['李响'],
      technologies: ['Paxos'],
    },
    { title: '宜信的 PaaS 实践：网络管理', speakers: ['洪强宁'], technologies: ['Docker'] },
  ],
};

/** What the Techparty Docker salon recap says (seed document 003). */
export const techpartyRecap: DocSpec = {
  documentId: 'doc:techparty2015',
  title: 'Techparty-深圳 10 月 18 日 Docker 专场沙龙活动总结',
  event: {
    name: 'Techparty 深圳 Docker 专场沙龙',
    startDate: '2015-10-18',
    city: '深圳',
    venue: '深圳科兴科学园',
    organizers: ['珠三角技术沙龙'],
  },
  technologies: [
    { name: 'Docker', category: 'infrastructure', broader: ['容器'] },
    { name: '微服务', category: 'concept' },
  ],
  people: [{ name: '刘永峰' }, { name: '徐立', affiliations: [{ org: '七牛' }] }, { name: '吴柯' }],
  talks: [
    { title: '打造Docker航运的基础设施', speakers: ['刘永峰'], technologies: ['Docker'] },
    { title: '基于Docker面向数据处理的微服务架构', speakers: ['徐立'], technologies: ['Docker', '微服务'] },
    { title: '容器技术在Coding的实践及探索方向', speakers: ['吴柯'], technologies: ['容器', 'Docker'] },
  ],
};

/** A second document about 洪强宁 (as the ArchSummit magazine speaks of him). */
export const archSummitNote: DocSpec = {
  documentId: 'doc:archsummit2018',
  title: '架构师特刊',
  event: { name: 'ArchSummit 深圳 2018', startDate: '2018-07-06', city: '深圳' },
  technologies: [{ name: 'Kubernetes', category: 'platform', aliases: ['k8s'], broader: ['容器'] }],
  people: [{ name: '洪强宁', aliases: ['Hong Qiangning'], affiliations: [{ org: '爱因互动', role: 'CTO' }] }],
  talks: [{ title: '从 Docker 到 Kubernetes 的演进', speakers: ['洪强宁'], technologies: ['Kubernetes'] }],
};
