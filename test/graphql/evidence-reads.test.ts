import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import type { EmbeddedStore } from '../../src/store/embedded';
import type { GraphStore, ReadOptions } from '../../src/store/port';
import { storeWith } from '../support/api';
import { archSummitNote, ecugAgenda, techpartyRecap } from '../support/facts';

// A request that selects no `evidence` field asks the store for reads without
// evidence (the Neo4j store then leaves the JSON in the database); one that
// does, directly or in a fragment, reads everything. Same answers either way.

/** The real store, recording the read options of every read that takes them. */
function recording(store: GraphStore): { store: GraphStore; reads: (ReadOptions | undefined)[] } {
  const reads: (ReadOptions | undefined)[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (prop === 'nodesById' || prop === 'adjacent') reads.push(args[1] as ReadOptions | undefined);
        if (prop === 'listNodes') reads.push(args[2] as ReadOptions | undefined);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, reads };
}

const LIST = '{ talks(first: 5) { nodes { title speakers { name affiliations { role } } event { name } } } }';
const LIST_WITH_EVIDENCE =
  '{ talks(first: 5) { nodes { title speakers { name ...Why affiliations { role } } event { name } } } } ' +
  'fragment Why on Person { evidence { snippet } }';

describe('reads without evidence when the query shows none', () => {
  let embedded: EmbeddedStore;
  before(async () => {
    embedded = await storeWith([ecugAgenda, techpartyRecap, archSummitNote]);
  });
  after(() => embedded.close());

  it('a query without evidence, documents or totalCount reads with all three off at every level', async () => {
    const { store, reads } = recording(embedded);
    const result = await runOperation(createApollo(), store, { query: LIST });
    assert.equal(result.errors, undefined);
    assert.ok(reads.length >= 2, `${reads.length} reads`);
    // (a list read also says which relationships it follows: ReadOptions.follow)
    assert.deepEqual(
      reads.map((r) => r && { evidence: r.evidence, sources: r.sources, count: r.count }),
      reads.map(() => ({ evidence: false, sources: false, count: false })),
    );
  });

  it('a query naming documents reads source ids and lists the same documents as without the option', async () => {
    const query = '{ talks(first: 5) { nodes { title speakers { name documents { path } } } } }';
    const { store, reads } = recording(embedded);
    const result = (await runOperation(createApollo(), store, { query })) as {
      data: { talks: { nodes: { title: string; speakers: { name: string; documents: { path: string }[] }[] }[] } };
    };
    assert.equal((result as { errors?: unknown }).errors, undefined);
    assert.ok(
      reads.length >= 2 && reads.every((r) => r?.sources !== false && r?.evidence === false),
      JSON.stringify(reads),
    );
    const paths = result.data.talks.nodes.flatMap((t) => t.speakers.flatMap((s) => s.documents.map((d) => d.path)));
    assert.ok(paths.length > 0 && paths.every((p) => p.length > 0), JSON.stringify(paths));
  });

  it('a query naming evidence in a fragment reads everything and shows the snippets', async () => {
    const { store, reads } = recording(embedded);
    const result = (await runOperation(createApollo(), store, { query: LIST_WITH_EVIDENCE })) as {
      data: { talks: { nodes: { title: string; speakers: { name: string; evidence: { snippet: string }[] }[] }[] } };
    };
    assert.ok(reads.length >= 2);
    assert.ok(
      reads.every((r) => r?.evidence !== false),
      JSON.stringify(reads),
    );
    const snippets = result.data.talks.nodes.flatMap((t) => t.speakers.flatMap((s) => s.evidence));
    assert.ok(snippets.length > 0 && snippets.every((e) => e.snippet.length > 0));
    const plain = (await runOperation(createApollo(), store, { query: LIST })) as typeof result;
    assert.deepEqual(
      plain.data.talks.nodes.map((t) => [t.title, t.speakers.map((s) => s.name)]),
      result.data.talks.nodes.map((t) => [t.title, t.speakers.map((s) => s.name)]),
    );
  });
});
