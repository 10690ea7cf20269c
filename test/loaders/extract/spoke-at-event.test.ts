import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// Other events a page names as where someone spoke; made-up events and people.

describe('events someone spoke at', () => {
  it('reads a brand with its year, a kind-word name, and a year later on the line', () => {
    const text = `---
title: "SampleConf 2031 Speaker Series: Jane Roe"
---

Jane: I've been to Someville once before when I spoke at WidgetConf 2029. I also gave a short talk at Roe’s Security Forum.

- [Jane's talk at Abstract Widget Conference: Making tools last (2030)](https://example.org/a)
- [Jane keynoting at Gadget Summit (2030)](https://example.org/b)
- I spoke at Google once, and at the office.
`;
    const x = extract(makeDoc(text, { title: 'SampleConf 2031 Speaker Series: Jane Roe' }), testCatalog);
    const names = x.events.map((e) => e.name);
    assert.ok(names.includes('WidgetConf 2029'), names.join(' | '));
    assert.ok(names.includes('Roe Security Forum'));
    assert.ok(names.includes('Abstract Widget Conference 2030'));
    assert.ok(names.includes('Gadget Summit 2030'));
    assert.ok(!names.some((n) => /Google/.test(n)));
    // the page's own event stays its main event
    assert.match(x.mainEvent ?? '', /^SampleConf 2031/);
  });
});
