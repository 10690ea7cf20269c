import { buildSchema, type GraphQLSchema } from 'graphql';
import type { GraphNode } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/port';

// The graphql-js floor: talkgraph's schema shape for the two benchmark queries,
// answered from plain objects in memory (read from a store once, before the
// run). Whatever a server costs beyond this is its own work: store reads,
// batching, limits, analysis.

const FLOOR_SDL = `
type Query {
  talks(first: Int, after: String): TalkConnection!
  speakersOn(topic: String!, first: Int): [TopicSpeaker!]!
}
type TalkConnection { nodes: [Talk!]! totalCount: Int! }
type Talk { title: String! speakers: [Person!]! event: Event technologies: [Technology!]! }
type Person { name: String! }
type Event { name: String! }
type Technology { name: String! }
type TopicSpeaker { person: Person! talks: [Talk!]! }
`;

interface FloorTalk {
  title: string;
  speakers: { name: string }[];
  event: { name: string } | null;
  technologies: { name: string }[];
}

export interface FloorData {
  /** every talk, in the list's default order (name, then id) */
  talks: FloorTalk[];
  /** the speakersOn answer for each benchmarked topic, as talkgraph gave it */
  speakersOn: Map<string, unknown[]>;
}

/** Every talk with its speakers, event and technologies, read through the port in a few batched calls. */
export async function floorTalks(store: GraphStore): Promise<FloorTalk[]> {
  const page = await store.listNodes('Talk', { first: 2 ** 30 });
  const named = (n: GraphNode) => ({ name: n.name });
  const keys = page.nodes.flatMap((t) => [
    { id: t.id, type: 'GAVE' as const, direction: 'in' as const },
    { id: t.id, type: 'AT' as const, direction: 'out' as const },
    { id: t.id, type: 'ABOUT' as const, direction: 'out' as const },
  ]);
  const lists = await store.adjacent(keys);
  return page.nodes.map((t, i) => ({
    title: t.name,
    speakers: lists[3 * i].map((a) => named(a.other)),
    event: lists[3 * i + 1][0] ? named(lists[3 * i + 1][0].other) : null,
    technologies: lists[3 * i + 2].map((a) => named(a.other)),
  }));
}

export function floorSchema(data: FloorData): { schema: GraphQLSchema; rootValue: Record<string, unknown> } {
  return {
    schema: buildSchema(FLOOR_SDL),
    rootValue: {
      talks: ({ first }: { first?: number }) => ({
        nodes: data.talks.slice(0, first ?? 50),
        totalCount: data.talks.length,
      }),
      speakersOn: ({ topic }: { topic: string }) => data.speakersOn.get(topic) ?? [],
    },
  };
}
