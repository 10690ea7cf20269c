import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DocumentFacts, NodeFact, RelFact } from '../../src/model/graph';
import { relId } from '../../src/model/ids';
import { MemoryGraph } from '../../src/store/embedded/memory-graph';
import { collapseFacts, mergeNode, mergeRel } from '../../src/store/merge';

// The embedded store merges claims one at a time (claims.ts); merge.ts merges
// them all at once and is what both stores must agree with. For any sequence
// of writes and removals, every node and relationship must come out the same.

const NODES = ['tech:go', 'tech:rust', 'person:a', 'person:b'];
const KIND = { tech: 'Technology', person: 'Person' } as const;

const fact = (docId: string) =>
  fc
    .record({
      id: fc.constantFrom(...NODES),
      name: fc.constantFrom('Go', 'golang', 'Rust', '甲', 'A'),
      aliases: fc.subarray(['x', 'y', 'Go', 'A']),
      category: fc.constantFrom(null, '', 'language', 'tool'),
      implied: fc.constantFrom(undefined, null, true, false),
      city: fc.constantFrom(undefined, '杭州', '北京'),
      evidence: fc.array(fc.nat(40), { maxLength: 10 }),
    })
    .map(
      (r): NodeFact => ({
        id: r.id,
        kind: KIND[r.id.split(':')[0] as keyof typeof KIND],
        props: { name: r.name, aliases: r.aliases, category: r.category, implied: r.implied, city: r.city },
        evidence: r.evidence.map((start) => ({ documentId: docId, start, end: start + 1, snippet: 's' })),
      }),
    );

const doc = (n: number) =>
  fc
    .record({
      nodes: fc.array(fact(`doc:${n}`), { maxLength: 6 }),
      rels: fc.array(
        fc.record({
          from: fc.constantFrom(...NODES),
          to: fc.constantFrom(...NODES),
          role: fc.constantFrom(null, '', 'CTO'),
        }),
        { maxLength: 4 },
      ),
    })
    .map(
      ({ nodes, rels }): DocumentFacts => ({
        documentId: `doc:${n}`,
        nodes,
        // a document's relationships join nodes it names itself, as the loaders' facts do
        rels: rels.flatMap((r): RelFact[] =>
          nodes.some((n) => n.id === r.from) && nodes.some((n) => n.id === r.to)
            ? [
                {
                  type: 'ABOUT',
                  from: r.from,
                  to: r.to,
                  props: { role: r.role },
                  evidence: [{ documentId: `doc:${n}`, start: 0, end: 1, snippet: 'r' }],
                },
              ]
            : [],
        ),
      }),
    );

const op = fc.oneof(
  fc.nat(14).chain((n) => doc(n).map((facts) => ({ write: facts }))),
  fc.nat(14).map((n) => ({ remove: `doc:${n}` })),
);
type Op = { write: DocumentFacts } | { remove: string };

/** The reference: every current claim, merged at once by merge.ts. */
function sameAsMergeTs(mg: MemoryGraph, current: Map<string, DocumentFacts>): void {
  const nodeClaims = new Map<string, Record<string, NodeFact>>();
  const relClaims = new Map<string, Record<string, RelFact>>();
  for (const [d, facts] of current) {
    const { nodes, rels } = collapseFacts(facts.nodes, facts.rels);
    for (const [id, f] of nodes) nodeClaims.set(id, { ...nodeClaims.get(id), [d]: f });
    for (const [id, f] of rels) relClaims.set(id, { ...relClaims.get(id), [d]: f });
  }
  for (const id of NODES) assert.deepEqual(mg.node(id), nodeClaims.has(id) ? mergeNode(nodeClaims.get(id)!) : null);
  for (const from of NODES)
    for (const to of NODES) {
      const key = relId('ABOUT', from, to);
      const rel = mg.relBetween('ABOUT', from, to);
      assert.equal(rel !== null, relClaims.has(key));
      if (relClaims.has(key)) assert.deepEqual(rel, mergeRel(relClaims.get(key)!));
    }
}

/** Applies the writes and removals to a fresh graph, calling `afterEach` after every step; returns both states. */
function replay(ops: Op[], afterEach?: (mg: MemoryGraph, current: Map<string, DocumentFacts>) => void) {
  const mg = new MemoryGraph();
  const current = new Map<string, DocumentFacts>();
  for (const o of ops) {
    if ('write' in o) {
      mg.write(o.write);
      current.set(o.write.documentId, o.write);
    } else {
      mg.remove(o.remove);
      current.delete(o.remove);
    }
    afterEach?.(mg, current);
  }
  return { mg, current };
}

describe('embedded store: incremental merge', () => {
  it('gives what merge.ts gives, after any writes and removals', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        // compared after every step: what was shown before a write must not linger after it
        replay(ops, sameAsMergeTs);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same when nothing is read until the end (documents out of order, held unsorted meanwhile)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { mg, current } = replay(ops);
        sameAsMergeTs(mg, current);
      }),
      { numRuns: 400 },
    );
  });
});
