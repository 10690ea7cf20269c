import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// An agenda table whose organization column lists, for one speaker, the projects they work on (made-up people).

describe('organization cells that list projects', () => {
  it('takes no affiliation from a list of bare project names, and keeps the employer beside it', () => {
    const text = [
      '# 开源技术日 议程',
      '',
      '| 时间 | 议题 | 讲师 | 公司 |',
      '| --- | --- | --- | --- |',
      '| 13:30-14:10 | 如何参与开源项目 | 庞知秋 | Apache Quill, Marlin, Tidepool, Ferrox |',
      '| 14:10-14:50 | 消息系统的演进 | 严若衡 | 星河科技 首席架构师 |',
    ].join('\n');
    const a = extract(makeDoc(text), testCatalog).affiliations.map((x) => `${x.person}→${x.organization}`);
    assert.ok(!a.some((x) => x.startsWith('庞知秋')), a.join(', '));
    assert.ok(a.includes('严若衡→星河科技'), a.join(', '));
  });
});
