import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// The document's author writes about the event: a person of the graph, unless the author is a community.

const names = (text: string, author: string | null = null) =>
  extract(makeDoc(text, { title: 'Meetup notes', author }), testCatalog).people.map((p) => p.name);

describe('authorRule', () => {
  it('takes the front matter author, and each of several, as people', () => {
    assert.deepEqual(names('We met on Saturday for coffee and slides.', 'Jane Doe'), ['Jane Doe']);
    assert.deepEqual(names('周六的聚会很热闹。', '王小明, 陈立'), ['王小明', '陈立']);
  });

  it("reads a static-site page's Key: value header", () => {
    const text = ['Title: 周末聚会小记', 'Date: 2011-05-18', 'Author: moonfish', '', '周六的聚会很热闹。'].join('\n');
    assert.deepEqual(names(text), ['moonfish']);
  });

  it('leaves communities, city chapters and mail addresses alone', () => {
    assert.deepEqual(names('Notes.', 'Gopher Beijing'), []);
    assert.deepEqual(names('Notes.', 'meetup@example.org'), []);
    assert.deepEqual(names('Notes.', '七牛云'), []);
    assert.deepEqual(names('Notes.', '某某开源社区'), []);
  });
});
