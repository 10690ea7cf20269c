import assert from 'node:assert/strict';
import type { CatalogView, Extraction, ParsedDocument } from '../../../loaders/extract';

// Documents and a small catalog for rule tests: genre text we write, made-up people.

export function makeDoc(text: string, meta: Partial<ParsedDocument['meta']> = {}): ParsedDocument {
  return {
    path: '/tmp/fixture.md',
    documentId: 'doc:fixture',
    contentHash: 'x',
    format: 'markdown',
    text,
    bodyStart: 0,
    frontMatter: null,
    meta: { title: null, date: null, sourceUrl: null, author: null, tags: [], categories: [], ...meta },
    diagnostics: [],
  };
}

export const testCatalog: CatalogView & {
  technologies: { name: string; aliases: string[]; category: string; broader: string[] }[];
} = {
  technologies: [
    { name: 'Docker', aliases: [], category: 'infrastructure', broader: ['容器'] },
    { name: '容器', aliases: ['container'], category: 'concept', broader: [] },
    { name: 'Kubernetes', aliases: ['K8s'], category: 'infrastructure', broader: ['容器'] },
    { name: 'Raft', aliases: ['raft 协议'], category: 'algorithm', broader: [] },
    { name: 'etcd', aliases: [], category: 'infrastructure', broader: [] },
    { name: 'Go', aliases: ['Golang'], category: 'language', broader: [] },
    { name: 'Rust', aliases: [], category: 'language', broader: [] },
    { name: 'Service Mesh', aliases: ['服务网格'], category: 'concept', broader: [] },
    { name: 'Kong', aliases: ['Kong 网关'], category: 'infrastructure', broader: [] },
    { name: 'co', aliases: [], category: 'tool', broader: [] },
    { name: '宏', aliases: ['Macro'], category: 'concept', broader: [] },
  ],
  organizations: [
    { name: '七牛云', aliases: ['七牛', 'Qiniu'], type: 'company' },
    { name: '蚂蚁集团', aliases: ['蚂蚁金服', '蚂蚁'], type: 'company' },
    { name: 'InfoQ', aliases: [], type: 'media' },
    { name: 'Google', aliases: ['谷歌'], type: 'company' },
    { name: '豆瓣', aliases: ['豆瓣网', 'Douban'], type: 'company' },
  ],
};

/** The technologies named inside a talk's own sections (its title and abstract). */
export function technologiesOfTalk(x: Extraction, title: string): string[] {
  const t = x.talks.find((k) => k.title === title);
  assert.ok(t, `talk ${title}; found ${x.talks.map((k) => k.title).join(' | ')}`);
  return [
    ...new Set(
      x.technologies
        .filter((m) => t.bodies.some((b) => m.span.start >= b.start && m.span.end <= b.end))
        .map((m) => m.name),
    ),
  ].sort();
}
