import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Organizations read by how they are named (orgPatternRule, organizerRule): a project's team, and
// organizer and company phrases that name no organization. Made-up names in text we write ourselves.

const orgs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .organizations.map((o) => o.name)
    .sort();

describe('organizer and company phrases that name no organization', () => {
  it('reads no organizer out of a clause with 由 … 主导', () => {
    const text = '2026 年他开始了解星河项目，由初期的参与社区开发到后来逐渐主导模块的开发。';
    assert.deepEqual(orgs(text), []);
  });
  it('reads "SaaS 公司" as a kind of company, not its name', () => {
    const concepts = {
      ...testCatalog,
      technologies: [...testCatalog.technologies, { name: 'SaaS', aliases: [], category: 'concept', broader: [] }],
    };
    const x = extract(makeDoc('几家 SaaS 公司都在做这件事，SaaS 也越来越普及。'), concepts);
    assert.deepEqual(
      x.organizations.map((o) => o.name),
      [],
    );
  });
});

describe("orgPatternRule: a project's team", () => {
  it('reads "the Harbor Infrastructure Team" and "the Go team", a shorter name as an alias', () => {
    const text = [
      'Jane Roe talks about the Harbor Infrastructure Team and how the Go team works.',
      '',
      '- How can someone join the Infrastructure Team?',
      '- What does The Team think? What does the core team do?',
    ].join('\n');
    const x = extract(makeDoc(text), testCatalog);
    const teams = x.organizations.filter((o) => /team/iu.test(o.name));
    assert.deepEqual(
      teams.map((o) => [o.name, o.aliases]),
      [
        ['Harbor Infrastructure Team', ['Infrastructure Team']],
        ['Go team', []],
      ],
    );
  });
});

describe('hostOrgRule: those thanked for their support', () => {
  it('reads each name of a thanks line, linked or not, and no person or crowd', () => {
    const text = [
      '感谢 [Fernhill](https://fernhill.example/) 和 [Larkspur](https://larkspur.example/) 对本期节目录制的支持。',
      '',
      '地点：某路 391 号 B 栋 35 楼（感谢星河数据提供活动场所）',
      '',
      '感谢大家对本次活动的支持！感谢 Jane Doe 对活动的大力支持。',
    ].join('\n');
    assert.deepEqual(orgs(text), ['Fernhill', 'Larkspur', '星河数据']);
  });
});
