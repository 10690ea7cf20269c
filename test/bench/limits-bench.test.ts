import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorCodes, NORMAL_QUERIES, REFUSED_BY_DEFAULT, startTarget, type Target } from '../../bench/limits';
import { ingestCorpus } from '../../bench/neo4j/ingest';
import { EmbeddedStore } from '../../src/store/embedded';
import { tempDir } from '../support/tmp';

// The limits benchmark compares a server with the default limits against one
// with them off. That comparison means something only if "off" really is off:
// queries the defaults refuse (too deep, too many aliases, too costly, too many
// tokens) are answered there, and a normal query gets the same answer from both.

describe('bench/limits: the two servers it compares', () => {
  let on: Target;
  let off: Target;
  before(async () => {
    // the benchmark's own generated corpus, small
    const dir = tempDir('talkgraph-limits-bench-');
    const store = new EmbeddedStore(dir);
    await store.init();
    await ingestCorpus(store, 30);
    await store.close();
    [on, off] = await Promise.all([startTarget('on', dir), startTarget('off', dir)]);
  });
  after(async () => {
    await Promise.all([on?.stop(), off?.stop()]);
  });

  let deep = 'name';
  for (let i = 0; i < 6; i++) deep = `talks { speakers { ${deep} } }`;
  const refused: [string, string, string][] = [
    ['past the alias limit (the one the benchmark checks itself)', REFUSED_BY_DEFAULT, 'TOO_MANY_ALIASES'],
    ['nested 14 levels deep', `{ people(first: 1) { nodes { ${deep} } } }`, 'QUERY_TOO_DEEP'],
    [
      'costing past the budget',
      '{ talks(first: 1000) { nodes { speakers { talks { speakers { talks { title } } } } } } }',
      'QUERY_TOO_COMPLEX',
    ],
    ['of over 10,000 tokens', `{ ${'__typename '.repeat(10_001)}}`, 'QUERY_TOO_LARGE'],
  ];
  for (const [what, query, code] of refused)
    it(`a query ${what}: refused with the limits on (${code}), answered with them off`, async () => {
      assert.deepEqual(await errorCodes(on.url, query), [code]);
      assert.deepEqual(await errorCodes(off.url, query), []);
    });

  for (const q of NORMAL_QUERIES)
    it(`the normal query "${q.name}" gets the same answer, with data, from both`, async () => {
      const ask = async (url: string) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
        });
        return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
      };
      const a = await ask(on.url);
      assert.equal(a.errors, undefined);
      assert.ok(
        JSON.stringify(a.data).length > 40,
        `${q.name} answered with almost nothing: ${JSON.stringify(a.data)}`,
      );
      assert.deepEqual(await ask(off.url), a);
    });
});
