import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Organization noise in event pages: organizer lines with other labelled parts, two
// organizers written side by side, addresses, descriptions and romanized names.

const orgs = (x: ReturnType<typeof extract>) => x.organizations.map((o) => o.name).sort();

describe('organization noise', () => {
  it('splits an organizer line that also names the venue sponsor', () => {
    const text = [
      'Gopher Meetup 杭州站 · 2021.05.15',
      '',
      '主办：星火 Go 社区  |  场地支持：七牛云',
      '地址：杭州市西湖区科技园路 8 号 3F',
      '',
      '14:00 - 14:40  Go 的调度器  严立群（七牛云 存储组 工程师）',
      '14:40 - 15:20  写好一个 RPC 框架  韩志远（北京某创业公司 工程师）',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'Gopher Meetup 杭州站 · 2021.05.15' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.deepEqual(main?.organizers, ['星火 Go 社区']);
    assert.ok(orgs(x).includes('七牛云'));
    assert.ok(!orgs(x).some((o) => /[|｜:：]|西湖区|某/u.test(o)), orgs(x).join(', '));
  });

  it('reads "Hosted by InfoQ 某某科技" as two organizers', () => {
    const text = [
      'QCon 全球软件开发大会（杭州站）2022',
      'Oct 20-21, 2022 | 杭州·某某酒店 | Hosted by InfoQ 星桥科技',
      '',
      'Track Host / 出品人',
      '严立群',
    ].join('\n');
    const x = extract(makeDoc(text, { title: 'QCon 全球软件开发大会（杭州站）2022' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.deepEqual(main?.organizers, ['InfoQ', '星桥科技']);
    assert.equal(main?.name, 'QCon 杭州 2022');
  });

  it('does not take a speaker page title that leads with the speaker as the event name', () => {
    const title = '严立群 - QCon全球软件开发大会（杭州站）2022';
    const text = [title, '', '严立群，七牛云 存储组 工程师。', '', '会议时间：2022 年 10 月 20 日'].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.ok(!x.events.some((e) => e.name.includes('严立群')));
  });

  it("makes no organization of a speaker's romanized name", () => {
    const text = [
      '北京 Go 用户组 5 月聚会',
      '时间：2011年5月21日',
      '14:00 《用 Go 管理集群》 —— 严立群 ( Liqun Yan，七牛云 存储组 )',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    assert.ok(!orgs(x).includes('Liqun Yan'), orgs(x).join(', '));
  });
  it('keeps the month of a monthly gathering in its name', () => {
    const title = '杭州 Rust 用户组（HZRUG）2012年3月聚会：异步编程';
    const text = [title, '', '时间：2012年3月17日 周六 14:00－17:00', '地点：杭州 某大厦 3 层'].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.ok(
      x.events.some((e) => e.name.includes('2012年3月聚会')),
      x.events.map((e) => e.name).join(', '),
    );
  });
  it('names a numbered meetup by its number', () => {
    const title = 'Infra Meetup No.57 杭州站回顾：存储引擎那些事';
    const text = [title, '', '上周六，Infra Meetup 在杭州举办，严立群分享了存储引擎的故事。'].join('\n');
    const x = extract(makeDoc(text, { title, date: '2019-04-20' }), testCatalog);
    assert.ok(
      x.events.some((e) => e.name.startsWith('Infra Meetup No.57')),
      x.events.map((e) => e.name).join(', '),
    );
  });
});
