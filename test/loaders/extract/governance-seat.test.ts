import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// A seat in a project's governance written after a description of the project (made-up people and projects).

const affs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .affiliations.map((a) => `${a.person}→${a.organization}`)
    .sort();

describe('governance seats after a description of the project', () => {
  it('takes the project, not the description, as the organization', () => {
    const a = affs(
      [
        '# 开源之夜 第 2 期',
        '',
        '## 嘉宾介绍',
        '',
        '封知远，青岚科技创始人，分布式消息队列 Apache BitLoom(Incubating) PPMC 成员，长期关注消息系统。',
      ].join('\n'),
    );
    assert.ok(a.includes('封知远→Apache BitLoom'), a.join(', '));
    assert.ok(a.includes('封知远→青岚科技'), a.join(', '));
    assert.ok(!a.some((x) => x.includes('消息队列')), a.join(', '));
  });
});
