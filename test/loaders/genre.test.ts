import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genreOf, notADocumentByName } from '../../loaders/genre';

// Which files are documents of the genre: by name, and by what extraction found in them.

const found = (over: Partial<Record<'events' | 'talks' | 'people' | 'organizations' | 'technologies', number>>) => ({
  events: 0,
  talks: 0,
  people: 0,
  organizations: 0,
  technologies: 0,
  ...over,
});

describe('genre of a file', () => {
  it('knows project files and source code by name', () => {
    assert.match(notADocumentByName('/x/package.json') ?? '', /project or tooling/);
    assert.match(notADocumentByName('/x/src/index.ts') ?? '', /source code/);
    assert.equal(notADocumentByName('/x/2019-meetup-agenda.md'), null);
  });

  it('keeps a document with talks, warns on one with an event or people but no talk', () => {
    assert.equal(genreOf(found({ talks: 3, people: 3 })), 'talks');
    assert.equal(genreOf(found({ events: 1 })), 'no-programme');
    assert.equal(genreOf(found({ organizations: 2, technologies: 1 })), 'no-programme');
  });

  it('keeps a recap that names many technologies even when no person was read, skips a stray note', () => {
    assert.equal(genreOf(found({ technologies: 12 })), 'no-programme');
    assert.equal(genreOf(found({ technologies: 1 })), 'none');
    assert.equal(genreOf(found({})), 'none');
  });
});
