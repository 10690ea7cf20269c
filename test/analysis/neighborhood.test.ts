import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampNeighborhood, neighborhood } from '../../src/analysis/neighborhood';
import { expandOver, rel, SALON } from './fixture';

const RELS = [
  rel('AT', 'talk:s/docker', SALON),
  rel('AT', 'talk:s/k8s', SALON),
  rel('AT', 'talk:s/calico', SALON),
  rel('ORGANIZED_BY', SALON, 'org:示例社区'),
  rel('GAVE', 'person:王小明', 'talk:s/docker'),
  rel('GAVE', 'person:李雷', 'talk:s/k8s'),
  rel('ABOUT', 'talk:s/docker', 'tech:docker'),
  rel('MENTIONS', 'doc:agenda', SALON),
];

describe('neighborhood', () => {
  it('shows an event with its talks, organizer and the documents that mention it', async () => {
    const g = await neighborhood(SALON, expandOver(RELS), 1, 50);
    assert.deepEqual(g.nodeIds, [SALON, 'talk:s/calico', 'talk:s/docker', 'talk:s/k8s', 'org:示例社区', 'doc:agenda']);
    assert.equal(g.rels.length, 5);
    assert.equal(g.truncated, false);
  });

  it('reaches speakers and topics two rings out, with every relationship between included nodes', async () => {
    const g = await neighborhood(SALON, expandOver(RELS), 2, 50);
    for (const id of ['person:王小明', 'person:李雷', 'tech:docker']) assert.ok(g.nodeIds.includes(id), id);
    assert.equal(g.rels.length, RELS.length);
    for (const r of g.rels) assert.ok(g.nodeIds.includes(r.from) && g.nodeIds.includes(r.to));
  });

  it('stops at `first` nodes and says so', async () => {
    const g = await neighborhood(SALON, expandOver(RELS), 2, 3);
    assert.equal(g.nodeIds.length, 3);
    assert.equal(g.truncated, true);
    for (const r of g.rels) assert.ok(g.nodeIds.includes(r.from) && g.nodeIds.includes(r.to));
    assert.deepEqual(g, await neighborhood(SALON, expandOver(RELS, 'reversed'), 2, 3));
  });

  it('defaults depth 1 and 50 nodes, caps at 3 and 500', () => {
    assert.deepEqual(clampNeighborhood(), { depth: 1, first: 50 });
    assert.deepEqual(clampNeighborhood(9, 9999), { depth: 3, first: 500 });
    assert.throws(() => clampNeighborhood(0), /depth must be at least 1/);
  });
});
