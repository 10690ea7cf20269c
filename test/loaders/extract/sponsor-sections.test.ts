import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// The organizations an event page lists under headings of their own: sponsors, organizers, partners.
// Made-up companies and people in text we write ourselves.

const orgs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .organizations.map((o) => o.name)
    .sort();

describe('sponsorSectionRule: organizations under a sponsors or organizers heading', () => {
  it('reads link texts, logo alt texts and short lines, not labelled lines or people', () => {
    const text = [
      '# Harbor Ruby Day 2031',
      '',
      '## Sponsors',
      '',
      '* [Fernhill](https://fernhill.example)',
      '* [Larkspur Labs](https://larkspur.example)',
      '',
      '![Pinecone](https://cdn.example/pinecone.png)',
      '',
      '## About Organizer',
      '',
      'Harbor Ruby community',
      '',
      '* Blog: <https://harborruby.example>',
      '* Twitter: [@harborruby](https://chirper.example/harborruby)',
      '',
      '## 合作社区',
      '',
      '云原生爱好者[星桥社区](https://xingqiao.example)',
      '',
      '## 议程',
      '',
      '* 10:00 开场 韩梅梅',
      '',
      '## Individual Sponsors',
      '',
      '* Jane Roe',
    ].join('\n');
    assert.deepEqual(orgs(text), ['Fernhill', 'Harbor Ruby community', 'Larkspur Labs', 'Pinecone', '星桥社区']);
  });

  it('reads no list of names from a section that tells a story', () => {
    const text = ['## 合作伙伴', '', '这次活动得到了很多朋友的帮助，我们在这里一并感谢。', ''].join('\n');
    assert.deepEqual(orgs(text), []);
  });
});
