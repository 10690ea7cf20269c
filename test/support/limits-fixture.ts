import type { DocSpec } from './facts';

// A small made-up corpus for the limit and fuzz tests: two meetups, a handful
// of talks and people, every relationship list short (at most 10 items, the
// cost estimate's assumed fan-out), so the estimate must bound the real work.

export const meetupSpring: DocSpec = {
  documentId: 'doc-limits-spring',
  title: 'Harbor Cloud Meetup, spring',
  event: { name: 'Harbor Cloud Meetup 2019', startDate: '2019-04-13', city: '杭州', organizers: ['Harbor Lab'] },
  year: 2019,
  people: [
    { name: 'Ada Qiu', affiliations: [{ org: 'Harbor Lab', role: 'engineer' }] },
    { name: 'Bo Lantern', affiliations: [{ org: 'Lantern Data', role: 'CTO' }] },
    { name: '陈小舟', affiliations: [{ org: 'Harbor Lab' }] },
  ],
  technologies: [
    { name: 'Kubernetes', category: 'orchestration', broader: ['容器'] },
    { name: '容器', category: 'platform' },
    { name: 'Raft', category: 'consensus' },
  ],
  talks: [
    { title: 'Scheduling batch jobs on Kubernetes', speakers: ['Ada Qiu'], technologies: ['Kubernetes'] },
    { title: 'Raft in a weekend', speakers: ['Bo Lantern', '陈小舟'], technologies: ['Raft'] },
    { title: '容器网络的十个坑', speakers: ['陈小舟'], technologies: ['容器', 'Kubernetes'] },
  ],
};

export const meetupAutumn: DocSpec = {
  documentId: 'doc-limits-autumn',
  title: 'Harbor Cloud Meetup, autumn',
  event: { name: 'Harbor Cloud Meetup 2021', startDate: '2021-10-09', city: '上海', organizers: ['Harbor Lab'] },
  year: 2021,
  people: [
    { name: 'Ada Qiu', affiliations: [{ org: 'Harbor Lab', role: 'staff engineer' }] },
    { name: 'Dora Wen', affiliations: [{ org: 'Wen Systems' }] },
  ],
  technologies: [
    { name: 'Kubernetes', category: 'orchestration', broader: ['容器'] },
    { name: 'etcd', category: 'database' },
    { name: 'Raft', category: 'consensus' },
  ],
  talks: [
    { title: 'etcd under load', speakers: ['Dora Wen'], technologies: ['etcd', 'Raft'] },
    { title: 'Kubernetes operators in practice', speakers: ['Ada Qiu', 'Dora Wen'], technologies: ['Kubernetes'] },
  ],
};

export const LIMITS_CORPUS = [meetupSpring, meetupAutumn];

/** K fragments, each spreading the next twice (the 1.4 KB request that froze `serve`). */
export function fragmentFan(k: number): string {
  let q = '{ talks(first: 1) { nodes { ...F0 } } }\n';
  for (let i = 0; i < k; i++) q += `fragment F${i} on Talk { title speakers { name } ...F${i + 1} ...F${i + 1} }\n`;
  return `${q}fragment F${k} on Talk { title }\n`;
}

/** `n` aliased copies of one field. */
export function aliased(n: number, field: string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}
