import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, technologiesOfTalk, testCatalog } from './helpers';

// talkAbstractRule: a talk's abstract written away from its programme entry.

const about = technologiesOfTalk;

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

describe('speakerTopicRule', () => {
  const text = [
    '某某技术沙龙第 9 期',
    '',
    '【嘉宾介绍】',
    '',
    '祝青禾 | 七牛云 存储研发部 技术专家',
    '2015 年加入七牛云，负责对象存储。',
    '分享主题：《用 Rust 重写存储网关》',
    '主题介绍：从 Go 迁移到 Rust 的收益与代价。',
    '',
    '**闵南星**，豆瓣 架构师',
    '演讲主题：基于 Raft 的配置中心',
    '',
    '关于我们：长期关注 Docker。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('reads the speaker line above a 分享主题 label, and the block below as the abstract', () => {
    const t = x.talks.find((k) => k.title === '用 Rust 重写存储网关');
    assert.deepEqual(t?.speakers, ['祝青禾']);
    assert.deepEqual(about(x, '用 Rust 重写存储网关'), ['Go', 'Rust']);
    assert.ok(x.affiliations.some((a) => a.person === '祝青禾' && a.organization === '七牛云'));
  });

  it('takes a bold name with its comma-separated employer', () => {
    const t = x.talks.find((k) => k.title === '基于 Raft 的配置中心');
    assert.deepEqual(t?.speakers, ['闵南星']);
    assert.deepEqual(about(x, '基于 Raft 的配置中心'), ['Raft']);
  });
});

describe('speakerTopicRule on a speaker page', () => {
  const text = [
    '某某架构峰会 2020',
    '',
    '## 庞东篱',
    '',
    '七牛云 高级技术专家',
    '',
    '### 演讲：对象存储的十年演进',
    '',
    '#### 演讲简介：',
    '',
    '从 Go 单体到 Kubernetes 上的微服务。',
    '',
    '### 专题：存储',
    '',
    '出品人：某某，关注 Rust。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('gives the page person the ### 演讲 talk, its section as the abstract', () => {
    const t = x.talks.find((k) => k.title === '对象存储的十年演进');
    assert.deepEqual(t?.speakers, ['庞东篱']);
    assert.deepEqual(about(x, '对象存储的十年演进'), ['Go', 'Kubernetes']);
  });
});

describe('slotBlockRule', () => {
  const text = [
    'Some Conference 2022',
    '',
    '[10:30 - 11:15]',
    '云上的 Raft 实践',
    'Raft in the Cloud',
    '石清泉 Qingquan Shi — 七牛云 技术专家 / Expert, Qiniu',
    'How etcd runs on Kubernetes.',
    '',
    '[11:15 - 12:00]',
    'Rust 与存储',
    '温如玉 — 豆瓣 工程师',
    '',
    'About: Docker.',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('reads slot, title, translation, speaker line and abstract', () => {
    const t = x.talks.find((k) => k.title === '云上的 Raft 实践');
    assert.deepEqual(t?.speakers, ['石清泉']);
    assert.deepEqual(about(x, '云上的 Raft 实践'), ['Kubernetes', 'Raft', 'etcd']);
    assert.deepEqual(x.talks.find((k) => k.title === 'Rust 与存储')?.speakers, ['温如玉']);
  });
});

describe('talkAbstractRule: a details section that repeats the title', () => {
  const text = [
    '# 星河 Linux 用户组 月度分享会',
    '',
    '本月内容:',
    '',
    '1. 主题:**《分布式日志的取舍》** 演讲者:**罗青山**',
    '2. 主题:**《边缘节点的升级》** 演讲者:**韩木子**',
    '',
    '# 主题详细信息',
    '',
    '## 主题1',
    '《分布式日志的取舍》',
    '',
    '### 演讲者',
    '**罗青山** 星河科技 工程师。',
    '',
    '### 简介',
    '从 Raft 讲起，比较几种复制日志的实现。',
    '',
    '第二部分讲 etcd 的做法。',
    '',
    '### 预计时长',
    '30分钟',
    '',
    '#### 远山网络-韩木子-边缘节点的升级',
    '',
    '回顾：先讲 Kubernetes 的滚动升级。',
    '',
    '再讲 Docker 镜像的分发。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('attaches the labeled abstract below the repeated title, every paragraph to the next heading', () => {
    assert.deepEqual(about(x, '分布式日志的取舍'), ['Raft', 'etcd']);
  });

  it('attaches a recap section headed by the talk’s title', () => {
    assert.deepEqual(about(x, '边缘节点的升级'), ['Docker', 'Kubernetes']);
  });
});

describe('talkAbstractRule: a talk whose title is a heading', () => {
  const text = [
    '# 星河 Rust 大会',
    '',
    '### 用 Rust 重写存储引擎',
    '',
    '主讲：罗青山，星河科技工程师',
    '',
    '7.31 下午 16:00 线上会议室',
    '',
    '我们把基于 Raft 的存储层用 Rust 重写，并接入 etcd 的客户端。',
    '',
    '### 边缘集群的日常运维',
    '',
    '主讲：韩木子，远山网络工程师',
    '',
    '介绍 Kubernetes 在边缘节点上的部署。',
  ].join('\n');
  const x = extract(makeDoc(text), testCatalog);

  it('takes its section down to the next heading, past the session details, and no further', () => {
    assert.deepEqual(about(x, '用 Rust 重写存储引擎'), ['Raft', 'Rust', 'etcd']);
    assert.deepEqual(about(x, '边缘集群的日常运维'), ['Kubernetes']);
  });
});
