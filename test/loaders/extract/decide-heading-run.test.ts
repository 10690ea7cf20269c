import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// decide/headingRun.ts: a recap gives every talk a bold heading and names the speaker under most of them.
// Self-written genre text, made-up people.

const recap = [
  '## 技术',
  '',
  '#### 主题演讲',
  '',
  '**软件交付中的变更管理**',
  '',
  '这个演讲印象很深，讲的是上线前后的各种变化。',
  '',
  '**构建可观测的微服务系统**',
  '',
  '讲师：闻一鸣，某某科技架构师',
  '',
  '讲了日志、指标与链路追踪的取舍。',
  '',
  '#### 移动与Web',
  '',
  '**混合式应用的性能优化**',
  '',
  '讲师：柳青崖，某某网络前端工程师',
  '',
  '**前端工程化实践** 与 **另一个角度看前端工程化**',
  '',
  '这两个演讲的内容基本一致，演讲人都来自同一家公司。',
  '',
  '**移动端离线包方案**',
  '',
  '讲师：韩子墨，某某云技术专家',
  '',
  '**讲师介绍**',
  '',
  '三位讲师都有多年经验。',
  '',
].join('\n');

test('headingRun: bold headings among headings read as talks are talks too, two joined bold titles are two', () => {
  const x = extract(makeDoc(recap, { title: 'FooCon 2031 见闻录', date: '2031-10-21' }), testCatalog);
  const talks = x.talks.map((t) => [t.title, t.speakers]);
  for (const t of ['构建可观测的微服务系统', '混合式应用的性能优化', '移动端离线包方案'])
    assert.ok(
      talks.some(([title, speakers]) => title === t && speakers.length === 1),
      `${t} with its speaker: ${JSON.stringify(talks)}`,
    );
  for (const t of ['软件交付中的变更管理', '前端工程化实践', '另一个角度看前端工程化'])
    assert.ok(
      talks.some(([title, speakers]) => title === t && speakers.length === 0),
      `${t}, no speaker: ${JSON.stringify(talks)}`,
    );
  assert.ok(!talks.some(([title]) => title === '讲师介绍'), 'a section label heads no talk');
  assert.equal(talks.length, 6, JSON.stringify(talks));
});

test('headingRun: fewer than three headings read as talks vouch for no other heading', () => {
  const two = recap.split('**前端工程化实践**')[0];
  const x = extract(makeDoc(two, { title: 'FooCon 2031 见闻录', date: '2031-10-21' }), testCatalog);
  assert.deepEqual(x.talks.map((t) => t.title).sort(), ['构建可观测的微服务系统', '混合式应用的性能优化'].sort());
});

test('headingRun: a bold line written under every talk ("**Takeaways**") is a field label, no talk', () => {
  const withLabel = recap.replace(/(讲师：[^\n]+\n)/gu, '$1\n**Takeaways**\n\n- 一些收获\n');
  const x = extract(makeDoc(withLabel, { title: 'FooCon 2031 见闻录', date: '2031-10-21' }), testCatalog);
  assert.ok(!x.talks.some((t) => t.title === 'Takeaways'), JSON.stringify(x.talks.map((t) => t.title)));
});
