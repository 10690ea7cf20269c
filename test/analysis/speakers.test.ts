import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankSpeakers, rankTopicSpeakers, rowsNamesCanReorder } from '../../src/analysis/speakers';
import { resolveTopic } from '../../src/analysis/topic';
import { nameOf, TALKS, TECHNOLOGIES, talkCounts } from './fixture';

describe('rankSpeakers', () => {
  const rank = (topic: string) => rankSpeakers(TALKS, resolveTopic(topic, TECHNOLOGIES).ids, talkCounts(TALKS), nameOf);

  it('finds everyone who spoke on containers, narrower technologies included, specialists first', () => {
    const ranked = rank('containers');
    assert.deepEqual(
      ranked.map((r) => [r.personId, r.topicTalks, r.totalTalks, r.score]),
      [
        ['person:王小明', 2, 2, 1], // two Docker talks, nothing else
        ['person:赵敏', 1, 1, 1],
        ['person:张伟', 1, 2, 0.5], // Service Mesh on Kubernetes, plus a talk on 微服务
        ['person:李雷', 1, 2, 0.5], // same share and count: name order (UTF-16) decides
      ],
    );
    assert.deepEqual(ranked[0].talkIds, ['talk:s/docker在生产环境的实践', 'talk:-/docker镜像瘦身']);
  });

  it('answers a narrow topic with just its speakers', () => {
    assert.deepEqual(
      rank('raft').map((r) => r.personId),
      ['person:韩梅梅'],
    );
    assert.deepEqual(rank('Raft')[0].talkIds, ['talk:a/用raft构建分布式存储', 'talk:m/etcd运维']);
  });

  it('counts a talk listed twice once, and nobody for an unknown topic', () => {
    const ranked = rankSpeakers([...TALKS, TALKS[0]], ['tech:docker'], talkCounts(TALKS));
    assert.equal(ranked[0].topicTalks, 2);
    assert.deepEqual(rank('区块链'), []);
  });
});

describe('rowsNamesCanReorder', () => {
  // made-up speakers: counts decide most places, names only break ties
  const speakers = [
    { personId: 'p:d', talks: [{ talkId: 't1', year: 2030 }], totalTalks: 1 },
    { personId: 'p:a', talks: [{ talkId: 't2', year: 2030 }], totalTalks: 2 },
    { personId: 'p:c', talks: [{ talkId: 't3', year: 2030 }], totalTalks: 2 },
    { personId: 'p:b', talks: [{ talkId: 't4', year: 2030 }], totalTalks: 2 },
    { personId: 'p:e', talks: [{ talkId: 't5', year: 2030 }], totalTalks: 4 },
  ];
  const names: Record<string, string> = { 'p:a': 'Zoe', 'p:b': 'Ann', 'p:c': 'Max', 'p:d': 'Lee', 'p:e': 'Bob' };
  const byName = (id: string) => names[id] ?? id;

  it('keeps the whole tie group at the cut, so the named ranking of that prefix gives the same first places', () => {
    const byCounts = rankTopicSpeakers(speakers, (id) => id, 'SHARE');
    const prefix = rowsNamesCanReorder(byCounts, 2, 'SHARE');
    // p:d (share 1) then three at 0.5 tied: all three are needed to pick the second place by name
    assert.deepEqual(prefix.map((r) => r.personId).sort(), ['p:a', 'p:b', 'p:c', 'p:d']);
    const full = rankTopicSpeakers(speakers, byName, 'SHARE').slice(0, 2);
    const fromPrefix = rankTopicSpeakers(
      speakers.filter((s) => prefix.some((r) => r.personId === s.personId)),
      byName,
      'SHARE',
    ).slice(0, 2);
    assert.deepEqual(fromPrefix, full);
    assert.deepEqual(
      full.map((r) => names[r.personId]),
      ['Lee', 'Ann'],
    );
  });

  it('under TALKS every speaker here ties, so all are needed; a cut past the end or at zero is plain', () => {
    const byCounts = rankTopicSpeakers(speakers, (id) => id, 'TALKS');
    assert.equal(rowsNamesCanReorder(byCounts, 1, 'TALKS').length, 5);
    assert.equal(rowsNamesCanReorder(byCounts, 9, 'SHARE').length, 5);
    assert.deepEqual(rowsNamesCanReorder(byCounts, 0, 'SHARE'), []);
  });
});
