import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { parseDocument } from '../../../loaders/parse';
import { decodeBytes } from '../../../loaders/read';
import { testCatalog } from './helpers';

// Golden fixtures: test/fixtures/extract/<name>.md (or .html, .txt) beside <name>.expected.json.
// `UPDATE=1 node --test dist/test/loaders/extract/` rewrites the expectations.

const dir = path.resolve(__dirname, '../../../../test/fixtures/extract');

function summarize(file: string) {
  const bytes = readFileSync(file);
  const parsed = parseDocument({
    path: file,
    documentId: 'doc:golden',
    contentHash: 'x',
    decoded: decodeBytes(bytes, file),
  });
  const x = extract(parsed, testCatalog);
  return {
    events: x.events.map((e) => ({
      name: e.name,
      startDate: e.startDate,
      endDate: e.endDate,
      city: e.city,
      organizers: e.organizers,
    })),
    talks: x.talks.map((t) => ({ title: t.title, speakers: t.speakers })),
    people: x.people.map((p) => ({ name: p.name, aliases: p.aliases })),
    affiliations: x.affiliations
      .map((a) => ({ person: a.person, organization: a.organization, role: a.role }))
      .sort((a, b) => `${a.person}|${a.organization}`.localeCompare(`${b.person}|${b.organization}`)),
    technologies: [...new Set(x.technologies.map((t) => t.name))].sort(),
  };
}

describe('golden extraction fixtures', () => {
  for (const name of readdirSync(dir).filter((f) => /\.(md|html|txt)$/.test(f))) {
    it(name, () => {
      const file = path.join(dir, name);
      const expectedFile = file.replace(/\.(md|html|txt)$/, '.expected.json');
      const actual = summarize(file);
      if (process.env.UPDATE === '1' || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
        if (process.env.UPDATE !== '1') assert.fail(`wrote ${expectedFile}; check it by eye and commit it`);
        return;
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
