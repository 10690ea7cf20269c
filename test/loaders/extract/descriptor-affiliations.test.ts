import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../loaders/extract';
import { makeDoc, testCatalog } from './helpers';

// The phrase a talk list writes after a speaker's name, saying who they are (made-up people and companies).

const affs = (text: string) =>
  extract(makeDoc(text), testCatalog)
    .affiliations.map((a) => `${a.person}→${a.organization}`)
    .sort();

const list = (...lines: string[]) => ['# Gophers Night 2031', '', '## Videos', '', ...lines].join('\n');

describe('descriptorAffiliations: "Name - a role at Org", "an Org engineer", "a member of the Org team"', () => {
  it('reads the organization after a role, before a role, and of a team', () => {
    assert.deepEqual(
      affs(
        list(
          '- [Fast Widgets](https://v.example/1) by [Jane Quill](https://x.example/jq) - a principal engineer at Fabrikam shares her work.',
          '- [Slow Gadgets](https://v.example/2) by [Marco Vell](https://x.example/mv) - a Northwind engineer delivers a demo.',
          '- [Gizmos](https://v.example/3) by [Dana Pike](https://x.example/dp) - the Google Paris team lead explains caching.',
          '- [Sprockets](https://v.example/4) by [Ola Brandt](https://x.example/ob) - a member of the Contoso core team tells us about locks.',
          '- [Cogs](https://v.example/5) by [Ivo Lund](https://x.example/il) - the founder of Tailspin talks about images.',
        ),
      ),
      ['Dana Pike→Google', 'Ivo Lund→Tailspin', 'Jane Quill→Fabrikam', 'Marco Vell→Northwind', 'Ola Brandt→Contoso'],
    );
  });

  it('takes no project a person contributes to, and nothing without a named organization', () => {
    assert.deepEqual(
      affs(
        list(
          '- [Fast Widgets](https://v.example/1) by [Jane Quill](https://x.example/jq) - a Kubernetes contributor gives pointers.',
          '- [Slow Gadgets](https://v.example/2) by [Marco Vell](https://x.example/mv) - the author of some popular libraries shares tips.',
          '- [Gizmos](https://v.example/3) by [Dana Pike](https://x.example/dp) - the creator of widgetd talks about packages.',
        ),
      ),
      [],
    );
  });
});
