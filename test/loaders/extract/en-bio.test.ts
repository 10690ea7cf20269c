import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// English prose saying where a speaker the document names works (made-up people and companies).

const affs = (x: ReturnType<typeof extract>) => x.affiliations.map((a) => `${a.person}→${a.organization}`).sort();

const recap = (body: string) =>
  [
    '# Gophers Night 2031',
    '',
    '## Talks',
    '',
    '- [Fast Widgets](https://talks.example/1) by [Jane Quill](https://jq.example)',
    '- [Slow Gadgets](https://talks.example/2) by Marco Vell',
    '- [Gizmos](https://talks.example/3) by Dana Pike',
    '',
    body,
  ].join('\n');

describe('enBioRule: Name from / of / a role at Company', () => {
  it('affiliates named speakers with the company the prose gives', () => {
    const a = affs(
      extract(
        makeDoc(
          recap(
            '[Jane Quill](https://jq.example) from Northwind presented widgets. Marco Vell of Contoso Labs could not come. Dana Pike, a principal engineer at Fabrikam, shared her work. Marco Vell is the founder of Tailspin Toys.',
          ),
        ),
        testCatalog,
      ),
    );
    for (const want of [
      'Jane Quill→Northwind',
      'Marco Vell→Contoso Labs',
      'Dana Pike→Fabrikam',
      'Marco Vell→Tailspin Toys',
    ])
      assert.ok(a.includes(want), `${want} not in ${a.join(' | ')}`);
  });
  it('reads no place, technology or unnamed person as an employer', () => {
    const x = extract(
      makeDoc(recap('Dana Pike from Germany came too. Jane Quill from Kubernetes land. Ron Ames of Acme was there.')),
      testCatalog,
    );
    const a = affs(x);
    assert.ok(!a.some((s) => /Germany|Kubernetes|Acme/.test(s)), a.join(' | '));
  });
});
