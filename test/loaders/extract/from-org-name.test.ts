import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// "来自某某的王小明": a recap introduces a speaker by where they come from, the full name right after 的
// (made-up people).

const read = (text: string) => {
  const x = extract(makeDoc(text), testCatalog);
  return { people: x.people.map((p) => p.name), affs: x.affiliations.map((a) => `${a.person}→${a.organization}`) };
};

describe('fromOrgRule: a full name right after 来自X的', () => {
  it('records the person and their organization', () => {
    const r = read('# QCon 笔记\n\n第二场的演讲人是来自七牛云的邵一鸣(ym)，讲的是对象存储。\n');
    assert.ok(r.people.includes('邵一鸣'), r.people.join(', '));
    assert.ok(r.affs.includes('邵一鸣→七牛云'), r.affs.join(', '));
  });

  it('takes no word after 的 for a name', () => {
    const r = read('# QCon 笔记\n\n现场有很多来自七牛云的同学，也有来自各地的朋友们。\n');
    assert.deepEqual(r.affs, []);
    assert.deepEqual(r.people, []);
  });
});
