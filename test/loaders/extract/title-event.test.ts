import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { cityIn } from '../../../loaders/extract/places';
import { lexicon } from '../../../loaders/lexicon';
import { makeDoc, testCatalog } from './helpers';

// titleEventRule: a programme whose event is named only in the document's title.

const events = (x: ReturnType<typeof extract>) => x.events.map((e) => [e.name, e.startDate, e.city]);

describe('titleEventRule', () => {
  it('names the event of a talk list by its title, with the year of the page', () => {
    const title = 'Widgetfest: widgets in the sun';
    const text = [
      title,
      '',
      'Videos from this year are up.',
      '',
      '- Mary Walker - Widgets at scale',
      '- Tom Baker - Testing widgets',
    ].join('\n');
    const x = extract(makeDoc(text, { title, date: '2031-11-20' }), testCatalog);
    assert.deepEqual(events(x), [['Widgetfest 2031', '2031', null]]);
    assert.equal(x.mainEvent, 'Widgetfest 2031');
  });

  it('a title in parts: the part the body calls a conference names the event, not a track before it', () => {
    const title = 'Widget Architectures: Widgetcon Aarhus, Denmark, October';
    const text = [
      'I am the track chair for the Widgetcon Aarhus conference this autumn. Talks in the track:',
      '',
      '- Mary Walker - Widgets at scale',
      '- Tom Baker - Testing widgets',
    ].join('\n');
    const x = extract(makeDoc(text, { title, date: '2031-06-20' }), testCatalog);
    assert.equal(events(x)[0]?.[0], 'Widgetcon Aarhus 2031');
  });

  it('a digest whose title is its index of articles (文章索引, Contents) names no event', () => {
    for (const title of ['文章索引', 'Contents']) {
      const text = [
        `## ${title}`,
        '',
        '- Mary Walker - Widgets at scale',
        '- Tom Baker - Testing widgets',
        '- 闻一鸣 - 用 Go 写一个 KV 存储',
      ].join('\n');
      const x = extract(makeDoc(text, { title, date: '2031-11-20' }), testCatalog);
      assert.ok(x.talks.length >= 2, title);
      assert.deepEqual(events(x), [], title);
    }
  });

  it('takes the date of a recap title and drops its recap word', () => {
    const title = 'Title: 2031.9.17某市开源软件日活动总结';
    const text = [
      title,
      '',
      '当天下午的分享如下：',
      '',
      '1. 《用 Go 写一个 KV 存储》 -- 闻一鸣 (网易)',
      '2. 《gRPC 实战》 -- 柳青崖 (有赞)',
    ].join('\n');
    const x = extract(makeDoc(text, { title, date: '2031-09-24' }), testCatalog);
    assert.deepEqual(events(x)[0]?.slice(0, 2), ['某市开源软件日 2031', '2031-09-17']);
  });

  it('leaves a page without talks, and a header label, alone', () => {
    const title = '发信人: someone (某人), 信区: Golang';
    const text = [title, '', '1. 《用 Go 写一个 KV 存储》 -- 闻一鸣 (网易)', '2. 《gRPC 实战》 -- 柳青崖 (有赞)'].join(
      '\n',
    );
    assert.deepEqual(events(extract(makeDoc(text, { title }), testCatalog)), []);
    const t2 = 'Widgetfest 2031';
    assert.deepEqual(events(extract(makeDoc(`${t2}\n\nNothing planned yet.`, { title: t2 }), testCatalog)), []);
  });
});

describe('city namesakes', () => {
  it('does not read 中山 in 中山大学, nor 南京 in 南京路', () => {
    assert.equal(cityIn('中山大学南校区', lexicon), null);
    assert.equal(cityIn('广州市中山大学南校区', lexicon), '广州');
    assert.equal(cityIn('上海南京西路 1 号', lexicon), '上海');
    assert.equal(cityIn('中山市某某路', lexicon), '中山');
  });
});
