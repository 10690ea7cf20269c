import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clampHops, connect, shortestPath } from '../../src/analysis/path';
import { PATH_REL_TYPES } from '../../src/analysis/walk';
import { REL_TYPES } from '../../src/model/graph';
import { expandOver, MEETUP, rel, SALON, SUMMIT } from './fixture';

const RELS = [
  rel('GAVE', 'person:王小明', 'talk:s/docker'),
  rel('GAVE', 'person:李雷', 'talk:s/k8s'),
  rel('GAVE', 'person:李雷', 'talk:a/go'),
  rel('GAVE', 'person:韩梅梅', 'talk:a/raft'),
  rel('AT', 'talk:s/docker', SALON),
  rel('AT', 'talk:s/k8s', SALON),
  rel('AT', 'talk:a/go', SUMMIT),
  rel('AT', 'talk:a/raft', SUMMIT),
  rel('ABOUT', 'talk:s/docker', 'tech:docker'),
  rel('ABOUT', 'talk:a/raft', 'tech:raft'),
  rel('ORGANIZED_BY', SALON, 'org:示例社区'),
  rel('ORGANIZED_BY', SUMMIT, 'org:示例社区'),
  rel('AFFILIATED_WITH', 'person:王小明', 'org:示例科技', 'CTO'),
  rel('MENTIONS', 'doc:recap', 'person:王小明'),
  rel('MENTIONS', 'doc:recap', 'person:韩梅梅'),
  rel('MENTIONS', 'doc:recap', 'org:无关公司'),
];

describe('path', () => {
  it('connects two speakers of one event through their talks and the event', async () => {
    const p = await connect('person:王小明', 'person:李雷', expandOver(RELS), 4);
    assert.deepEqual(p!.nodeIds, ['person:王小明', 'talk:s/docker', SALON, 'talk:s/k8s', 'person:李雷']);
    assert.deepEqual(
      p!.rels.map((r) => r.type),
      ['GAVE', 'AT', 'AT', 'GAVE'],
    );
  });

  it('prefers real relationships, and uses a shared document only when nothing else fits', async () => {
    const semantic = await connect('person:王小明', 'person:韩梅梅', expandOver(RELS), 6);
    assert.equal(semantic!.rels.length, 6); // talk, salon, 示例社区, summit, talk
    assert.ok(!semantic!.rels.some((r) => r.type === 'MENTIONS'));
    const viaDoc = await connect('person:王小明', 'person:韩梅梅', expandOver(RELS), 4);
    assert.deepEqual(viaDoc!.nodeIds, ['person:王小明', 'doc:recap', 'person:韩梅梅']);
  });

  it('gives the same path whatever order the store lists relationships in', async () => {
    const a = await connect('tech:docker', 'tech:raft', expandOver(RELS), 6);
    const b = await connect('tech:docker', 'tech:raft', expandOver(RELS, 'reversed'), 6);
    assert.deepEqual(a, b);
    assert.equal(a!.nodeIds.length, 7);
    // two equally short ways round a diamond: the lower ids win, in either order
    const diamond = [
      rel('AT', 'n:a', 'n:b2'),
      rel('AT', 'n:b2', 'n:c'),
      rel('AT', 'n:a', 'n:b1'),
      rel('AT', 'n:b1', 'n:c'),
    ];
    for (const order of ['as-given', 'reversed'] as const) {
      const p = await connect('n:a', 'n:c', expandOver(diamond, order), 4);
      assert.deepEqual(p!.nodeIds, ['n:a', 'n:b1', 'n:c']);
      const back = await connect('n:c', 'n:a', expandOver(diamond, order), 4);
      assert.deepEqual(back!.nodeIds, ['n:c', 'n:b1', 'n:a']);
    }
  });

  it('reads the store once per hop and says null beyond maxHops or without a connection', async () => {
    const expand = expandOver(RELS);
    await shortestPath('person:王小明', 'person:李雷', expand, 4, PATH_REL_TYPES);
    assert.ok(expand.calls <= 4);
    assert.equal(await shortestPath('person:王小明', 'person:李雷', expandOver(RELS), 3, PATH_REL_TYPES), null);
    assert.equal(await connect('person:王小明', 'event:nowhere', expandOver(RELS), 6), null);
    assert.deepEqual(await connect(MEETUP, MEETUP, expandOver(RELS), 4), { nodeIds: [MEETUP], rels: [] });
  });

  it('defaults maxHops to 4, caps it at 6 and rejects nonsense', () => {
    assert.equal(clampHops(undefined), 4);
    assert.equal(clampHops(99), 6);
    assert.throws(() => clampHops(0), /maxHops must be at least 1/);
  });

  it('finds paths exactly as long as a plain breadth-first search would', async () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }));
    await fc.assert(
      fc.asyncProperty(fc.array(edge, { maxLength: 24 }), async (pairs) => {
        const rels = pairs.filter(([a, b]) => a !== b).map(([a, b]) => rel('AT', `n:${a}`, `n:${b}`));
        const dist = new Map<string, number>([['n:0', 0]]);
        const queue = ['n:0'];
        while (queue.length > 0) {
          const id = queue.shift()!;
          for (const r of rels)
            for (const [x, y] of [
              [r.from, r.to],
              [r.to, r.from],
            ])
              if (x === id && !dist.has(y)) {
                dist.set(y, dist.get(id)! + 1);
                queue.push(y);
              }
        }
        const found = await shortestPath('n:0', 'n:11', expandOver(rels), 6, REL_TYPES);
        const expected = dist.get('n:11');
        if (expected === undefined || expected > 6) assert.equal(found, null);
        else {
          assert.equal(found!.rels.length, expected);
          for (let i = 0; i < found!.rels.length; i++) {
            const r = found!.rels[i];
            const [a, b] = [found!.nodeIds[i], found!.nodeIds[i + 1]];
            assert.ok((r.from === a && r.to === b) || (r.from === b && r.to === a), 'each edge joins its neighbours');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
