import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findDocuments } from '../../loaders/walk';
import { talkgraph } from '../support/cli';
import { tempDir } from '../support/tmp';

// What a user's documents folder really holds: links back to a parent, two
// links to one file, a link to nothing, a named pipe, a file whose name is not
// UTF-8, hidden litter. Each real file is read once, each odd path is named,
// and ingest always ends with its summary.

const MEETUP = `# 示例城 Go 夜话 第 3 期

时间：2021 年 4 月 10 日 14:00
地点：示例城 某某孵化器

- 14:00-14:40 用 Go 写一个小型 Raft，讲师：林一舟（示例科技）
- 14:40-15:20 从 Docker 到 Kubernetes 的迁移札记，讲师：周沐（样例云）
`;

function oddFolder(): string {
  const root = join(tempDir(), 'docs');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'meetup.md'), MEETUP);
  symlinkSync('..', join(root, 'sub', 'back-to-parent'));
  symlinkSync('../meetup.md', join(root, 'sub', 'same-meetup.md'));
  symlinkSync('nowhere.md', join(root, 'broken.md'));
  execFileSync('mkfifo', [join(root, 'pipe.md')]);
  writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), MEETUP);
  writeFileSync(join(root, '.DS_Store'), 'litter');
  return root;
}

describe('walking a documents folder', () => {
  it('visits each real file once, ends symlink loops, and names every path that is not a document', () => {
    const root = oddFolder();
    const walk = findDocuments([root]);
    assert.deepEqual(
      walk.files.map((f) => f.path.slice(root.length + 1)),
      ['caf\\xe9.md', 'meetup.md'],
    );
    assert.match(walk.files[0].diagnostics[0].message, /not UTF-8/);
    assert.deepEqual(
      walk.problems.map((p) => [p.path.slice(root.length + 1), p.status, p.diagnostic.code]),
      [
        ['broken.md', 'skipped', 'broken-link'],
        ['pipe.md', 'skipped', 'not-a-file'],
      ],
    );
    assert.ok(walk.duplicates >= 2, 'the loop back to the folder and the second link to meetup.md');
  });

  it('a path on the command line that does not exist is an error, and the rest is still walked', () => {
    const root = oddFolder();
    const walk = findDocuments([join(root, 'no-such-folder'), root]);
    assert.deepEqual(walk.missing, [join(root, 'no-such-folder')]);
    assert.equal(walk.files.length, 2);
  });

  it('ingest reads the folder without hanging on the pipe, stores the documents, and ends with a summary', () => {
    const root = oddFolder();
    const r = talkgraph(['ingest', '--data-dir', join(tempDir(), 'data'), root]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /pipe\.md[\s\S]*a named pipe \(FIFO\), not a regular file/);
    assert.match(r.stdout, /broken\.md[\s\S]*a symbolic link to nothing/);
    assert.match(r.stdout, /stored\s+\S*meetup\.md \(2 talks/);
    assert.match(r.stdout, /ingested 4 documents: 2 stored .*2 skipped/);
  });
});
