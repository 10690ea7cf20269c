import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { fileNameEvent } from '../../../loaders/extract/rules/titleEventRule';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// A talks page whose event only its file's name gives ("samplecon-2031-schedule.md"); made-up talks and people.

describe('event named by the file', () => {
  it('reads a brand and a year from the file name', () => {
    assert.equal(fileNameEvent('/x/samplecon-2031-schedule.md', lexicon), 'SampleCon 2031');
    assert.equal(fileNameEvent('/x/012_widgetsummit-2031-talks.md', lexicon), 'WidgetSummit 2031');
    assert.equal(fileNameEvent('/x/samplecon-china-2031.md', lexicon), 'SampleCon China 2031');
    assert.equal(fileNameEvent('/x/notes-2031.md', lexicon), null);
    assert.equal(fileNameEvent('/x/samplecon-slides.md', lexicon), null);
    assert.equal(fileNameEvent('/x/con-2031.md', lexicon), null);
  });

  it('names the programme’s event when its title does not', () => {
    const text = `# 2031-talks
Slides and links for 2031 talks

| Timeslot | Speaker | Slide Deck |
| --- | --- | --- |
| 9:10 AM - 9:35 AM | [Jane Roe](https://example.org/jroe) | Reliable widgets at scale |
| 9:40 AM - 10:05 AM | [John Poe](https://example.org/jpoe) | The future of sample tools |
`;
    const doc = { ...makeDoc(text, { title: '2031-talks' }), path: '/corpus/samplecon-2031-schedule.md' };
    const x = extract(doc, testCatalog);
    assert.equal(x.mainEvent, 'SampleCon 2031');
    assert.ok(x.talks.length >= 2);
  });
});
