import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchNames } from '../../src/analysis/search';
import { nameRow } from './fixture';

const ROWS = [
  nameRow('person:王小明', 'Person', '王小明', ['@xiaoming']),
  nameRow('person:alicechen', 'Person', 'Alice Chen'),
  nameRow('person:kraftbai', 'Person', 'Kraft Bai'),
  nameRow('org:示例科技', 'Organization', '示例科技', ['Example Tech']),
  nameRow('tech:docker', 'Technology', 'Docker'),
  nameRow('tech:kubernetes', 'Technology', 'Kubernetes', ['k8s']),
  nameRow('tech:servicemesh', 'Technology', 'Service Mesh', ['ServiceMesh', '服务网格']),
  nameRow('event:容器技术沙龙2015', 'Event', '容器技术沙龙 2015'),
  nameRow('talk:s/docker在生产环境的实践', 'Talk', 'Docker 在生产环境的实践'),
  nameRow('talk:a/用raft构建分布式存储', 'Talk', '用 Raft 构建分布式存储'),
  nameRow('talk:a/kubernetes调度初探', 'Talk', 'Kubernetes 调度初探'),
];

const ids = (text: string, first = 10) => searchNames(ROWS, text, first).map((h) => h.id);

describe('search', () => {
  it('puts the entity named exactly first, then titles that contain the word', () => {
    const hits = searchNames(ROWS, 'docker', 10);
    assert.deepEqual(
      hits.map((h) => h.id),
      ['tech:docker', 'talk:s/docker在生产环境的实践'],
    );
    assert.equal(hits[0].score, 1);
    assert.equal(hits[1].score, 0.842857, "a prefix covering 6 of the title key's 14 characters");
  });

  it('finds Chinese names, aliases and parts of titles', () => {
    assert.deepEqual(ids('王小明'), ['person:王小明']);
    const mesh = searchNames(ROWS, '服务网格', 10);
    assert.equal(mesh[0].id, 'tech:servicemesh');
    assert.equal(mesh[0].matched, '服务网格');
    assert.deepEqual(ids('分布式存储'), ['talk:a/用raft构建分布式存储']);
    assert.deepEqual(ids('沙龙'), ['event:容器技术沙龙2015']);
    assert.deepEqual(ids('example tech'), ['org:示例科技']);
  });

  it('tolerates typos in Latin text, scoring them below exact matches', () => {
    assert.deepEqual(ids('kubernets').slice(0, 2), ['tech:kubernetes', 'talk:a/kubernetes调度初探']);
    assert.deepEqual(ids('alise chen'), ['person:alicechen']);
    assert.deepEqual(
      searchNames(ROWS, 'kubernets', 2).map((h) => h.score),
      [0.6, 0.45], // the whole name one typo away; a word of a title one typo away
    );
    assert.deepEqual(ids('raft 存储'), ['talk:a/用raft构建分布式存储']);
    assert.deepEqual(ids('raft'), ['talk:a/用raft构建分布式存储', 'person:kraftbai'], 'a word beats part of a word');
    assert.deepEqual(ids('dokcer xyz'), []);
    assert.deepEqual(ids('k9s'), [], 'three letters: no typo allowed');
  });

  it('caps and orders deterministically, and refuses empty text', () => {
    assert.deepEqual(ids('kubernetes', 1), ['tech:kubernetes']);
    assert.deepEqual(searchNames([...ROWS].reverse(), 'e', 100), searchNames(ROWS, 'e', 100));
    assert.throws(() => searchNames(ROWS, ' - ', 5), /search text is empty/);
    assert.throws(() => searchNames(ROWS, 'docker '.repeat(40), 5), /at most 200 are served/);
  });
});
