import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// The event's city from a short line naming both (a show page's heading); made-up event and people.

describe('event city from a line naming the event', () => {
  it('takes the one city a short heading names beside the event', () => {
    const text = `# 第 7 期

## 聊聊东京，聊聊SampleRubyConf

本期我们聊了 SampleRubyConf 2031 的见闻。SampleRubyConf 2031 上的演讲很精彩，南京的朋友也来了。

- 张三：某某主题
- 李四：另一主题
`;
    const x = extract(makeDoc(text, { title: 'Sample 电台' }), testCatalog);
    const main = x.events.find((e) => e.key === x.mainEvent);
    assert.equal(main?.name, 'SampleRubyConf 2031');
    assert.equal(main?.city, '东京');
  });
});
