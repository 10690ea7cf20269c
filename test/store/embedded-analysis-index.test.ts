import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApollo, runOperation } from '../../src/graphql/apollo';
import { nodeId } from '../../src/model/ids';
import type { EmbeddedStore } from '../../src/store/embedded';
import { storeWith } from '../support/api';
import { archSummitNote, buildFacts, ecugAgenda, techpartyRecap } from '../support/facts';

// The embedded store answers topic lookups and the trend, movement,
// co-occurrence and breakdown counts from maps built once per graph version:
// many questions between two writes build them once, a write makes the next
// question rebuild them (and see the write).

const QUESTIONS = [
  '{ speakersOn(topic: "containers") { person { name } } }',
  '{ technologyTrend(names: ["Docker", "golang"]) { points { year talks } } }',
  '{ trendingTechnologies(from: 2015, to: 2018) { technology { name } } }',
  '{ relatedTechnologies(name: "docker") { technology { name } } }',
  '{ technologyBreakdown(name: "容器", by: CITY) { entries { key talks } } }',
  '{ technologies(first: 5) { nodes { name } } }',
];

describe('embedded analysis index', () => {
  let store: EmbeddedStore;
  before(async () => {
    store = await storeWith([ecugAgenda, techpartyRecap]);
  });
  after(() => store.close());

  it('builds once for many analyses, again after a write', async () => {
    const apollo = createApollo();
    const ask = async (query: string) => {
      const r = await runOperation(apollo, store, { query });
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      return r.data as Record<string, unknown>;
    };
    const before = store.analysisIndex.builds;
    for (let round = 0; round < 3; round++) for (const q of QUESTIONS) await ask(q);
    assert.equal(store.analysisIndex.builds, before + 1);

    const k8sBefore = await store.technologiesByKey(['k8s']);
    assert.deepEqual(k8sBefore, [], 'no Kubernetes before the ArchSummit note');
    await store.writeDocument(buildFacts(archSummitNote));
    const [k8s] = await store.technologiesByKey(['k8s']);
    assert.equal(store.analysisIndex.builds, before + 2);
    assert.equal(k8s.technology.id, nodeId('Technology', 'Kubernetes'));
    const trend = (await ask('{ technologyTrend(names: ["容器"], from: 2018, to: 2018) { points { talks } } }')) as {
      technologyTrend: { points: { talks: number }[] }[];
    };
    assert.deepEqual(
      trend.technologyTrend[0].points.map((p) => p.talks),
      [1],
      'the Kubernetes talk of 2018 is a container talk',
    );
    assert.equal(store.analysisIndex.builds, before + 2);
  });
});
