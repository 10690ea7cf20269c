import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankSpeakers } from '../../src/analysis/speakers';
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
