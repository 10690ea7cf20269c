import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { programmeLineFrame } from '../../../loaders/extract/frames/programmeLine';
import type { Frame } from '../../../loaders/extract/frames/types';
import { knowledgeOf } from '../../../loaders/extract/knowledge';
import { segment } from '../../../loaders/extract/layout/blocks';
import { annotate, recognizeEnv } from '../../../loaders/extract/recognize';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Series pages: dated headings, one edition each, emoji-bulleted "Name - Title" link items.

const kn = knowledgeOf(testCatalog);

function runFrame(frame: Frame, text: string) {
  const blocks = segment(makeDoc(text));
  const renv = recognizeEnv(kn);
  const anns = annotate(blocks, renv);
  return frame.run({ blocks, anns, lex: lexicon, kn, labels: renv.labels, documentTitle: null });
}

const SERIES = `## Meetups

### March 4 2021 - Example Hall

🗣 [Miranda Quill - Tracing requests through Go services](https://example.org/a)

🗣 [Tobias Fenwick & Clara Røed - A fireside chat on build caches](https://example.org/b%20(March).pdf)

📔 [Gopher Night - Slides](https://example.org/slides)

### May 6 2021 - Sample Works

🗣 [Oskar Lindqvist - Profiling without tears](https://example.org/c)
`;

describe('programme line frame on series items', () => {
  it('reads emoji-bulleted "Name - Title" links, several speakers, and skips slide links', () => {
    const cs = runFrame(programmeLineFrame, SERIES);
    assert.deepEqual(
      cs.map((c) => c.title),
      ['Tracing requests through Go services', 'A fireside chat on build caches', 'Profiling without tears'],
    );
  });
});

describe('series sections', () => {
  it('makes each dated section an event and gives it the talks under it', () => {
    const x = extract(makeDoc(SERIES), testCatalog);
    const ev = (title: string) => x.talks.find((t) => t.title === title)?.event;
    assert.ok(x.events.some((e) => e.name === 'March 4 2021' && e.startDate === '2021-03-04'));
    assert.ok(x.events.some((e) => e.name === 'May 6 2021' && e.venue === 'Sample Works'));
    assert.equal(ev('Tracing requests through Go services'), 'March 4 2021');
    assert.equal(ev('Profiling without tears'), 'May 6 2021');
    assert.deepEqual(x.talks.find((t) => t.title.startsWith('A fireside'))?.speakers, ['Tobias Fenwick', 'Clara Røed']);
    assert.ok(!x.talks.some((t) => /2021|Slides/.test(t.title)));
  });

  it('keeps the days of one conference as one event', () => {
    const x = extract(
      makeDoc(
        '## October 18 2021\n\n- Miranda Quill - Tracing requests\n\n## October 19 2021\n\n- Oskar Lindqvist - Profiling Go\n',
      ),
      testCatalog,
    );
    assert.ok(!x.events.some((e) => e.rule === 'seriesSections'));
  });
});
