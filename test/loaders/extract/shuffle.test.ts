import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dateContext, RuleContext } from '../../../loaders/extract';
import { specifiedFrames } from '../../../loaders/extract/frames';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { readProgramme } from '../../../loaders/extract/programme';
import { specifiedRecognizers } from '../../../loaders/extract/recognize';
import { lexicon } from '../../../loaders/lexicon';
import { shuffled } from '../../support/shuffle';
import { makeDoc, testCatalog } from './helpers';

// Recognizers and frames do not read each other, so the order they run in
// within their stage must not change what the document yields.

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'extract');

const talksOf = (text: string, frames = specifiedFrames, recognizers = specifiedRecognizers) => {
  const doc = makeDoc(text);
  const ctx = new RuleContext(doc, lexicon, knowledgeOf(testCatalog), dateContext(doc));
  readProgramme(ctx, frames, recognizers);
  return JSON.stringify(ctx.out);
};

describe('order within a stage', () => {
  const docs = readdirSync(fixtures).filter((f) => !f.endsWith('.json'));
  it('has fixtures to shuffle over', () => assert.ok(docs.length >= 5));
  for (const f of docs) {
    it(`gives the same reading of ${f} whatever order frames and recognizers run in`, () => {
      const text = readFileSync(join(fixtures, f), 'utf8');
      const base = talksOf(text);
      for (const seed of [1, 7, 42])
        assert.equal(talksOf(text, shuffled(specifiedFrames, seed), shuffled(specifiedRecognizers, seed + 1)), base);
    });
  }
});
