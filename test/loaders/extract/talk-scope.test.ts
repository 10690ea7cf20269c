import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { NameMatcher } from '../../../loaders/extract/matcher';
import type { Extraction, Span } from '../../../loaders/extract/types';
import { makeDoc, testCatalog } from './helpers';

// A talk is about what its title and abstract name, not what its speaker's bio,
// a row's affiliation cell or another talk's title names.

const catalog = {
  ...testCatalog,
  technologies: [
    ...testCatalog.technologies,
    { name: 'TiDB', aliases: [], category: 'database', broader: [] },
    { name: 'Kafka', aliases: ['Apache Kafka'], category: 'infrastructure', broader: [] },
    { name: 'Ray', aliases: [], category: 'framework', broader: [] },
    { name: 'JPEG', aliases: ['jpeg', 'jpg'], category: 'standard', broader: [] },
    { name: 'Bash', aliases: ['bash'], category: 'language', broader: [] },
  ],
};

const inside = (m: { span: Span }, bodies: Span[]) =>
  bodies.some((b) => m.span.start >= b.start && m.span.end <= b.end);
const about = (x: Extraction, title: string) => {
  const t = x.talks.find((t) => t.title === title);
  assert.ok(t, `no talk ${title}: ${x.talks.map((t) => t.title).join(' | ')}`);
  return [...new Set(x.technologies.filter((m) => inside(m, t.bodies)).map((m) => m.name))].sort();
};

describe('talkScopeRule', () => {
  it("leaves a row's affiliation cell out of the talk, and keeps its title cell", () => {
    const text = [
      '# 星河开源日 2031',
      '',
      '| 时间 | 议题 | 讲师 | 介绍 |',
      '| --- | --- | --- | --- |',
      '| 09:00 | Kubernetes 上的 Raft 实践 | 罗青山 | Apache Kafka PMC、星河科技 CTO |',
      '| 10:00 | 从零写一个 etcd | 韩木子 | 远山网络 TiDB 资深工程师 |',
    ].join('\n');
    const x = extract(makeDoc(text), catalog);
    assert.deepEqual(about(x, 'Kubernetes 上的 Raft 实践'), ['Kubernetes', 'Raft']);
    assert.deepEqual(about(x, '从零写一个 etcd'), ['etcd']);
    // the mentions themselves stay: the document still names Kafka and TiDB
    assert.ok(x.technologies.some((m) => m.name === 'Kafka'));
    assert.ok(x.technologies.some((m) => m.name === 'TiDB'));
  });

  it('leaves a labeled bio and a role-led bio line out, keeps the abstract', () => {
    const text = [
      '# 星河技术沙龙第 9 期',
      '',
      '## 议题一：用 Rust 重写存储引擎',
      '',
      '讲师：罗青山',
      '',
      '讲师介绍：星河科技 TiDB 团队负责人，Kafka 贡献者。',
      '',
      '内容简介：介绍用 Rust 重写存储引擎的经验，以及 Raft 日志复制的优化。',
      '',
      '## 议题二：服务网格的落地',
      '',
      '讲师：韩木子',
      '',
      '韩木子，远山网络 Docker 平台架构师，开源爱好者。',
      '',
      '本次分享 Service Mesh 在远山网络的落地。',
    ].join('\n');
    const x = extract(makeDoc(text), catalog);
    assert.deepEqual(about(x, '用 Rust 重写存储引擎'), ['Raft', 'Rust']);
    assert.deepEqual(about(x, '服务网格的落地'), ['Service Mesh']);
  });

  it('keeps a recap sentence that names the speaker and what they told', () => {
    const text = [
      '# Quokka Meetup 12',
      '',
      '### Topic 1: Streaming at Scale',
      '',
      'Speaker: Lena Marsh',
      '',
      'Lena Marsh (Kafka Committer) started with Kafka internals and then showed how Kubernetes runs it.',
    ].join('\n');
    const x = extract(makeDoc(text), catalog);
    assert.deepEqual(about(x, 'Streaming at Scale'), ['Kafka', 'Kubernetes']);
  });
});

describe('technology mentions in addresses, files and code', () => {
  it('takes no technology from a link target, a file extension or a code block', () => {
    const text = [
      '# 星河技术沙龙第 10 期',
      '',
      '## 议题：Docker 镜像瘦身',
      '',
      '讲师：罗青山',
      '',
      '![罗青山](media/photo-1.jpeg)',
      '',
      '```',
      'bash build.sh',
      '```',
      '',
      '内容简介：镜像的分层与 Kubernetes 的拉取策略，示例见 slides.jpg。',
    ].join('\n');
    const x = extract(makeDoc(text), catalog);
    const names = [...new Set(x.technologies.map((m) => m.name))].sort();
    assert.deepEqual(names, ['Docker', 'Kubernetes']);
  });
});

describe('NameMatcher inside a word', () => {
  it('starts a name at an inner capital only right after another name', () => {
    const m = new NameMatcher<string>();
    for (const n of ['Ray', 'Raft', 'Flask', 'Bottle']) m.add(n, n);
    const found = (s: string) => m.scan(s).map((h) => h.value);
    assert.deepEqual(found('ShiningRay 和 OpenRaft'), []);
    assert.deepEqual(found('BottleFlask 与 Ray'), ['Bottle', 'Flask', 'Ray']);
  });
});

describe('NameMatcher and traditional characters', () => {
  it('finds a name written in traditional characters, and gives the span and spelling as written', () => {
    const m = new NameMatcher<string>();
    for (const n of ['开源', '微服务', '云原生']) m.add(n, n);
    const text = '從工作中找到自己的開源題目：雲原生與微服務';
    const hits = m.scan(text);
    assert.deepEqual(
      hits.map((h) => [h.value, h.written]),
      [
        ['开源', '開源'],
        ['云原生', '雲原生'],
        ['微服务', '微服務'],
      ],
    );
    assert.equal(text.slice(hits[0].start, hits[0].end), '開源');
  });
});
