import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { nodeId } from '../../src/model/ids';
import type { EmbeddedStore } from '../../src/store/embedded';
import { storeWith } from '../support/api';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';

// The embedded store answers speakersOn from maps built once per graph
// version: many questions between two writes build them once, a write makes
// the next question rebuild them (and see the write).

const docker = nodeId('Technology', 'Docker');
const containers = nodeId('Technology', '容器');
const SPEAKERS_ON = '{ speakersOn(topic: "容器") { person { name } talks { title } } }';

describe('embedded topic index', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith([ecugAgenda, techpartyRecap]);
  });
  after(() => store.close());

  it('builds once for many questions, again after a write', async () => {
    const before = store.topicIndex.builds;
    const first = await store.topicSpeakers([containers, docker]);
    for (let i = 0; i < 5; i++) await store.topicSpeakers([docker]);
    const apollo = createApollo();
    for (let i = 0; i < 3; i++)
      assert.equal((await runOperation(apollo, store, { query: SPEAKERS_ON })).errors, undefined);
    assert.equal(store.topicIndex.builds, before + 1);

    await store.writeDocument(buildFacts(archSummitNote));
    const hong = nodeId('Person', '洪强宁');
    const later = await store.topicSpeakers([containers, docker]);
    assert.equal(store.topicIndex.builds, before + 2);
    assert.equal(first.find((s) => s.personId === hong)?.totalTalks, 1);
    assert.equal(later.find((s) => s.personId === hong)?.totalTalks, 2, 'the ArchSummit talk counts in the total');
  });
});
