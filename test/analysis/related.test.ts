import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relatedTechnologies } from '../../src/analysis/related';
import { resolveTopic } from '../../src/analysis/topic';
import type { TalkRow } from '../../src/store/port';
import { nameOf, TALKS, TECHNOLOGIES } from './fixture';

const row = (talkId: string, technologyIds: string[]): TalkRow => ({
  talkId,
  year: 2016,
  eventId: null,
  speakerIds: [],
  technologyIds,
  documentIds: [],
});

describe('relatedTechnologies', () => {
  it('lists what shares talks with a topic, strongest association first, with the shared talks', () => {
    const related = relatedTechnologies(TALKS, ['tech:raft'], nameOf);
    assert.deepEqual(
      related.map((r) => [r.technologyId, r.sharedTalks]),
      [
        ['tech:etcd', 2], // together in both of Raft's talks
        ['tech:go', 1],
      ],
    );
    assert.deepEqual(related[0].talkIds, ['talk:a/用raft构建分布式存储', 'talk:m/etcd运维']);
    assert.ok(related[0].score > related[1].score);
  });

  it('does not favour a technology that is in every talk', () => {
    const rows = [
      row('t1', ['tech:raft', 'tech:etcd', 'tech:linux']),
      row('t2', ['tech:raft', 'tech:etcd', 'tech:linux']),
      row('t3', ['tech:docker', 'tech:linux']),
      row('t4', ['tech:go', 'tech:linux']),
      row('t5', ['tech:go', 'tech:linux']),
    ];
    const related = relatedTechnologies(rows, ['tech:raft']);
    assert.deepEqual(
      related.map((r) => r.technologyId),
      ['tech:etcd', 'tech:linux'],
    );
    assert.equal(related[1].sharedTalks, 2, 'linux shares as many talks as etcd');
    assert.equal(related[1].score, 0, 'but no more than chance would');
  });

  it('leaves out the topic and its narrower technologies', () => {
    const ids = resolveTopic('容器', TECHNOLOGIES).ids;
    const listed = relatedTechnologies(TALKS, ids).map((r) => r.technologyId);
    assert.deepEqual(listed.sort(), ['tech:go', 'tech:servicemesh', 'tech:微服务']);
  });

  it('asks for two shared talks once the topic has ten', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`t${i}`, ['tech:raft', ...(i < 2 ? ['tech:etcd'] : [])]));
    rows.push(row('t10', ['tech:raft', 'tech:go']), row('t11', ['tech:go']));
    assert.deepEqual(
      relatedTechnologies(rows, ['tech:raft']).map((r) => r.technologyId),
      ['tech:etcd'],
    );
  });
});
