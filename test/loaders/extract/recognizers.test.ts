import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { specifiedRecognizers } from '../../../loaders/extract/recognize';
import { recognize } from './frame-harness';

// Each recognizer has a corpus of examples (text → what it must find) and
// negatives (text where it must find nothing), kept as data beside it, like
// Duckling's Corpus.hs. This walks every corpus file.

const corpusDir = join(__dirname, '..', '..', '..', '..', 'loaders', 'extract', 'recognize', 'corpus');

interface Corpus {
  examples: { text: string; spans: string[] }[];
  negatives: string[];
}

describe('recognizer corpora', () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.json'));
  it('every corpus file names a recognizer', () => {
    const names = new Set(specifiedRecognizers.map((r) => r.name));
    for (const f of files) assert.ok(names.has(f.replace(/\.json$/, '')), `${f} has no recognizer`);
    assert.ok(files.length >= 4);
  });
  for (const f of files) {
    const recognizer = specifiedRecognizers.find((r) => `${r.name}.json` === f);
    if (!recognizer) continue;
    const corpus: Corpus = JSON.parse(readFileSync(join(corpusDir, f), 'utf8'));
    describe(recognizer.name, () => {
      for (const ex of corpus.examples)
        it(`finds ${ex.spans.join(', ')} in “${ex.text}”`, () => {
          const found = recognize(recognizer, ex.text);
          for (const s of ex.spans) assert.ok(found.includes(s), `expected ${s}, found ${JSON.stringify(found)}`);
        });
      for (const text of corpus.negatives)
        it(`finds nothing in “${text}”`, () => {
          assert.deepEqual(recognize(recognizer, text), []);
        });
    });
  }
});

describe('label lexicon', () => {
  it('gives every label word one key, in every language', () => {
    const seen = new Map<string, string>();
    for (const lang of ['zh', 'en']) {
      const file = join(corpusDir, '..', '..', '..', 'lexicon', lang, 'labels.json');
      const table: Record<string, unknown> = JSON.parse(readFileSync(file, 'utf8'));
      for (const [key, words] of Object.entries(table)) {
        if (key.startsWith('_') || !Array.isArray(words)) continue;
        for (const w of words as string[]) {
          const k = w.toLowerCase();
          assert.ok(!seen.has(k) || seen.get(k) === key, `${lang}: “${w}” is both ${seen.get(k)} and ${key}`);
          seen.set(k, key);
        }
      }
    }
  });
});
