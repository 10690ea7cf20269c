import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, technologiesOfTalk, testCatalog } from './helpers';

// Issue 9: a technology belongs to the talk whose section names it (its title, or
// the abstract written under it), never to an earlier talk of the same recap.

const about = technologiesOfTalk;

describe('a recap that credits each talk right below its title', () => {
  const text = [
    'Title: 星河技术沙龙第 3 期回顾',
    '',
    '## 存储',
    '',
    '**用 Rust 重写存储引擎**',
    '',
    '演讲人：宁小溪',
    '',
    '团队把日志复制换成了 Raft，讲了踩过的坑。',
    '',
    '**容器平台的演进**',
    '',
    '演讲人：柯远山',
    '',
    '从 Docker 迁到 Kubernetes，注册中心使用 etcd。',
    '',
    '这一部分也提到了团队对 Rust 的尝试。',
    '',
    '**网关选型漫谈**',
    '',
    '演讲人：罗青山',
    '',
    '对比了 Kong 与自研网关。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('gives each talk the abstract below its credit line', () => {
    assert.deepEqual(about(x, '用 Rust 重写存储引擎'), ['Raft', 'Rust']);
    assert.deepEqual(about(x, '网关选型漫谈'), ['Kong']);
  });

  it('keeps a later talk’s technologies off the earlier talk, and counts a name again where another talk states it', () => {
    assert.deepEqual(about(x, '容器平台的演进'), ['Docker', 'Kubernetes', 'Rust', 'etcd', '容器']);
  });
});

describe('a programme that closes each talk with its credit line', () => {
  const text = [
    '**服务网格落地**',
    '',
    '介绍了 Service Mesh 在生产环境的灰度方案。',
    '',
    '演讲嘉宾：柯远山',
    '',
    '**调度器的故事**',
    '',
    '从 Kubernetes 的调度器讲起。',
    '',
    '演讲嘉宾：宁小溪',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('reads the abstract above the credit line, not the next talk’s', () => {
    assert.deepEqual(about(x, '服务网格落地'), ['Service Mesh']);
    assert.deepEqual(about(x, '调度器的故事'), ['Kubernetes']);
  });
});

describe('names inside words that name something else', () => {
  const text = [
    '**Rust 宏与代码生成**',
    '',
    '演讲人：宁小溪（Isobar Hong Kong）',
    '',
    '从宏观上看，过程宏让 co-speakers 都少写了样板代码；也介绍了 co 的用法。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('takes 宏 where it is the macro, not in 宏观; co where it is the library, not in co-speakers; no Kong in Hong Kong', () => {
    const named = x.technologies.map((m) => text.slice(m.span.start - 2, m.span.end + 2));
    assert.ok(!named.some((n) => n.includes('宏观')), named.join(' | '));
    assert.ok(!named.some((n) => n.includes('co-')), named.join(' | '));
    assert.ok(!x.technologies.some((m) => m.name === 'Kong'));
    assert.deepEqual(about(x, 'Rust 宏与代码生成'), ['Rust', 'co', '宏']);
  });
});

describe('a talk section whose first paragraph is the speaker’s bio', () => {
  const text = [
    '## 分会场：基础设施',
    '',
    '### 用 Rust 写调度器',
    '',
    '宁小溪博士毕业于星河大学，曾在 Docker 与 Kubernetes 相关团队工作多年，目前负责调度平台。',
    '',
    '本次分享介绍如何用 Rust 实现一个基于 Raft 的调度器。',
    '',
    '### 服务网格的灰度发布',
    '',
    '柯远山目前任职于某某科技，长期从事 Go 开发。',
    '',
    '介绍 Service Mesh 上的灰度发布方案。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('leaves what the bio names (where the speaker worked) off the talk', () => {
    assert.deepEqual(about(x, '用 Rust 写调度器'), ['Raft', 'Rust']);
    assert.deepEqual(about(x, '服务网格的灰度发布'), ['Service Mesh']);
  });
});

describe('unknown names read by the kind of software after them', () => {
  const text = [
    '**星河存储引擎设计**',
    '',
    '演讲人：尚青山，Nebulae Labs 数据库研发工程师',
    '',
    '介绍 Stardust 数据库的存储层，以及 Moonbeam Indexer 项目。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);
  const names = x.technologies.map((m) => m.name);

  it('takes a name written before its kind', () => {
    assert.ok(names.includes('Stardust'), names.join(' | '));
  });

  it('takes no last word of a longer name (an organization, a two-word project) for a name', () => {
    assert.ok(!names.includes('Labs'), names.join(' | '));
    assert.ok(!names.includes('Indexer'), names.join(' | '));
  });
});
