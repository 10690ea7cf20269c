import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryJson, talkgraph } from '../support/cli';
import { CORPORA } from '../support/corpus';
import { tempDir } from '../support/tmp';

// The relationship and trend queries over real documents (the demo corpus,
// and the seed corpus when it is there), through the CLI as a user runs it.
// Only robust facts: extraction keeps improving.

type Named = { name: string };
const names = (list: { person: Named }[]) => list.map((s) => s.person.name);

describe('relationship and trend queries over real documents (CLI)', () => {
  for (const corpus of CORPORA)
    it(`answers the questions the issue names (${corpus.name} corpus)`, () => {
      const data = tempDir();
      const [from, to] = corpus.path;
      const ingest = talkgraph(['ingest', '--data-dir', data, corpus.dir]);
      assert.equal(ingest.status, 0, ingest.stderr);
      const r = queryJson(
        data,
        `{ containers: speakersOn(topic: "containers", first: 100) { person { name } }
         raft: speakersOn(topic: "raft") { person { name } }
         mesh: speakersOn(topic: "服务网格") { person { name } }
         path(from: "${from}", to: "${to}") { length nodes { name } }
         trend: technologyTrend(names: ["docker"]) { technology { name } points { year talks } } }`,
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      const containers = names(r.data.containers);
      for (const name of corpus.containerSpeakers) assert.ok(containers.includes(name), `${name} in ${containers}`);
      assert.ok(names(r.data.raft).includes(corpus.raftSpeaker), `${corpus.raftSpeaker} in ${names(r.data.raft)}`);
      assert.ok(r.data.mesh.length > 0, 'someone spoke about 服务网格 (Service Mesh)');
      const p = r.data.path;
      assert.ok(p, `a path from ${from} to ${to}`);
      assert.deepEqual([p.nodes[0].name, p.nodes.at(-1).name], [from, to]);
      assert.ok(p.length <= 4);
      const [docker] = r.data.trend;
      assert.equal(docker.technology.name, 'Docker');
      const years = docker.points.map((pt: { year: number }) => pt.year);
      assert.deepEqual(
        years,
        years.map((_: number, i: number) => years[0] + i),
        'one point per year, no gaps',
      );
      assert.ok(
        docker.points.some((pt: { talks: number }) => pt.talks === 0),
        'years without Docker talks show 0',
      );
      assert.ok(docker.points.reduce((n: number, pt: { talks: number }) => n + pt.talks, 0) >= corpus.dockerTalks);
    });
});
