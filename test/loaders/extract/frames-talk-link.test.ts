import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../loaders/extract';
import { talkLinkFrame } from '../../../loaders/extract/frames/talkLink';
import { runFrame } from './frame-harness';
import { makeDoc, testCatalog } from './helpers';

// frames/talkLink.ts: show notes name talks in link texts, as video sites and blogs title them (made-up people).

const notes = [
  '- [Some book: The Art of Widgets](https://books.example/widgets)',
  '- [FooCon 2031: Marta Lindqvist - Widgets at Scale (video)](https://video.example/watch?v=1)',
  "- [Oskar's talk at Widget Summit: Testing Widgets in Production (2030)](https://summit.example/2030/s/18)",
  '- [Oskar Brandt talk at BarConf, Caching: A Field Guide (2029)](https://barconf.example/event/7)',
  '- Oskar - [A tool for widgets](https://github.com/example/widgets)',
  '',
].join('\n');

test('talkLinkFrame: "Event 2031: Speaker - Title" and "Speaker\'s talk at Event: Title (2031)" link texts', () => {
  const { talks, candidates } = runFrame(talkLinkFrame, notes);
  assert.deepEqual(talks, [
    ['Widgets at Scale', ['Marta Lindqvist']],
    ['Testing Widgets in Production', ['Oskar']],
    ['Caching: A Field Guide', ['Oskar Brandt']],
  ]);
  assert.deepEqual(
    candidates.map((c) => c.event),
    ['FooCon 2031', 'Widget Summit 2030', 'BarConf 2029'],
  );
});

test('talks of a link list are given at the events their links name, each recorded with its year', () => {
  const x = extract(makeDoc(notes, { title: 'Episode 12: widgets everywhere', date: '2031-06-01' }), testCatalog);
  const at = Object.fromEntries(x.talks.map((t) => [t.title, t.event]));
  assert.equal(at['Widgets at Scale'], 'FooCon 2031');
  assert.equal(at['Testing Widgets in Production'], 'Widget Summit 2030');
  const events = Object.fromEntries(x.events.map((e) => [e.name, e.startDate]));
  assert.equal(events['FooCon 2031'], '2031');
  assert.equal(events['Widget Summit 2030'], '2030');
  // "FooCon" names the series: an alias of this edition would merge it with every other FooCon
  const foo = x.events.find((e) => e.name === 'FooCon 2031');
  assert.deepEqual([foo?.aliases, foo?.series], [[], 'FooCon']);
  assert.ok(
    !x.talks.some((t) => t.title === 'A tool for widgets' && t.event),
    'a repository link is no talk at an event',
  );
});
