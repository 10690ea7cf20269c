import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { queryJson, talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// Issue #9: affiliations carry the year of the documents that state them, so
// a speaker's career reads over time (two meetups, two years, two employers).

const page = (year: number, org: string) => `---
title: 示例城云原生沙龙 ${year}
date: ${year}-06-18
---

# 示例城云原生沙龙 ${year}

时间：${year} 年 6 月 18 日 14:00
地点：示例城 某某会议中心

- 14:00-14:45 Kubernetes 调度器的 ${year} 年实践，讲师：程望舒（${org} 架构师）
- 14:45-15:30 etcd 的运维笔记 ${year}，讲师：骆一帆（示例云 工程师）
`;

describe('Affiliation.years', () => {
  it('gives each affiliation the years of the documents that state it', () => {
    const folder = join(tempDir(), 'docs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'salon-2018.md'), page(2018, '北辰数据'));
    writeFileSync(join(folder, 'salon-2021.md'), page(2021, '南岸科技'));
    writeFileSync(join(folder, 'salon-2022.md'), page(2022, '南岸科技'));
    const data = join(tempDir(), 'data');
    assert.equal(talkgraph(['ingest', '--data-dir', data, folder]).status, 0);
    const r = queryJson(
      data,
      '{ people(filter: { nameContains: "程望舒" }) { nodes { name affiliations { organization { name } role years } } } }',
    );
    const person = r.data.people.nodes[0];
    assert.ok(person, JSON.stringify(r));
    const byOrg = Object.fromEntries(
      person.affiliations.map((a: { organization: { name: string }; years: number[] }) => [
        a.organization.name,
        a.years,
      ]),
    );
    assert.deepEqual(byOrg, { 北辰数据: [2018], 南岸科技: [2021, 2022] });
  });
});
