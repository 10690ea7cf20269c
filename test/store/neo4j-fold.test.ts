import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { NodeFact, RelFact } from '../../src/model/graph';
import { mergeNode, mergeRel } from '../../src/store/merge';
import { nodeProperties, relProperties, storedFold } from '../../src/store/neo4j/codec';
import { foldNode, foldRel, type NodeState, nodeOf, type RelState, relOf } from '../../src/store/neo4j/fold';

// The Neo4j store folds each document's claim into a small state instead of
// keeping every claim (src/store/neo4j/fold.ts). Whatever order the documents
// arrive in, the state must show what merge.ts shows for all the claims.

const nodeClaim = (documentId: string) =>
  fc
    .record({
      name: fc.constantFrom('Go', 'golang', 'Go语言', 'A'),
      aliases: fc.subarray(['x', 'y', 'Go', 'A', 'Z']),
      category: fc.constantFrom(undefined, null, '', 'language', 'tool'),
      implied: fc.constantFrom(undefined, null, true, false),
      city: fc.constantFrom(undefined, '杭州', '北京'),
      year: fc.constantFrom(undefined, null, 0, 2016, 2019),
      evidence: fc.array(fc.nat(30), { maxLength: 8 }),
      // evidence quoting another document's text (the merge dedups across documents by offset)
      borrowed: fc.boolean(),
    })
    .map(
      (r): NodeFact => ({
        id: 'tech:go',
        kind: 'Technology',
        props: {
          name: r.name,
          aliases: r.aliases,
          category: r.category,
          implied: r.implied,
          city: r.city,
          year: r.year,
        },
        evidence: r.evidence.map((start) => ({
          documentId: r.borrowed ? 'doc:shared' : documentId,
          start,
          end: start + 1,
          snippet: `s${start}`,
        })),
      }),
    );

const relClaim = (documentId: string) =>
  fc
    .record({
      role: fc.constantFrom(null, undefined, '', 'CTO', '架构师'),
      evidence: fc.array(fc.nat(20), { maxLength: 6 }),
    })
    .map(
      (r): RelFact => ({
        type: 'AFFILIATED_WITH',
        from: 'person:a',
        to: 'org:b',
        props: { role: r.role },
        evidence: r.evidence.map((start) => ({ documentId, start, end: start + 2, snippet: 'r' })),
      }),
    );

/** Distinct document ids in arrival order (not id order), each with its claim. */
const claims = <T>(claim: (d: string) => fc.Arbitrary<T>) =>
  fc
    .uniqueArray(
      fc.constantFrom('doc:01', 'doc:02', 'doc:10', 'doc:1', 'doc:2', 'doc:9', 'doc:a', 'doc:B', 'doc:é', 'doc:中'),
      {
        minLength: 1,
        maxLength: 10,
      },
    )
    .chain((ids) => fc.tuple(...ids.map((d) => claim(d).map((c) => [d, c] as [string, T]))));

describe('neo4j store: folded claims', () => {
  it('a node folded claim by claim, in any order, is mergeNode of all the claims', () => {
    fc.assert(
      fc.property(claims(nodeClaim), (arrived) => {
        let state: NodeState | null = null;
        for (const [i, [d, fact]] of arrived.entries()) {
          state = foldNode(state, d, fact);
          // after every claim: what a read shows in between must be right too
          assert.deepEqual(nodeOf(state), mergeNode(Object.fromEntries(arrived.slice(0, i + 1))));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a relationship folded claim by claim, in any order, is mergeRel of all the claims', () => {
    fc.assert(
      fc.property(claims(relClaim), (arrived) => {
        let state: RelState | null = null;
        for (const [i, [d, fact]] of arrived.entries()) {
          state = foldRel(state, d, fact);
          assert.deepEqual(relOf(state), mergeRel(Object.fromEntries(arrived.slice(0, i + 1))));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('folds on from what a node and a relationship store of it (foldJson beside evidenceJson and sources)', () => {
    fc.assert(
      fc.property(claims(nodeClaim), claims(relClaim), (nodeClaims, relClaims) => {
        let node: NodeState | null = null;
        for (const [i, [d, fact]] of nodeClaims.entries()) {
          const folded = foldNode(node, d, fact);
          const stored = nodeProperties(nodeOf(folded), folded);
          node = storedFold<NodeState>(
            stored.foldJson as string,
            { id: stored.id as string, kind: fact.kind },
            stored.sources as string[],
            stored.evidenceJson as string,
          );
          assert.deepEqual(node, folded);
          assert.deepEqual(nodeOf(node), mergeNode(Object.fromEntries(nodeClaims.slice(0, i + 1))));
        }
        let rel: RelState | null = null;
        for (const [i, [d, fact]] of relClaims.entries()) {
          const folded = foldRel(rel, d, fact);
          const stored = relProperties(relOf(folded), folded);
          rel = storedFold<RelState>(
            stored.foldJson as string,
            { type: fact.type, from: fact.from, to: fact.to },
            stored.sources as string[],
            stored.evidenceJson as string,
          );
          assert.deepEqual(rel, folded);
          assert.deepEqual(relOf(rel), mergeRel(Object.fromEntries(relClaims.slice(0, i + 1))));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives the JSON round trip the database gives it', () => {
    let state: NodeState | null = null;
    state = foldNode(state, 'doc:2', {
      id: 'tech:go',
      kind: 'Technology',
      props: { name: 'Go', year: 2016 },
      evidence: [],
    });
    const stored = JSON.parse(JSON.stringify(state)) as NodeState;
    const next = foldNode(stored, 'doc:1', {
      id: 'tech:go',
      kind: 'Technology',
      props: { name: 'golang' },
      evidence: [],
    });
    assert.deepEqual(nodeOf(next), {
      id: 'tech:go',
      kind: 'Technology',
      name: 'golang',
      aliases: ['Go'],
      props: { name: 'golang', year: 2016, aliases: ['Go'] },
      sources: ['doc:1', 'doc:2'],
      evidence: [],
    });
  });

  it('refuses a second claim from the same document (that is a withdrawal first)', () => {
    const fact: NodeFact = { id: 'tech:go', kind: 'Technology', props: { name: 'Go' }, evidence: [] };
    assert.throws(() => foldNode(foldNode(null, 'doc:1', fact), 'doc:1', fact), /doc:1 already claims/);
  });
});
