import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyOf } from '../../src/analysis/text';
import { narrowerClosure, resolveTopic, topicFromHits, topicKeySteps } from '../../src/analysis/topic';
import type { TechnologyKeyHit, TechnologyRow } from '../../src/store/port';
import { TECHNOLOGIES, tech } from './fixture';

describe('resolveTopic', () => {
  it('folds an English plural onto an alias and covers everything narrower', () => {
    const m = resolveTopic('containers', TECHNOLOGIES);
    assert.deepEqual(
      m.matched.map((r) => r.id),
      ['tech:容器'],
    );
    assert.equal(m.via, 'singular');
    assert.deepEqual(m.ids, ['tech:docker', 'tech:kubernetes', 'tech:容器', 'tech:容器编排']);
  });

  it('takes the Chinese name, any case of an English name, an alias and an id', () => {
    assert.deepEqual(resolveTopic('容器', TECHNOLOGIES).ids, resolveTopic('containers', TECHNOLOGIES).ids);
    assert.deepEqual(resolveTopic('DOCKER', TECHNOLOGIES).ids, ['tech:docker']);
    assert.deepEqual(resolveTopic('服务网格', TECHNOLOGIES).ids, ['tech:servicemesh']);
    assert.deepEqual(resolveTopic('service-mesh', TECHNOLOGIES).ids, ['tech:servicemesh']);
    assert.deepEqual(resolveTopic('K8S', TECHNOLOGIES).ids, ['tech:kubernetes']);
    assert.deepEqual(resolveTopic('tech:raft', TECHNOLOGIES).ids, ['tech:raft']);
    assert.deepEqual(resolveTopic('一致性算法', TECHNOLOGIES).ids, ['tech:raft', 'tech:一致性算法']);
  });

  it('falls back to the glossary when the catalog has no translation as alias', () => {
    const bare = [
      tech('tech:服务网格', '服务网格'),
      tech('tech:容器', '容器'),
      tech('tech:docker', 'Docker', [], ['tech:容器']),
    ];
    const mesh = resolveTopic('Service Mesh', bare);
    assert.equal(mesh.via, 'translated');
    assert.deepEqual(mesh.ids, ['tech:服务网格']);
    assert.deepEqual(resolveTopic('containers', bare).ids, ['tech:docker', 'tech:容器']);
  });

  it('forgives a small typo in Latin text but not in a short word', () => {
    const m = resolveTopic('kubernets', TECHNOLOGIES);
    assert.equal(m.via, 'fuzzy');
    assert.deepEqual(m.ids, ['tech:kubernetes']);
    assert.equal(resolveTopic('gi', TECHNOLOGIES).matched.length, 0);
    assert.equal(resolveTopic('区块链', TECHNOLOGIES).matched.length, 0);
    assert.equal(resolveTopic('  ', TECHNOLOGIES).matched.length, 0);
  });

  it('prefers a name match over an alias match', () => {
    const rows = [tech('tech:b', 'Beta', ['alpha']), tech('tech:a', 'Alpha')];
    assert.deepEqual(
      resolveTopic('alpha', rows).matched.map((r) => r.id),
      ['tech:a', 'tech:b'],
    );
  });
});

describe('narrowerClosure', () => {
  it('follows broader links at any depth and survives a cycle', () => {
    const rows = [
      tech('tech:a', 'A', [], ['tech:c']),
      tech('tech:b', 'B', [], ['tech:a']),
      tech('tech:c', 'C', [], ['tech:b']),
    ];
    assert.deepEqual(narrowerClosure(['tech:a'], rows), ['tech:a', 'tech:b', 'tech:c']);
    assert.deepEqual(narrowerClosure(['tech:kubernetes'], TECHNOLOGIES), ['tech:kubernetes']);
  });
});

/** What a store's technologiesByKey answers over these rows (id or name key: rank 0; alias key: 1). */
function hitsFor(rows: readonly TechnologyRow[], keys: readonly string[]): TechnologyKeyHit[] {
  const hits: TechnologyKeyHit[] = [];
  for (const key of new Set(keys))
    for (const row of rows) {
      const rank = row.id === key || keyOf(row.name) === key ? 0 : row.aliases.some((a) => keyOf(a) === key) ? 1 : null;
      if (rank !== null) hits.push({ key, rank, technology: row, closureIds: narrowerClosure([row.id], rows) });
    }
  return hits;
}

describe('topicFromHits', () => {
  it("gives resolveTopic's answer from a store's key lookups, or no match where only typos could match", () => {
    const topics = ['containers', '容器', 'DOCKER', '服务网格', 'service-mesh', 'K8S', 'tech:raft', '一致性算法'];
    for (const topic of topics) {
      const steps = topicKeySteps(topic);
      const found = topicFromHits(
        topic,
        steps,
        hitsFor(
          TECHNOLOGIES,
          steps.flatMap((s) => s.keys),
        ),
      );
      assert.ok(found.matched.length > 0, topic);
      assert.deepEqual(found, resolveTopic(topic, TECHNOLOGIES), topic);
    }
    for (const topic of ['kubernets', 'gi', '区块链', '  ']) {
      const steps = topicKeySteps(topic);
      const found = topicFromHits(
        topic,
        steps,
        hitsFor(
          TECHNOLOGIES,
          steps.flatMap((s) => s.keys),
        ),
      );
      assert.deepEqual(found.matched, [], topic);
      assert.ok([null, 'fuzzy'].includes(resolveTopic(topic, TECHNOLOGIES).via), topic);
    }
  });
});
