import type { TopicSpeaker } from '../port';
import type { MemoryGraph } from './memory-graph';

// speakersOn without walking every talk per request: technology -> talks
// about it and talk -> speakers, built on the first question after a write
// (the graph's version moved) and reused until the next one. A request then
// touches only the topic's talks and their speakers.

interface Built {
  graph: MemoryGraph;
  version: number;
  talksAbout: Map<string, string[]>;
  speakersOf: Map<string, string[]>;
}

function build(mg: MemoryGraph): Built {
  const g = mg.graph;
  const talksAbout = new Map<string, string[]>();
  const speakersOf = new Map<string, string[]>();
  for (const talk of mg.idsOfKind('Talk')) {
    g.forEachOutEdge(talk, (e, _attrs, _from, to) => {
      if (mg.relType(e) !== 'ABOUT') return;
      const list = talksAbout.get(to);
      if (list) list.push(talk);
      else talksAbout.set(to, [talk]);
    });
    const speakers: string[] = [];
    g.forEachInEdge(talk, (e, _attrs, from) => {
      if (mg.relType(e) === 'GAVE') speakers.push(from);
    });
    if (speakers.length > 0) speakersOf.set(talk, speakers);
  }
  return { graph: mg, version: mg.version, talksAbout, speakersOf };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class TopicIndex {
  private built: Built | null = null;
  /** how many times the maps were built: a test's work counter */
  builds = 0;

  private current(mg: MemoryGraph): Built {
    if (this.built?.graph !== mg || this.built.version !== mg.version) {
      this.built = build(mg);
      this.builds++;
    }
    return this.built;
  }

  topicSpeakers(mg: MemoryGraph, technologyIds: readonly string[]): TopicSpeaker[] {
    const { talksAbout, speakersOf } = this.current(mg);
    const talks = new Set<string>();
    for (const tech of technologyIds) for (const talk of talksAbout.get(tech) ?? []) talks.add(talk);
    const byPerson = new Map<string, string[]>();
    for (const talk of talks)
      for (const person of speakersOf.get(talk) ?? []) {
        const list = byPerson.get(person);
        if (list) list.push(talk);
        else byPerson.set(person, [talk]);
      }
    const out: TopicSpeaker[] = [];
    for (const [personId, ids] of byPerson) {
      let totalTalks = 0;
      mg.graph.forEachOutEdge(personId, (e) => {
        if (mg.relType(e) === 'GAVE') totalTalks++;
      });
      out.push({
        personId,
        talks: ids.sort(byCodeUnits).map((talkId) => ({ talkId, year: mg.node(talkId)?.props.year ?? null })),
        totalTalks,
      });
    }
    return out.sort((a, b) => byCodeUnits(a.personId, b.personId));
  }
}
