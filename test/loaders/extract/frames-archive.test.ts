import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archiveLineFrame } from '../../../loaders/extract/frames/archiveLine';
import { frameEnv, runFrame } from './frame-harness';

// Talk archives and video lists: "Title by Name - description", the description is no part of the title.

test('archiveLineFrame: a Markdown video list, the link text is the title, the description after the speaker is not', () => {
  const list = [
    'All the talks were recorded:',
    '',
    '- [Shipping Small Binaries](https://video.example/1) by Marta Lindqvist - a maintainer shows how she trims builds.',
    '- [Queues Without Tears](https://video.example/2) by Oskar Brandt and Ines Moreau: lessons from two years of on-call.',
    '- Plain Titles Work Too, by Tomas Berg',
    '',
  ].join('\n');
  assert.deepEqual(runFrame(archiveLineFrame, list).talks, [
    ['Shipping Small Binaries', ['Marta Lindqvist']],
    ['Queues Without Tears', ['Oskar Brandt', 'Ines Moreau']],
    ['Plain Titles Work Too', ['Tomas Berg']],
  ]);
});

test('archiveLineFrame: a Go present archive, "_by_" and the speaker as a link label written with underscores', () => {
  const env = frameEnv(
    [
      'Videos',
      '',
      '- [[https://video.example/3][Profiling in Anger]] _by_ [[https://twitter.com/mlind][_Marta_Lindqvist_]] - how to read a flame graph.',
      '- [[https://video.example/4][Tiny Services]] _by_Oskar_Brandt_ - a tour of the smallest useful service.',
      '',
    ].join('\n'),
    {},
    'archive.article',
  );
  const talks = archiveLineFrame.run(env).map((c) => [c.title, c.speakers.map((s) => s.text.trim())]);
  assert.deepEqual(talks, [
    ['Profiling in Anger', ['Marta Lindqvist']],
    ['Tiny Services', ['Oskar Brandt']],
  ]);
});

test('archiveLineFrame: "by" followed by no person, or by more than a description, is no talk', () => {
  assert.equal(runFrame(archiveLineFrame, '- Sorted by date and by size\n').candidates.length, 0);
  assert.equal(runFrame(archiveLineFrame, '- Written by Marta Lindqvist who likes tea\n').candidates.length, 0);
});
