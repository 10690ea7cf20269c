import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import type { Diagnostic, ParsedDocument } from '../../loaders/types';
import { load, projectRoot, seedCorpusDir, seedCorpusMissing } from './document-fixtures';

// Property-based: real documents (the seed corpus when present, and our demo
// corpus) mutated the ways real files get damaged must still come out of
// read + parse as a result with a status, never as an exception.

const demoDir = join(projectRoot, 'demo', 'corpus');
const originals: Array<{ name: string; bytes: Buffer }> = [
  ...readdirSync(demoDir).map((n) => ({ name: `demo/${n}`, bytes: readFileSync(join(demoDir, n)) })),
  ...(existsSync(seedCorpusDir)
    ? readdirSync(seedCorpusDir).map((n) => ({ name: `seed/${n}`, bytes: readFileSync(join(seedCorpusDir, n)) }))
    : []),
];
if (seedCorpusMissing) console.log(`note: ${seedCorpusMissing}; mutating the demo corpus only`);

type Mutation = (b: Buffer) => Buffer;
const at = (b: Buffer, f: number) => Math.floor(f * b.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // cut anywhere, often mid-character
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => (b: Buffer) => b.subarray(0, at(b, f))),
  // random bytes injected somewhere
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
    .map(
      ([f, junk]) =>
        (b: Buffer) =>
          Buffer.concat([b.subarray(0, at(b, f)), Buffer.from(junk), b.subarray(at(b, f))]),
    ),
  // junk before everything
  fc
    .uint8Array({ minLength: 1, maxLength: 8 })
    .map((junk) => (b: Buffer) => Buffer.concat([Buffer.from(junk), b])),
  // the front matter broken: closing fence gone, a stray colon, an unclosed quote or list
  fc.constantFrom<Mutation>(
    (b) => Buffer.from(b.toString('latin1').replace(/\n---\n/, '\n'), 'latin1'),
    (b) => Buffer.from(b.toString('latin1').replace(/\ntitle: /, '\ntitle: a: b: '), 'latin1'),
    (b) => Buffer.from(b.toString('latin1').replace(/"\n/, '\n'), 'latin1'),
    (b) => Buffer.from(b.toString('latin1').replace(/\ntags: /, '\ntags: [x, '), 'latin1'),
  ),
  // duplicated whole, or a slice doubled
  fc.constant<Mutation>((b) => Buffer.concat([b, b])),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([f, g]) => (b: Buffer) => {
      const [s, e] = [at(b, Math.min(f, g)), at(b, Math.max(f, g))];
      return Buffer.concat([b.subarray(0, e), b.subarray(s)]);
    }),
  // re-encoded as GBK (characters GBK lacks become "?"), wholly or from some point on; or with Windows line ends
  fc.constant<Mutation>((b) => iconv.encode(b.toString('utf8'), 'gbk')),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (b: Buffer) => {
    const t = b.toString('utf8');
    const i = Math.floor(f * t.length);
    return Buffer.concat([Buffer.from(t.slice(0, i)), iconv.encode(t.slice(i), 'gbk')]);
  }),
  fc.constant<Mutation>((b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1')),
  // a run of NULs or control bytes
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 31 }), fc.integer({ min: 1, max: 40 }))
    .map(
      ([f, byte, n]) =>
        (b: Buffer) =>
          Buffer.concat([b.subarray(0, at(b, f)), Buffer.alloc(n, byte), b.subarray(at(b, f))]),
    ),
);

function status(diagnostics: Diagnostic[]): 'stored' | 'stored-with-warnings' | 'rejected' {
  if (diagnostics.some((d) => d.severity === 'fatal')) return 'rejected';
  return diagnostics.length ? 'stored-with-warnings' : 'stored';
}

function assertWellFormed(p: ParsedDocument): void {
  assert.ok(Array.isArray(p.diagnostics));
  for (const d of p.diagnostics) {
    assert.ok(d.severity === 'warning' || d.severity === 'fatal');
    assert.ok(d.code && d.message.startsWith(p.path), `diagnostic does not name the document: ${d.message}`);
  }
  if (status(p.diagnostics) === 'rejected') return;
  assert.equal(typeof p.text, 'string');
  assert.ok(p.text.trim().length > 0, 'a stored document has text');
  assert.ok(p.bodyStart >= 0 && p.bodyStart <= p.text.length);
  assert.ok(!/[\r\ufffd]/.test(p.text) && !p.text.includes('\u0000'), 'no CR, U+FFFD or NUL left in the text');
  assert.ok(p.meta.date === null || /^\d{4}(-\d\d){0,2}$/.test(p.meta.date), `date ${p.meta.date}`);
  assert.ok(p.meta.sourceUrl === null || /^https?:\/\//.test(p.meta.sourceUrl));
  assert.ok(Array.isArray(p.meta.tags) && Array.isArray(p.meta.categories));
}

describe('read + parse never throw on damaged real documents', () => {
  it('any chain of mutations gives a result with a status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...originals),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (doc, mutations) => {
          const bytes = mutations.reduce((b, m) => m(b), doc.bytes);
          let parsed: ParsedDocument | undefined;
          assert.doesNotThrow(() => {
            parsed = load(doc.name, bytes).parsed;
          });
          assertWellFormed(parsed!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a document re-encoded as GB18030 reads back to the same text and meta', () => {
    fc.assert(
      fc.property(fc.constantFrom(...originals.filter((d) => !d.name.endsWith('.gbk.txt'))), (doc) => {
        const asUtf8 = load(doc.name, doc.bytes).parsed;
        const asGbk = load(doc.name, iconv.encode(new TextDecoder().decode(doc.bytes), 'gb18030')).parsed;
        assert.equal(asGbk.text, asUtf8.text);
        assert.deepEqual(asGbk.meta, asUtf8.meta);
      }),
      { numRuns: 30 },
    );
  });
});
