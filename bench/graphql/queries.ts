// The two queries of the side-by-side, as each target's schema spells them.
// talkgraph and the graphql-js floor share one schema shape; @neo4j/graphql
// spells a page as `limit` + `sort` and a one-to-one relationship as a list.

export const TOPIC = '容器';

export interface BenchQuery {
  name: string;
  /** talkgraph's schema (ours on either store, and the floor) */
  ours: string;
  neo4jGraphql: string;
}

export const LIST_PAGE: BenchQuery = {
  name: 'talks list page',
  ours: `{ talks(first: 20) { nodes { title speakers { name } event { name } technologies { name } } } }`,
  neo4jGraphql: `{ talks(limit: 20, sort: [{ sortName: ASC }, { sortId: ASC }]) {
    title speakers { name } event { name } technologies { name } } }`,
};

export const SPEAKERS_ON: BenchQuery = {
  name: `speakersOn("${TOPIC}")`,
  ours: `{ speakersOn(topic: "${TOPIC}") { person { name } talks { title } } }`,
  neo4jGraphql: `{ speakersOn(topic: "${TOPIC}") { name talksOn(topic: "${TOPIC}") { title } } }`,
};

export const QUERIES = [LIST_PAGE, SPEAKERS_ON];

interface NamedList {
  name?: string;
  title?: string;
}

/**
 * What a user would compare between two answers: the page's titles in order
 * with each talk's speaker, event and technology names as sets, or the ranked
 * speakers with their talk titles. Equal keys = the same answer.
 */
export function answerKey(query: BenchQuery, data: unknown): string {
  const names = (list: NamedList[] | null | undefined) => (list ?? []).map((x) => x.name ?? x.title ?? '').sort();
  if (query === LIST_PAGE) {
    const d = data as { talks: { nodes?: unknown[] } | unknown[] };
    const talks = (Array.isArray(d.talks) ? d.talks : (d.talks.nodes ?? [])) as {
      title: string;
      speakers: NamedList[];
      event: NamedList | NamedList[] | null;
      technologies: NamedList[];
    }[];
    return JSON.stringify(
      talks.map((t) => [
        t.title,
        names(t.speakers),
        names(Array.isArray(t.event) ? t.event : t.event ? [t.event] : []),
        names(t.technologies),
      ]),
    );
  }
  const d = data as {
    speakersOn: { person?: NamedList; name?: string; talks?: NamedList[]; talksOn?: NamedList[] }[];
  };
  return JSON.stringify(
    d.speakersOn.map((s) => [s.person?.name ?? s.name, (s.talks ?? s.talksOn ?? []).map((t) => t.title)]),
  );
}
