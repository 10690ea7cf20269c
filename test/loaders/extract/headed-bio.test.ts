import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// A guests section: each bio quoted under the person's name, a photo between (made-up people).

const affs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .affiliations.map((a) => `${a.person}→${a.organization}`)
    .sort();

const page = (...lines: string[]) =>
  [
    '# 云原生夜话 第 3 期',
    '',
    '## 分享嘉宾',
    '',
    '### 周一航',
    '',
    '周一航将为我们带来的分享是：《容器调度的那些事》。',
    '',
    ...lines,
  ].join('\n');

describe('headedBioAffiliations: a bio quoted under the name that heads it', () => {
  it('reads the quoted bio as the headed person’s', () => {
    const a = affs(
      page(
        '### 林子墨',
        '',
        '![](https://img.example/lzm.png)',
        '',
        '> 七牛云高级技术专家，前蚂蚁集团架构师，长期关注容器调度。',
        '',
        '林子墨将为我们带来的分享是：《调度器的演进》。',
      ),
    );
    assert.ok(a.includes('林子墨→七牛云'), a.join(', '));
    assert.ok(a.includes('林子墨→蚂蚁集团'), a.join(', '));
  });

  it('leaves a quote that is no one’s bio alone: a name whose next text is not a quote', () => {
    const a = affs(
      page(
        '### 林子墨',
        '',
        '林子墨将为我们带来的分享是：《调度器的演进》。',
        '',
        '> 七牛云高级技术专家，前蚂蚁集团架构师。',
      ),
    );
    assert.deepEqual(
      a.filter((x) => x.startsWith('林子墨')),
      [],
    );
  });
});
