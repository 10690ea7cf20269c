import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeMatches, MAX_SUGGESTIONS, suggestionBudget } from '../../src/analysis/suggest';
import { TECHNOLOGIES, tech } from './fixture';

describe('close matches for an unknown name', () => {
  it('suggests names a few edits away, then names that start with or contain the input', () => {
    assert.deepEqual(closeMatches('Kubernetis', TECHNOLOGIES), ['Kubernetes']);
    assert.deepEqual(closeMatches('kube', [...TECHNOLOGIES, tech('tech:kubeflow', 'Kubeflow')]), [
      'Kubeflow',
      'Kubernetes',
    ]);
    assert.deepEqual(closeMatches('mesh', TECHNOLOGIES), ['Service Mesh'], 'contained in the key');
    assert.deepEqual(closeMatches('容器编', TECHNOLOGIES), ['容器', '容器编排'], 'one edit each way, CJK too');
  });

  it('reads aliases but suggests the display name, once per entity', () => {
    assert.deepEqual(closeMatches('golan', TECHNOLOGIES), ['Go']);
    assert.deepEqual(closeMatches('服务网', TECHNOLOGIES), ['Service Mesh']);
  });

  it('suggests nothing for what is far from every name, or empty after normalizing', () => {
    assert.deepEqual(closeMatches('区块链', TECHNOLOGIES), []);
    assert.deepEqual(closeMatches('  ', TECHNOLOGIES), []);
  });

  it('keeps its budget small and its list short', () => {
    assert.deepEqual([2, 3, 6, 9, 30].map(suggestionBudget), [1, 1, 2, 3, 3]);
    const many = Array.from({ length: 20 }, (_, i) => tech(`tech:k${i}`, `kube${i}`));
    assert.equal(closeMatches('kube', many).length, MAX_SUGGESTIONS);
    // a pasted paragraph is compared by its first characters only, and still answers
    assert.deepEqual(closeMatches(`Kubernetes${'x'.repeat(100_000)}`, TECHNOLOGIES), ['Kubernetes']);
  });
});
