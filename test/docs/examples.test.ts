import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Kind, parse } from 'graphql';
import { queryJson, ROOT, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// The queries users copy (schema/examples.graphql and README.md's graphql
// blocks) run against the demo corpus through the CLI: no errors, and every
// root field answers with something.

const examples = readFileSync(join(ROOT, 'schema', 'examples.graphql'), 'utf8');
const readmeBlocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (m) => m[1],
);

function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(nonEmpty);
  return value !== null && value !== undefined && value !== 0 && value !== false;
}

describe('examples users copy', () => {
  const data = tempDir();
  before(() => {
    const r = talkgraph(['ingest', '--data-dir', data, join(ROOT, 'demo', 'corpus')]);
    assert.equal(r.status, 0, r.stderr);
  });

  const operations = parse(examples).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
  );
  for (const name of operations)
    it(`schema/examples.graphql: ${name}`, () => {
      const source = parse(examples).definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
      )!;
      const text = examples.slice(source.loc!.start, source.loc!.end);
      const r = queryJson(data, text);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      for (const [field, value] of Object.entries(r.data)) assert.ok(nonEmpty(value), `${name}: ${field} is empty`);
    });

  for (const [i, block] of readmeBlocks.entries())
    it(`README.md graphql block ${i + 1}`, () => {
      const r = queryJson(data, block);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      for (const [field, value] of Object.entries(r.data))
        assert.ok(nonEmpty(value), `block ${i + 1}: ${field} is empty`);
    });

  it('the README has queries to copy', () => assert.ok(readmeBlocks.length > 0));
});
