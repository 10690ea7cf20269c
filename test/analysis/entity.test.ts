import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntity } from '../../src/analysis/entity';
import { nameRow, TECHNOLOGIES } from './fixture';

const NAMES = [
  nameRow('person:王小明', 'Person', '王小明', ['@xiaoming']),
  nameRow('org:示例科技', 'Organization', '示例科技', ['Example Tech']),
  nameRow('talk:x/docker', 'Talk', 'Docker'), // a talk titled just "Docker"
  ...TECHNOLOGIES.map((t) => nameRow(t.id, 'Technology', t.name, t.aliases)),
];

describe('resolveEntity', () => {
  it('resolves names in either language, aliases and ids', () => {
    assert.deepEqual(resolveEntity('王小明', NAMES, TECHNOLOGIES), { id: 'person:王小明', via: 'name' });
    assert.deepEqual(resolveEntity('example tech', NAMES, TECHNOLOGIES), { id: 'org:示例科技', via: 'name' });
    assert.deepEqual(resolveEntity('org:示例科技', NAMES, TECHNOLOGIES), { id: 'org:示例科技', via: 'id' });
    assert.deepEqual(resolveEntity('服务网格', NAMES, TECHNOLOGIES), { id: 'tech:servicemesh', via: 'name' });
  });

  it('prefers the technology to a talk of the same name, and uses topic rules next', () => {
    assert.equal(resolveEntity('docker', NAMES, TECHNOLOGIES)!.id, 'tech:docker');
    assert.deepEqual(resolveEntity('containers', NAMES, TECHNOLOGIES), { id: 'tech:容器', via: 'topic' });
  });

  it('falls back to a prefix search hit and else says null', () => {
    assert.deepEqual(resolveEntity('示例', NAMES, TECHNOLOGIES), { id: 'org:示例科技', via: 'search' });
    assert.equal(resolveEntity('无名氏', NAMES, TECHNOLOGIES), null);
    assert.equal(resolveEntity('无名氏'.repeat(100), NAMES, TECHNOLOGIES), null);
  });
});
