import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitAffiliation } from '../../../loaders/extract/affiliation';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { testCatalog } from './helpers';

// Affiliation phrases that lead with or close on a catalog organization (made-up units; the test catalog's names).

const catalog = {
  ...testCatalog,
  organizations: [...testCatalog.organizations, { name: '七牛云技术', aliases: [], type: 'media' }],
};
const kn = knowledgeOf(catalog);
const split = (s: string) => splitAffiliation(s, lexicon, kn);

describe('splitAffiliation: a catalog organization at the phrase’s edge', () => {
  it('takes the bracketed catalog name a Chinese company name writes out', () => {
    assert.deepEqual(split('上海某某数据 (Qiniu)'), { org: 'Qiniu', role: '' });
  });

  it('ends the organization at the writer’s space, though a longer catalog name runs across it', () => {
    assert.deepEqual(split('七牛云 技术专家'), { org: '七牛云', role: '技术专家' });
  });

  it('puts a unit inside a catalog organization into the role', () => {
    assert.deepEqual(split('七牛云执委会成员'), { org: '七牛云', role: '执委会成员' });
    assert.deepEqual(split('蚂蚁集团 存储团队'), { org: '蚂蚁集团', role: '存储团队' });
  });
});
