import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalogs } from '../../loaders/catalogs';
import { loadDocument } from '../../loaders/pipeline';
import { documentId } from '../../src/model/ids';

// One document through read → parse → extract → resolve: what a caller gets back.

const catalogs = loadCatalogs();
const agenda = [
  '---',
  'title: "GoConf 2019 议程"',
  'date: 2019-04-01',
  'source: "https://example.org/goconf-2019"',
  '---',
  '',
  'GoConf 2019 将于 2019 年 5 月 18 日在杭州举行。',
  '',
  '09:00-09:45 用 Go 写一个 Raft 库——陈晓峰 @xfeng （星河数据 CTO ）',
  '介绍 raft 协议和 etcd。',
].join('\n');

describe('loadDocument', () => {
  it('stores a document with its Document node, evidence and relationships', () => {
    const bytes = Buffer.from(agenda, 'utf8');
    const r = loadDocument('/docs/goconf.md', bytes, catalogs);
    assert.equal(r.status, 'stored');
    assert.equal(r.documentId, documentId('/docs/goconf.md'));
    const facts = r.facts;
    assert.ok(facts);
    const doc = facts.nodes.find((n) => n.kind === 'Document');
    assert.equal(doc?.props.name, 'GoConf 2019 议程');
    assert.equal(doc?.props.sourceUrl, 'https://example.org/goconf-2019');
    assert.equal(doc?.props.contentHash?.length, 64);
    const talk = facts.nodes.find((n) => n.kind === 'Talk');
    assert.equal(talk?.props.name, '用 Go 写一个 Raft 库');
    assert.equal(talk?.props.year, 2019);
    const gave = facts.rels.find((r) => r.type === 'GAVE');
    assert.ok(gave);
    const ev = gave.evidence[0];
    assert.equal(ev.documentId, r.documentId);
    assert.ok(ev.snippet.includes('陈晓峰'), ev.snippet);
    // Every entity is mentioned by the document.
    const mentioned = new Set(facts.rels.filter((x) => x.type === 'MENTIONS').map((x) => x.to));
    for (const n of facts.nodes) if (n.kind !== 'Document') assert.ok(mentioned.has(n.id), n.id);
    // Case variants resolve to the catalog's name: "raft 协议" → Raft.
    assert.ok(facts.nodes.some((n) => n.kind === 'Technology' && n.props.name === 'Raft'));
  });

  it('is pure: the same bytes give the same facts', () => {
    const bytes = Buffer.from(agenda, 'utf8');
    assert.deepEqual(loadDocument('/docs/a.md', bytes, catalogs), loadDocument('/docs/a.md', bytes, catalogs));
  });

  it('rejects a binary file with the reason and never throws', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const r = loadDocument('/docs/logo.png', png, catalogs);
    assert.equal(r.status, 'rejected');
    assert.equal(r.facts, null);
    assert.ok(r.diagnostics.some((d) => d.severity === 'fatal'));
  });

  it('keeps a document with warnings when it had stray bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xcd]), Buffer.from(`\n${agenda}`, 'utf8')]);
    const r = loadDocument('/docs/stray.md', bytes, catalogs);
    assert.equal(r.status, 'stored-with-warnings');
    assert.ok(r.facts?.nodes.some((n) => n.kind === 'Person' && n.props.name === '陈晓峰'));
  });
});
