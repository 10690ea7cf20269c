import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../../loaders/parse';
import { decodeBytes } from '../../loaders/read';
import type { DecodedText, ParsedDocument } from '../../loaders/types';

// Shared by the read and parse tests: the bad-input fixtures under
// test/fixtures/documents (each beside its `.expected.json`), and the real seed
// corpus at ../shared/corpus.

export const projectRoot = resolve(__dirname, '..', '..', '..');
export const fixtureDir = join(projectRoot, 'test', 'fixtures', 'documents');
export const seedCorpusDir = resolve(projectRoot, '..', 'shared', 'corpus');

// Absent in a fresh clone: the seed-corpus suites are then not registered (the
// demo-corpus and fixture suites cover each stage), never registered-and-skipped.
// CI must have it, so there a missing corpus fails instead of dropping cases.
export const seedCorpusMissing = existsSync(seedCorpusDir)
  ? false
  : `the real seed corpus is absent (${seedCorpusDir})`;
if (process.env.CI && seedCorpusMissing) throw new Error(`CI runs the seed-corpus tests too, but ${seedCorpusMissing}`);

export interface Fixture {
  name: string;
  /** the path given to the stages, relative to the project root so messages are stable */
  path: string;
  bytes: Buffer;
  expectedFile: string;
}

export function fixtures(): Fixture[] {
  return readdirSync(fixtureDir)
    .filter((n) => !n.endsWith('.expected.json') && n !== 'README.md')
    .sort()
    .map((name) => ({
      name,
      path: `test/fixtures/documents/${name}`,
      bytes: readFileSync(join(fixtureDir, name)),
      expectedFile: join(fixtureDir, `${name}.expected.json`),
    }));
}

/** Run both stages the way the pipeline does. */
export function load(path: string, bytes: Buffer): { decoded: DecodedText; parsed: ParsedDocument } {
  const decoded = decodeBytes(bytes, path);
  const parsed = parseDocument({ path, documentId: `doc:${path}`, contentHash: 'test', decoded });
  return { decoded, parsed };
}

const codes = (ds: { severity: string; code: string }[], severity: string) =>
  [...new Set(ds.filter((d) => d.severity === severity).map((d) => d.code))].sort();

/** What a user checks about a document's outcome: rejected or not and why, and what was read. */
export function summarize(f: Fixture) {
  const { decoded, parsed } = load(f.path, f.bytes);
  const fatal = codes(parsed.diagnostics, 'fatal');
  return {
    read: {
      encoding: decoded.encoding,
      fatal: codes(decoded.diagnostics, 'fatal'),
      warnings: codes(decoded.diagnostics, 'warning'),
      startsWith: decoded.text.slice(0, 30),
    },
    parse: fatal.length
      ? { fatal }
      : {
          fatal,
          format: parsed.format,
          warnings: codes(parsed.diagnostics, 'warning'),
          frontMatterKeys: parsed.frontMatter ? Object.keys(parsed.frontMatter).sort() : null,
          meta: parsed.meta,
          bodyStartsWith: parsed.text.slice(parsed.bodyStart, parsed.bodyStart + 30).trim(),
        },
  };
}

export type Summary = ReturnType<typeof summarize>;

/** The expected summary; with UPDATE=1 the actual one is written first (review the diff before committing). */
export function expected(f: Fixture, actual: Summary): Summary {
  if (process.env.UPDATE === '1') writeFileSync(f.expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(f.expectedFile, 'utf8'));
}
