import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { pairAffiliations, splitAffiliation } from '../../../loaders/extract/affiliation';
import { tableFrame } from '../../../loaders/extract/frames/table';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { lexicon } from '../../../loaders/lexicon';
import { runFrame } from './frame-harness';
import { makeDoc, testCatalog } from './helpers';

// Programme tables whose speaker cell carries the affiliation, or whose organization column lists one
// affiliation per speaker (made-up people and companies).

const affs = (x: ReturnType<typeof extract>) => x.affiliations.map((a) => `${a.person}→${a.organization}`).sort();

describe('tableFrame: what a speaker cell says of the people', () => {
  it('reads the affiliation after or before the name in one cell', () => {
    const text = [
      '| 时刻 | 议题 | 演讲人 |',
      '| --- | --- | --- |',
      '| 13:40 | 流式计算的趋势 | Ralph Mendoza 星河科技首席架构师 |',
      '| 14:10 | 日志平台的演进 | 云帆科技 技术副总裁 秦晚照 |',
      '| 14:40 | 对象存储实践 | 七牛云 CTO 冯远舟 |',
    ].join('\n');
    const { talks } = runFrame(tableFrame, text);
    assert.deepEqual(talks, [
      ['流式计算的趋势', ['Ralph Mendoza (星河科技首席架构师)']],
      ['日志平台的演进', ['秦晚照（云帆科技 技术副总裁）']],
      ['对象存储实践', ['冯远舟（七牛云 CTO）']],
    ]);
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x), ['Ralph Mendoza→星河科技', '冯远舟→七牛云', '秦晚照→云帆科技']);
  });

  it('pairs the speakers with the organization column, one each or one for all', () => {
    const text = [
      '| 时段 | 主题 | 讲者 | 职务 |',
      '| --- | --- | --- | --- |',
      '| 10:00 | 炉边对谈 | Ralph Mendoza / 郑青禾 | 星河数据 VP / 云帆科技创始人 |',
      '| 10:30 | 社区实践分享 | 秦晚照、冯远舟 | 七牛云 Qiniu |',
    ].join('\n');
    const { talks } = runFrame(tableFrame, text);
    assert.deepEqual(talks, [
      ['炉边对谈', ['Ralph Mendoza (星河数据 VP)', '郑青禾 (云帆科技创始人)']],
      ['社区实践分享', ['秦晚照 (七牛云 Qiniu)', '冯远舟 (七牛云 Qiniu)']],
    ]);
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x), ['Ralph Mendoza→星河数据', '冯远舟→七牛云', '秦晚照→七牛云', '郑青禾→云帆科技']);
  });
});

describe('affiliation phrases', () => {
  const kn = knowledgeOf(testCatalog);
  it('reads a catalog organization written with its other name as one organization', () => {
    assert.deepEqual(splitAffiliation('七牛云 Qiniu', lexicon, kn), { org: '七牛云', role: '' });
  });
  it('pairs a speaker field with its organization field', () => {
    assert.equal(pairAffiliations('甲 / 乙', '某某 VP / 某某科技 CTO'), '甲（某某 VP）、乙（某某科技 CTO）');
    assert.equal(pairAffiliations('甲、乙', '某某科技'), '甲（某某科技）、乙（某某科技）');
    assert.equal(pairAffiliations('甲', '某某科技 CTO'), '甲（某某科技 CTO）');
  });
  it('reads another name in the first brackets and the affiliation in the second', () => {
    const text = [
      '| 时间 | 议题 | 讲师 |',
      '| --- | --- | --- |',
      '| 09:00 | 云原生实践 | 郑青禾（郑小禾）（星河数据 资深技术专家） |',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.deepEqual(affs(x), ['郑青禾→星河数据']);
  });
});
