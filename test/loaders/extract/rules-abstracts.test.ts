import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// talkAbstractRule: a talk's abstract written away from its programme entry.

const about = (x: ReturnType<typeof extract>, title: string) => {
  const t = x.talks.find((k) => k.title === title);
  assert.ok(t, `talk ${title}`);
  return [
    ...new Set(
      x.technologies
        .filter((m) => t.bodies.some((b) => m.span.start >= b.start && m.span.end <= b.end))
        .map((m) => m.name),
    ),
  ].sort();
};

describe('talkAbstractRule', () => {
  const text = [
    '云原生技术沙龙 · 杭州站',
    '',
    '时间：2021 年 5 月 8 日',
    '',
    '## 议程',
    '',
    '14:00 - 14:40 | 服务治理实践 | 柯远山（七牛云）',
    '14:40 - 15:20 | 存储引擎漫谈 | 宁小溪（豆瓣）',
    '',
    '## 嘉宾与议题介绍',
    '',
    '柯远山，七牛云 基础架构 工程师。',
    '议题介绍：注册中心使用 etcd，网格层基于 Kubernetes 上的 Service Mesh。',
    '',
    '**宁小溪**',
    '',
    '豆瓣 存储工程师，用 Rust 重写了一个 Raft 实现。',
    '',
    '关于主办方：我们长期关注 Go 和 Docker。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('attaches a speaker-led paragraph of a guests section to that speaker’s talk', () => {
    assert.deepEqual(about(x, '服务治理实践'), ['Kubernetes', 'Service Mesh', 'etcd']);
  });

  it('goes on below a lone bold name, and stops at the paragraph’s end', () => {
    assert.deepEqual(about(x, '存储引擎漫谈'), ['Raft', 'Rust']);
  });
});
