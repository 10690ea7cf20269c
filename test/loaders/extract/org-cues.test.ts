import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// A catalog organization the text names once counts where the words around it name it as an
// organization (orgCue.ts, lexicon/org-cues.json); a passing name-drop, a profile link's text and
// a common word that spells a company do not. Made-up companies in text we write ourselves.

const catalog = {
  ...testCatalog,
  organizations: [
    ...testCatalog.organizations,
    { name: '北辰网络', aliases: [], type: 'company' },
    { name: '星河数据', aliases: [], type: 'company' },
    { name: 'Northwind', aliases: [], type: 'company' },
    { name: 'Fernhill', aliases: [], type: 'company' },
    { name: 'Pinecone Labs', aliases: ['Pinecone'], type: 'company' },
    { name: 'Larkspur', aliases: [], type: 'company' },
    { name: 'Chirper', aliases: [], type: 'company' },
    { name: 'Orbit', aliases: [], type: 'company' },
    { name: 'Tealhouse', aliases: ['tealhouse'], type: 'company' },
    { name: '东岭大学', aliases: [], type: 'university' },
    { name: 'Brightwave', aliases: [], type: 'company' },
    { name: '岚山科技', aliases: [], type: 'company' },
    { name: '云杉支付', aliases: [], type: 'company' },
  ],
};

const orgs = (text: string) =>
  extract(makeDoc(text), catalog)
    .organizations.map((o) => o.name)
    .sort();

describe('orgMentionRule: the words around one mention', () => {
  it('keeps an employer, an organization with a role, a host, a credit and a front-page link', () => {
    const text = [
      '郑青禾曾供职于星河数据，后来专注于存储。',
      '',
      '这套方案由北辰网络的技术总监设计，岚山科技首席软件工程师也参与了。',
      '',
      'Jane Roe of Northwind was going to give this talk.',
      '',
      'Audio hosted by Fernhill.',
      '',
      '### May 15 2031 - [Larkspur](https://www.larkspur.example/)',
      '',
      'Copyright © 2031, Pinecone',
    ].join('\n');
    assert.deepEqual(orgs(text), ['Fernhill', 'Larkspur', 'Northwind', 'Pinecone', '北辰网络', '岚山科技', '星河数据']);
  });

  it('keeps a venue campus, a company described in apposition, and an enumeration of organizations', () => {
    const text = [
      '活动在东岭大学南校区举行。',
      '',
      'Brightwave，一家广告公司，总部设在纽约。',
      '',
      '目前 Northwind、海棠网、Fernhill、云杉支付等都在用这套方案。',
    ].join('\n');
    assert.deepEqual(orgs(text), ['Brightwave', 'Fernhill', 'Northwind', '东岭大学', '云杉支付']);
  });

  it('drops a name-drop, a profile link and a word that spells a company', () => {
    const text = [
      '他们也提到了蚂蚁集团和北辰网络。',
      '',
      '1. Jane Roe [Chirper](https://chirper.example/janeroe)',
      '2. John Moe [Chirper](https://chirper.example/johnmoe)',
      '',
      'The orbit of the planet, the orbit of the moon and the orbit of a comet.',
      '',
      'Slides from OrbitDB and OrbitDB users.',
    ].join('\n');
    assert.deepEqual(orgs(text), []);
  });

  it('counts an organization named again and again, lower case only where the catalog spells it so', () => {
    const text = [
      '北辰网络发布的新版本里，北辰网络的测试做得很细，北辰网络也写了文档。',
      '',
      'tealhouse 的架构从 tealhouse 最早的单体演进而来，tealhouse 现在用微服务。',
    ].join('\n');
    assert.deepEqual(orgs(text), ['tealhouse', '北辰网络']);
  });
});
