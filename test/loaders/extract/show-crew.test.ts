import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Hosts and crew of a podcast belong to the show, on the show's own notes (made-up show and people).

const catalog = {
  ...testCatalog,
  organizations: [...testCatalog.organizations, { name: 'Byte Brew FM', aliases: [], type: 'media' }],
};
const affs = (text: string, title: string | null) =>
  extract(makeDoc(text, { title }), catalog)
    .affiliations.map((a) => `${a.person}→${a.organization}`)
    .sort();

describe('crewRule: a show’s hosts and crew', () => {
  it('affiliates the people of a Credits section and a Hosts line with the show', () => {
    const text = [
      'In this episode we talk with [Nora Quill](https://example.org/nq) about compilers.',
      '',
      'Byte Brew FM is a community project; get in touch to help.',
      '',
      '### Credits',
      '',
      'Audio Editing: [Lars Penwick](https://example.org/lp)',
      '',
      'Hosts: [Ada Morrow](https://example.org/am)',
    ].join('\n');
    const got = affs(text, 'Compilers Everywhere: An interview with Nora Quill');
    assert.ok(got.includes('Lars Penwick→Byte Brew FM'), got.join(', '));
    assert.ok(got.includes('Ada Morrow→Byte Brew FM'), got.join(', '));
    assert.ok(!got.includes('Nora Quill→Byte Brew FM'), 'the guest is no crew');
  });

  it('reads a hosts section and a sentence that names the hosts', () => {
    const text = [
      '### 嘉宾',
      '',
      '- 韩知远 某某科技工程师',
      '',
      '### 主持人',
      '',
      '- 邵明川 开源爱好者',
      '',
      'Byte Brew FM 由 邵明川、Iris Kellan 和 Tom Varga 主持，聊程序员关心的话题。',
    ].join('\n');
    const got = affs(text, '第 3 期：聊聊编译器');
    for (const host of ['邵明川', 'Iris Kellan', 'Tom Varga'])
      assert.ok(got.includes(`${host}→Byte Brew FM`), got.join(', '));
    assert.ok(!got.includes('韩知远→Byte Brew FM'));
  });

  it('gives a conference host no podcast', () => {
    const text = ['## 议程', '', '主持人：邵明川', '', 'Byte Brew FM 报道'].join('\n');
    assert.deepEqual(
      affs(text, '某某技术大会 2031').filter((a) => a.endsWith('Byte Brew FM')),
      [],
    );
  });
});
