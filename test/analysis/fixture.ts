import type { Expand, Step } from '../../src/analysis/walk';
import type { GraphRel, NodeKind, RelType } from '../../src/model/graph';
import { relId } from '../../src/model/ids';
import type { NameRow, TalkRow, TechnologyRow } from '../../src/store/port';

// Hand-built rows in the genre of the seed documents (a container salon, an
// architecture conference, a later meetup), with made-up people. Real
// technology names, catalog-like broader links.

export const tech = (id: string, name: string, aliases: string[] = [], broaderIds: string[] = []): TechnologyRow => ({
  id,
  name,
  aliases,
  category: null,
  broaderIds,
});

export const TECHNOLOGIES: TechnologyRow[] = [
  tech('tech:容器', '容器', ['container', '容器技术']),
  tech('tech:容器编排', '容器编排', ['container orchestration'], ['tech:容器']),
  tech('tech:docker', 'Docker', [], ['tech:容器']),
  tech('tech:kubernetes', 'Kubernetes', ['k8s'], ['tech:容器编排']),
  tech('tech:一致性算法', '一致性算法', ['consensus algorithm']),
  tech('tech:raft', 'Raft', [], ['tech:一致性算法']),
  tech('tech:etcd', 'etcd'),
  tech('tech:servicemesh', 'Service Mesh', ['ServiceMesh', '服务网格']),
  tech('tech:微服务', '微服务', ['微服务架构', 'Microservices']),
  tech('tech:go', 'Go', ['golang']),
];

const talk = (
  talkId: string,
  year: number | null,
  eventId: string | null,
  speakerIds: string[],
  technologyIds: string[],
): TalkRow => ({ talkId, year, eventId, speakerIds, technologyIds, documentIds: ['doc:a'] });

export const SALON = 'event:容器技术沙龙2015';
export const SUMMIT = 'event:架构师大会2016';
export const MEETUP = 'event:云原生meetup2018';

export const TALKS: TalkRow[] = [
  talk('talk:s/docker在生产环境的实践', 2015, SALON, ['person:王小明'], ['tech:docker']),
  talk('talk:s/kubernetes调度初探', 2015, SALON, ['person:李雷'], ['tech:kubernetes', 'tech:go']),
  talk('talk:a/用raft构建分布式存储', 2016, SUMMIT, ['person:韩梅梅'], ['tech:raft', 'tech:etcd', 'tech:go']),
  talk('talk:a/servicemesh落地', 2016, SUMMIT, ['person:张伟'], ['tech:servicemesh', 'tech:微服务', 'tech:kubernetes']),
  talk('talk:a/微服务拆分', 2016, SUMMIT, ['person:张伟'], ['tech:微服务']),
  talk('talk:a/go语言并发', 2016, SUMMIT, ['person:李雷'], ['tech:go']),
  talk('talk:m/etcd运维', 2018, MEETUP, ['person:韩梅梅'], ['tech:etcd', 'tech:raft']),
  talk('talk:m/容器安全', 2018, MEETUP, ['person:赵敏'], ['tech:容器']),
  // a recap with no date anywhere: counted for speakers, never in a year
  talk('talk:-/docker镜像瘦身', null, null, ['person:王小明'], ['tech:docker']),
];

/** How many talks each person gave, as the port's GAVE adjacency would say. */
export function talkCounts(rows: readonly TalkRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) for (const p of r.speakerIds) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

export const nameOf = (id: string): string => id.slice(id.indexOf(':') + 1);

export const rel = (type: RelType, from: string, to: string, role: string | null = null): GraphRel => ({
  id: relId(type, from, to),
  type,
  from,
  to,
  props: { role },
  sources: ['doc:a'],
  evidence: [],
});

/** An Expand over a list of relationships, like the GraphQL layer builds from the port (optionally shuffled). */
export function expandOver(
  rels: readonly GraphRel[],
  order: 'as-given' | 'reversed' = 'as-given',
): Expand & { calls: number } {
  const list = order === 'reversed' ? [...rels].reverse() : [...rels];
  const fn = async (ids: readonly string[], types: readonly RelType[]): Promise<Step[][]> => {
    fn.calls++;
    return ids.map((id) => {
      const steps: Step[] = [];
      for (const r of list) {
        if (!types.includes(r.type)) continue;
        if (r.from === id) steps.push({ rel: r, otherId: r.to });
        if (r.to === id) steps.push({ rel: r, otherId: r.from });
      }
      return steps;
    });
  };
  fn.calls = 0;
  return fn;
}

export const nameRow = (id: string, kind: NodeKind, name: string, aliases: string[] = []): NameRow => ({
  id,
  kind,
  name,
  aliases,
});
