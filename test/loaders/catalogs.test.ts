import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { CATALOGS_ENV, defaultCatalogDir, loadCatalogs, ORG_TYPES } from '../../loaders/catalogs';
import { TECH_CATEGORIES } from '../../src/model/graph';
import { normalizeName } from '../../src/model/ids';

const scratch = mkdtempSync(path.join(tmpdir(), 'talkgraph-catalogs-'));
after(() => {
  delete process.env[CATALOGS_ENV];
});

/** A catalog folder made of the given files, e.g. { 'technologies/mine.yaml': '...' }. */
function catalogDir(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function withUserDirs<T>(dirs: string[], run: () => T): T {
  process.env[CATALOGS_ENV] = dirs.join(path.delimiter);
  try {
    return run();
  } finally {
    delete process.env[CATALOGS_ENV];
  }
}

describe('the shipped catalog', () => {
  test('is found from the compiled code and loads without problems', () => {
    assert.match(defaultCatalogDir(), /loaders[\\/]catalogs$/);
    const catalogs = loadCatalogs();
    assert.deepEqual(catalogs.errors, []);
    assert.deepEqual(catalogs.warnings, []);
    assert.ok(catalogs.technologies.length > 300, `only ${catalogs.technologies.length} technologies`);
  });

  test('resolves the spellings documents use to canonical entries', () => {
    const { techByAlias } = loadCatalogs();
    const canonical = (spelling: string) => techByAlias.get(normalizeName(spelling))?.name;
    assert.equal(canonical('golang'), 'Go');
    assert.equal(canonical('Go 语言'), 'Go');
    assert.equal(canonical('ETCD'), 'etcd');
    assert.equal(canonical('C#'), 'C#');
    assert.equal(canonical('C++'), 'C++');
    assert.equal(canonical('C'), 'C');
    assert.equal(canonical('raft 协议'), 'Raft');
    assert.equal(canonical('PG'), 'PostgreSQL');
  });

  test('links narrower entries to broader ones by canonical name', () => {
    const { technologies, techByAlias } = loadCatalogs();
    const byName = new Map(technologies.map((t) => [t.name, t]));
    assert.ok(byName.get('Multi-Paxos')?.broader.includes('Paxos'));
    assert.ok(byName.get('Spring Boot')?.broader.includes('Spring'));
    for (const t of technologies) {
      for (const b of t.broader) assert.equal(techByAlias.get(normalizeName(b))?.name, b, `${t.name} -> ${b}`);
    }
  });

  test('schemas allow exactly the categories and organization types the code does', () => {
    const schema = (file: string) =>
      JSON.parse(readFileSync(path.join(defaultCatalogDir(), 'schema', file), 'utf8')).$defs.entry.properties;
    assert.deepEqual(schema('technology.schema.json').category.enum, [...TECH_CATEGORIES]);
    assert.deepEqual(schema('organization.schema.json').type.enum, [...ORG_TYPES]);
  });
});

describe('users’ own catalog folders (TALKGRAPH_CATALOGS)', () => {
  test('add new entries and extend existing ones by name', () => {
    const mine = catalogDir('extends', {
      'technologies/ours.yaml': [
        '- {name: Karait, aliases: [karait], category: tool, broader: [消息队列]}',
        '- name: Go',
        '  aliases: [狗语言]',
      ].join('\n'),
      'organizations/ours.yaml': '- {name: 豆瓣读书会, aliases: [Douban Reading Club], type: community}',
    });
    const catalogs = withUserDirs([mine], () => loadCatalogs());
    assert.deepEqual(catalogs.warnings, []);
    const karait = catalogs.techByAlias.get('karait');
    assert.equal(karait?.category, 'tool');
    assert.deepEqual(karait?.broader, ['消息队列']);
    assert.equal(catalogs.techByAlias.get(normalizeName('狗语言'))?.name, 'Go');
    assert.equal(catalogs.techByAlias.get('go')?.category, 'language');
    assert.equal(catalogs.orgByAlias.get(normalizeName('Douban Reading Club'))?.type, 'community');
    // the shipped catalog on its own is untouched
    assert.equal(loadCatalogs().techByAlias.get('karait'), undefined);
  });

  test('a broken file is a warning naming it, and the rest still loads', () => {
    const mine = catalogDir('broken', {
      'technologies/a-broken.yaml': '- {name: Oops, aliases: [oops\n',
      'technologies/b-bad-entries.yaml': [
        '- {name: Frobnicator, category: gadget}',
        '- {name: Widget, category: tool, broader: [No Such Thing]}',
        '- {name: Gopher Tool, aliases: [golang], category: tool}',
        '- {name: Fine Tool, category: tool}',
      ].join('\n'),
    });
    const catalogs = withUserDirs([mine], () => loadCatalogs());
    const said = catalogs.warnings.join('\n');
    assert.match(said, /a-broken\.yaml: cannot read/);
    assert.match(said, /b-bad-entries\.yaml: entry "Frobnicator": category "gadget" is not one of/);
    assert.match(said, /b-bad-entries\.yaml: entry "Widget": broader term "No Such Thing"/);
    assert.match(said, /b-bad-entries\.yaml: entry "Gopher Tool": alias "golang" is already taken by "Go"/);
    assert.equal(catalogs.techByAlias.get('frobnicator'), undefined);
    assert.equal(catalogs.techByAlias.get('golang')?.name, 'Go');
    assert.deepEqual(catalogs.techByAlias.get('widget')?.broader, []);
    assert.equal(catalogs.techByAlias.get('finetool')?.category, 'tool');
  });

  test('a folder that does not exist is a warning, not a crash', () => {
    const missing = path.join(scratch, 'not-there');
    const catalogs = withUserDirs([missing], () => loadCatalogs());
    assert.match(catalogs.warnings.join('\n'), /not-there: catalog folder does not exist/);
  });
});

describe('the check command (node dist/loaders/catalogs/check.js)', () => {
  const script = path.join(__dirname, '..', '..', 'loaders', 'catalogs', 'check.js');
  const run = (userDirs: string) =>
    spawnSync(process.execPath, [script], { env: { ...process.env, [CATALOGS_ENV]: userDirs }, encoding: 'utf8' });

  test('passes on the shipped catalog', () => {
    const r = run('');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ok: \d+ technologies, \d+ organizations/);
  });

  test('fails and names the file and entry when a user folder has a problem', () => {
    const r = run(catalogDir('check', { 'technologies/x.yaml': '- {name: Foo, category: gadget}' }));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /x\.yaml: entry "Foo": category "gadget" is not one of/);
  });
});

