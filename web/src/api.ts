// The only module that talks to the server: one POST per query to /graphql.
// Queries are written out here so the rest of the UI deals in plain objects.
import type { EntityDetails, GraphPath, Kind, SearchHit, Subgraph, TechnologyMovement, TrendSeries } from './types';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
  }
}

const ENDPOINT = 'graphql';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} ${res.statusText} without JSON`);
  }
  if (body.errors?.length) {
    const codes = body.errors.map((e) => e.extensions?.code ?? '');
    throw new ApiError(body.errors.map((e) => e.message).join('; '), codes);
  }
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data`);
  return body.data;
}

const TALK = 'id title year event { id name } speakers { id name }';
const EVIDENCE = 'evidence { snippet start end document { id title path sourceUrl publishedAt } }';
const NODE = 'id kind name aliases';
const EDGE = `id type from to role ${EVIDENCE}`;

export async function search(text: string, first = 30): Promise<SearchHit[]> {
  const q = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score kind id name matched node { ${NODE} } } }`;
  return (await gql<{ search: SearchHit[] }>(q, { text, first })).search;
}

export async function neighborhood(id: string, first: number, depth = 1): Promise<Subgraph> {
  const q = `query Hood($id: ID!, $depth: Int, $first: Int) {
    neighborhood(id: $id, depth: $depth, first: $first) { truncated nodes { ${NODE} } edges { ${EDGE} } } }`;
  return (await gql<{ neighborhood: Subgraph }>(q, { id, depth, first })).neighborhood;
}

/** Several neighbourhoods in one round trip (GraphQL aliases), e.g. the speakers of new talks. */
export async function neighborhoods(ids: string[], first: number): Promise<Subgraph[]> {
  if (ids.length === 0) return [];
  const vars = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const fields = ids
    .map(
      (_, i) =>
        `n${i}: neighborhood(id: $id${i}, depth: 1, first: ${first}) { truncated nodes { ${NODE} } edges { ${EDGE} } }`,
    )
    .join('\n');
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const data = await gql<Record<string, Subgraph>>(`query Hoods(${vars}) { ${fields} }`, variables);
  return ids.map((_, i) => data[`n${i}`]);
}

export async function path(from: string, to: string, maxHops = 6 /* the server's cap */): Promise<GraphPath | null> {
  const q = `query Path($from: String!, $to: String!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) { length nodes { ${NODE} } edges { ${EDGE} } } }`;
  return (await gql<{ path: GraphPath | null }>(q, { from, to, maxHops })).path;
}

/** Yearly series with counts and shares (normalize: SHARE keeps the counts and adds share and yearTalks). */
export async function technologyTrend(names: string[], from: number | null, to: number | null): Promise<TrendSeries[]> {
  const q = `query Trend($names: [String!]!, $from: Int, $to: Int) {
    technologyTrend(names: $names, from: $from, to: $to, normalize: SHARE) {
      query technology { id name } points { year talks events people yearTalks share talkList { ${TALK} } } } }`;
  return (await gql<{ technologyTrend: TrendSeries[] }>(q, { names, from, to })).technologyTrend;
}

export async function trendingTechnologies(
  from: number,
  to: number,
  first = 40,
  direction: string | null = null,
): Promise<TechnologyMovement[]> {
  const q = `query Trending($from: Int!, $to: Int!, $first: Int, $direction: String) {
    trendingTechnologies(from: $from, to: $to, first: $first, direction: $direction) {
      technology { id name } firstSeenYear earlierTalks laterTalks change growth direction } }`;
  return (await gql<{ trendingTechnologies: TechnologyMovement[] }>(q, { from, to, first, direction }))
    .trendingTechnologies;
}

/** The talks filter that counts a node's talks, per kind (see talk-sizes.ts). */
const TALKS_FILTER: Partial<Record<Kind, string>> = {
  Person: 'speaker',
  Organization: 'organization',
  Technology: 'technology',
  Event: 'event',
};
/** Aliases per request, well under the server's alias limit (100). */
const COUNTS_PER_REQUEST = 60;

/**
 * How many talks each node has, by id; nodes of other kinds are left out. A
 * batch the server refuses (a node gone since it was drawn) leaves its nodes
 * out rather than failing the rest.
 */
export async function talkCounts(refs: { id: string; kind: Kind }[]): Promise<Map<string, number>> {
  const counted = refs.filter((r) => TALKS_FILTER[r.kind]);
  const out = new Map<string, number>();
  for (let at = 0; at < counted.length; at += COUNTS_PER_REQUEST) {
    const batch = counted.slice(at, at + COUNTS_PER_REQUEST);
    const vars = batch.map((_, i) => `$id${i}: String!`).join(', ');
    const fields = batch
      .map((r, i) => `c${i}: talks(first: 0, filter: { ${TALKS_FILTER[r.kind]}: $id${i} }) { totalCount }`)
      .join('\n');
    const variables = Object.fromEntries(batch.map((r, i) => [`id${i}`, r.id]));
    const data = await gql<Record<string, { totalCount: number }>>(
      `query TalkCounts(${vars}) { ${fields} }`,
      variables,
    ).catch(() => ({}) as Record<string, { totalCount: number }>);
    batch.forEach((r, i) => {
      const c = data[`c${i}`];
      if (c) out.set(r.id, c.totalCount);
    });
  }
  return out;
}

const REF = 'id name';

/** Per kind: the single-entity field and the facts the side panel shows. */
const DETAIL_FIELDS: Record<Kind, [string, string] | null> = {
  Person: ['person', `id name aliases affiliations { role organization { ${REF} } } talks { ${TALK} }`],
  Organization: ['organization', `id name aliases type people { ${REF} } organizedEvents { ${REF} }`],
  Technology: ['technology', `id name aliases category broader { ${REF} } narrower { ${REF} } talks { ${TALK} }`],
  Event: ['event', `id name aliases series startDate endDate city venue organizers { ${REF} } talks { ${TALK} }`],
  Talk: ['talk', `id title aliases year event { ${REF} } speakers { ${REF} } technologies { ${REF} } ${EVIDENCE}`],
  Document: null, // no single-document field in the API; the panel shows its relationships
};

export async function details(kind: Kind, id: string): Promise<EntityDetails | null> {
  const fields = DETAIL_FIELDS[kind];
  if (!fields) return null;
  const [field, selection] = fields;
  const q = `query Details($id: ID!) { entity: ${field}(ref: $id) { ${selection} } }`;
  return (await gql<{ entity: EntityDetails | null }>(q, { id })).entity;
}

/** Years of talks and events, for the year filter (lists are paged; follow the cursor). */
export async function datedIds(): Promise<Map<string, number>> {
  const years = new Map<string, number>();
  const pages: [
    string,
    string,
    (n: { id: string; year?: number | null; startDate?: string | null }) => number | null,
  ][] = [
    ['talks', 'id year', (n) => n.year ?? null],
    ['events', 'id startDate', (n) => (n.startDate ? Number(n.startDate.slice(0, 4)) : null)],
  ];
  for (const [field, selection, yearOf] of pages) {
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const q = `query Dated($after: String) { list: ${field}(first: 1000, after: $after) {
        nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
      type Page = {
        list: {
          nodes: { id: string; year?: number | null; startDate?: string | null }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const page: Page = await gql<Page>(q, { after });
      for (const n of page.list.nodes) {
        const y = yearOf(n);
        if (y !== null && Number.isFinite(y)) years.set(n.id, y);
      }
      if (!page.list.pageInfo.hasNextPage || !page.list.pageInfo.endCursor) break;
      after = page.list.pageInfo.endCursor;
    }
  }
  return years;
}
