import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { findBrands } from '../../../loaders/extract/events';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// Brands as the genre writes them: several capitalized words before the kind word,
// a region after it, an edition counted with "#2" or "3rd".

const brands = (s: string) => findBrands(s, lexicon).map((b) => [b.brand, b.year]);

describe('event brands', () => {
  it('reads a brand of several words before its kind word', () => {
    assert.deepEqual(brands('Notes from the Acme Widget Meetup last week'), [['Acme Widget Meetup', null]]);
    assert.deepEqual(brands('Welcome to Foo™ Cloud Summit 2031'), [['Foo™ Cloud Summit', 2031]]);
  });

  it('keeps a region after the brand, with the year after it', () => {
    assert.deepEqual(brands('See you at WidgetCon China 2031 in May'), [['WidgetCon China', 2031]]);
    assert.deepEqual(brands('WidgetConf US was fun'), [['WidgetConf US', null]]);
  });

  it('drops a sentence-initial word from the brand', () => {
    assert.deepEqual(brands('The Widget Meetup is back'), [['Widget Meetup', null]]);
  });

  it('names a numbered meetup by its number: "#2", "3rd"', () => {
    const title = 'ZYX Springfield Meetup #2 议程';
    const text = [
      title,
      '',
      'ZYX Springfield Meetup 第二次活动。',
      '',
      '14:00 - 14:40 韩立：分布式缓存的一致性',
      '14:40 - 15:20 杜明：日志系统的演进',
    ].join('\n');
    const x = extract(makeDoc(text, { title }), testCatalog);
    assert.equal(x.events[0]?.name, 'ZYX Springfield Meetup #2');
    const t2 = 'Qux Data Meetup 3rd';
    const x2 = extract(
      makeDoc(
        [
          t2,
          '',
          'The third Qux Data Meetup will be held on March 3rd, 2031.',
          '',
          '- 13:00 - 13:40: Mary Walker - Columnar storage',
          '- 13:40 - 14:20: Tom Baker - Query planning',
        ].join('\n'),
        { title: t2 },
      ),
      testCatalog,
    );
    assert.equal(x2.events[0]?.name, 'Qux Data Meetup 3rd');
  });
});