describe('problems in the catalog we ship', () => {
  test('are errors naming each file and entry, and the bad part is left out', () => {
    const dir = catalogDir('ours', {
      'technologies/one.yaml': [
        '- {name: Alpha, aliases: [A1], category: tool}',
        '- {name: Beta, category: tool, broader: [Gamma]}',
        '- {name: Delta, category: tool, colour: blue}',
      ].join('\n'),
      'technologies/two.yaml': '- {name: Alpha Two, aliases: [a1], category: tool}\n- {name: alpha, category: tool}',
      'organizations/orgs.yaml': '- {name: Acme}',
    });
    const catalogs = loadCatalogs(dir);
    const said = catalogs.errors.join('\n');
    assert.match(said, /two\.yaml: entry "Alpha Two": alias "a1" is already taken by "Alpha" \(.*one\.yaml\)/);
    assert.match(said, /two\.yaml: entry "alpha": duplicate of entry "Alpha"/);
    assert.match(said, /one\.yaml: entry "Beta": broader term "Gamma" is not the name or alias/);
    assert.match(said, /one\.yaml: entry "Delta": unknown field "colour"/);
    assert.match(said, /orgs\.yaml: entry "Acme": type is required/);
    assert.equal(catalogs.errors.length, 5);
    assert.deepEqual(
      catalogs.technologies.map((t) => [t.name, t.aliases, t.broader]),
      [
        ['Alpha', ['A1'], []],
        ['Beta', [], []],
        ['Alpha Two', [], []],
      ],
    );
    assert.deepEqual(catalogs.organizations, []);
  });

  test('broader links may not form a cycle', () => {
    const dir = catalogDir('cycle', {
      'technologies/t.yaml':
        '- {name: X, category: concept, broader: [Y]}\n- {name: Y, category: concept, broader: [X]}',
    });
    assert.match(loadCatalogs(dir).errors.join('\n'), /entry "Y": broader term "X" makes a cycle/);
  });
});
