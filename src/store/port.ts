import type { DocumentFacts, GraphNode, GraphRel, NodeKind, RelType } from '../model/graph';

// The one port every store implements. The loaders write through it, the
// GraphQL layer reads through it, and the contract suite (test/store/) holds
// both adapters to the same answers. Read methods take ids in batches so a
// per-request batcher can serve a whole level of a query with one call.

export interface WriteSummary {
  documentId: string;
  /** false when the document's content hash was already stored: nothing changed */
  changed: boolean;
  nodes: number;
  rels: number;
}

/**
 * Filters the list fields offer; all optional, combined with AND; a filter that
 * does not apply to a kind is ignored. "About a technology" always means the
 * technology or any narrower one (BROADER_THAN points broader -> narrower, any depth).
 *  - Talk: technologyId (ABOUT), speakerId (GAVE), organizationId (a speaker is
 *    AFFILIATED_WITH it), eventId (AT), year range on the talk's `year`.
 *  - Person: technologyId / eventId / year range (gave such a talk), organizationId (affiliated).
 *  - Event: technologyId / speakerId (has such a talk), organizationId (ORGANIZED_BY),
 *    year range on the year of startDate.
 *  - Technology: speakerId / eventId / organizationId / year range (a talk about it matches
 *    the rest of the filter; organizationId via the talk's speakers).
 *  - Organization: eventId (organized it), technologyId (an affiliated person spoke about it).
 *  - nameContains: every kind; case-insensitive (toLowerCase) substring of name or an alias.
 *  - cities (Talk: at an event whose `city` is one of these exact values; Event:
 *    its city is one of them) and allTechnologyIds (Talk: about EACH of these,
 *    or a narrower one): talks and events only; other kinds ignore them.
 * A year filter excludes nodes without a year. Nodes whose merged props say
 * `implied: true` are left out unless `includeImplied` is set.
 */
export interface NodeFilter {
  /** talks about this technology (or any narrower one); people who spoke about it */
  technologyId?: string;
  /** talks given by this person */
  speakerId?: string;
  /** talks by people affiliated with this organization; people affiliated with it */
  organizationId?: string;
  /** talks at this event */
  eventId?: string;
  /** talks / events whose year lies in [yearFrom, yearTo] */
  yearFrom?: number;
  yearTo?: number;
  /** case-insensitive substring of name or an alias */
  nameContains?: string;
  /** talks at an event in one of these cities (exact stored values); events in one of them */
  cities?: string[];
  /** talks about every one of these technologies (each or a narrower one) */
  allTechnologyIds?: string[];
  /** also list nodes no document names (implied broader terms); default false */
  includeImplied?: boolean;
}

/**
 * NAME: by name. DATE: Event startDate, Talk year (others fall back to NAME), nulls last.
 * TALKS: number of talks (Person: given; Technology: about it, directly; Event: at it;
 * Organization: given by affiliated people, distinct; Talk: 0). MENTIONS: number of source
 * documents. Ties break by name, then id, ascending (a descending NAME sort reverses
 * both); strings compare by UTF-16
 * code units (JS `<`, Java compareTo), never by locale.
 */
export type SortField = 'NAME' | 'DATE' | 'TALKS' | 'MENTIONS';
export interface NodeSort {
  field: SortField;
  descending?: boolean;
}

export interface PageRequest {
  first: number;
  /** opaque cursor returned by an earlier page */
  after?: string | null;
  filter?: NodeFilter;
  sort?: NodeSort;
}

/**
 * What a read ships. `evidence: false` lets a store leave the `evidence` of
 * the nodes and relationships it returns empty, because the caller shows none
 * (a GraphQL request that selects no `evidence` field); evidence is most of a
 * node's bytes. `sources: false` likewise leaves `sources` (the ids of every
 * document naming a node or relationship) empty, for a caller that lists no
 * source documents: on a technology or event named by hundreds of documents
 * it outweighs the rest of the node. `count: false` lets `listNodes` skip
 * counting the whole list (its `totalCount` is then -1; `hasNextPage` stays
 * exact), for a caller that shows no total: the count reads every node of the
 * kind, the page only its own. Omitted = everything; a store may always ship
 * more.
 */
export interface ReadOptions {
  evidence?: boolean;
  sources?: boolean;
  count?: boolean;
  /**
   * `listNodes` only: relationships to read with the page, for a caller that
   * will ask `adjacent` for exactly these keys of every node on it (a GraphQL
   * list whose nodes select `speakers`, `event` …). A store that honours it
   * answers them in `NodePage.followed`, in the same statement as the page;
   * one that does not leaves `followed` out and the caller asks `adjacent`.
   */
  follow?: readonly FollowKey[];
}

/** A relationship type and direction to read with each node of a list page (ReadOptions.follow). */
export interface FollowKey {
  type: RelType;
  direction: Direction;
}

export interface NodePage {
  nodes: GraphNode[];
  /** cursor of each node, same order */
  cursors: string[];
  hasNextPage: boolean;
  /** every node the filter matches; -1 when read with `count: false` by a store that skipped counting */
  totalCount: number;
  /**
   * With `ReadOptions.follow`, by a store that honours it: for each node (same
   * order as `nodes`), for each follow key (same order), exactly what
   * `adjacent({ id, type, direction })` answers with the same options.
   */
  followed?: Adjacent[][][];
}

export type Direction = 'out' | 'in';

/** Which relationships of which node to fetch: one key of an `adjacent` batch. */
export interface AdjacentKey {
  id: string;
  type: RelType;
  direction: Direction;
}

/** One relationship seen from one end: the relationship and the node at its other end. */
export interface Adjacent {
  rel: GraphRel;
  otherId: string;
  other: GraphNode;
}

/** One talk with everything the trend and co-occurrence analyses count. */
export interface TalkRow {
  talkId: string;
  year: number | null;
  eventId: string | null;
  speakerIds: string[];
  technologyIds: string[];
  documentIds: string[];
}

/** One speaker of a topic: the talks they gave on it and how many they gave in all. */
export interface TopicSpeaker {
  personId: string;
  /** their talks about any of the topic's technologies, each once, sorted by id */
  talks: { talkId: string; year: number | null }[];
  /** every talk they gave (GAVE relationships out of the person), the topic's or not */
  totalTalks: number;
}

/** A technology with its place in the catalog's hierarchy. */
export interface TechnologyRow {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
  /** ids of the technologies this one is narrower than */
  broaderIds: string[];
}

export interface NameRow {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
}

/** An event with what the analyses group by. */
export interface EventRow {
  id: string;
  name: string;
  city: string | null;
}

/**
 * A technology that one of the asked keys names: what a topic resolves to,
 * found through an index instead of by reading every technology.
 */
export interface TechnologyKeyHit {
  /** the key asked for: a technology id, or the key (normalizeName) of a name or alias */
  key: string;
  /** 0: the key is the technology's id or its name's key; 1: only an alias's key */
  rank: 0 | 1;
  technology: TechnologyRow;
  /** the technology and every technology narrower than it (BROADER_THAN, any depth), sorted */
  closureIds: string[];
}

/** What topicSpeakersByKey answers: the hits of the steps' keys, the first matching step's closure and its speakers. */
export interface TopicSpeakersByKey {
  hits: TechnologyKeyHit[];
  /** the closure the speakers are of, sorted, each once; [] when no key named a technology */
  ids: string[];
  speakers: TopicSpeaker[];
}

/** Distinct talks of one year. */
export interface YearTalks {
  year: number;
  talks: number;
}

/** One year of one technologyTrend series: its distinct talks, their events and speakers. */
export interface TrendYear {
  year: number;
  talks: number;
  /** distinct events of those talks (a talk's event as in TalkRow.eventId) */
  events: number;
  /** distinct speakers of those talks */
  people: number;
  /** the talks, sorted by id */
  talkIds: string[];
}

/** What technologyTrend counts, for some groups of technology ids (a technology with its narrower ones). */
export interface TrendCounts {
  /** distinct talks per year in the whole graph, by year; talks without a year left out */
  yearTalks: YearTalks[];
  /** one list per group, in the order asked: the years its talks have, by year */
  series: TrendYear[][];
}

/** A technology's talks (tagged with it directly) per year: what trendingTechnologies compares. */
export interface TechnologyYears {
  technologyId: string;
  /** its name (the ranking's tie-break) */
  name: string;
  /** the first year any talk about it has, in the whole graph */
  firstYear: number;
  /** its talks per year inside the asked range, by year (years with talks only) */
  years: YearTalks[];
  /** its first talks inside the range (at most the cap asked), by year then id */
  talkIds: string[];
}

/** How a topic's talks share technologies with other talks: what relatedTechnologies scores. */
export interface Cooccurrence {
  /** talks about at least one technology */
  talks: number;
  /** of those, talks about any of the topic's technologies */
  topicTalks: number;
  /** every technology outside the topic that a topic talk is about, by id */
  related: {
    technologyId: string;
    /** its name (the ranking's tie-break) */
    name: string;
    /** all talks about it (directly) */
    talks: number;
    /** topic talks about it */
    sharedTalks: number;
    /** the first shared talks (at most the cap asked), by year (unknown last) then id */
    talkIds: string[];
  }[];
}

/** CITY: the talk's event's city; ORGANIZATION: every organization a speaker is affiliated with; EVENT: its event. */
export type BreakdownKey = 'CITY' | 'ORGANIZATION' | 'EVENT';

/** A topic's talks grouped by one key: what technologyBreakdown shows. */
export interface BreakdownCounts {
  /** distinct talks about the topic */
  totalTalks: number;
  /** one group per key (a city's name, an organization's or event's id), null for talks without one; any order */
  groups: {
    key: string | null;
    talks: number;
    /** the first talks of the group (at most the cap asked), by year (unknown last) then id */
    talkIds: string[];
  }[];
}

export interface StoreStats {
  nodes: Record<NodeKind, number>;
  rels: number;
  documents: number;
}

/** One document of a batch write: its summary, or why it was not written (the rest of the batch still is). */
export type BatchOutcome =
  | { documentId: string; ok: true; summary: WriteSummary }
  | { documentId: string; ok: false; error: Error };

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';

  /** Creates schema (constraints, indexes) or loads the persisted graph. Idempotent. */
  init(): Promise<void>;

  /** Content hash of a stored document, or null if it is not stored. */
  documentHash(documentId: string): Promise<string | null>;

  /**
   * Replaces everything `facts.documentId` said before with `facts`, atomically:
   * a failure leaves the previous state. Nodes and relationships no document
   * supports any more are removed.
   */
  writeDocument(facts: DocumentFacts): Promise<WriteSummary>;

  /**
   * Optional bulk form of writeDocument: the same end state as writing the
   * documents one by one in order, in fewer transactions. Callers use
   * `writeDocuments()` from src/store/batch.ts, which falls back to
   * writeDocument for a store without it.
   */
  writeDocuments?(batch: readonly DocumentFacts[]): Promise<BatchOutcome[]>;

  /** Removes one document's facts. */
  removeDocument(documentId: string): Promise<void>;

  /** Nodes by id, in key order, null where absent. */
  nodesById(ids: readonly string[], options?: ReadOptions): Promise<(GraphNode | null)[]>;

  /** One page of nodes of one kind, filtered and sorted (default: by name, then id). */
  listNodes(kind: NodeKind, page: PageRequest, options?: ReadOptions): Promise<NodePage>;

  /**
   * For each key (in key order), the node's relationships of that type in that
   * direction, each with the node at the other end, sorted by that node's id.
   * One call (one Cypher round trip) serves a whole level of a GraphQL query,
   * whatever mix of relationship types it asks for.
   */
  adjacent(keys: readonly AdjacentKey[], options?: ReadOptions): Promise<Adjacent[][]>;

  /** Talk rows for analyses; restricted to talks about any of `technologyIds` when given. */
  talkRows(technologyIds?: readonly string[]): Promise<TalkRow[]>;

  /**
   * Everyone who gave a talk about any of `technologyIds` (the caller passes a
   * topic with its narrower technologies), sorted by person id: what
   * `speakersOn` ranks, without shipping the topic's talk rows.
   */
  topicSpeakers(technologyIds: readonly string[]): Promise<TopicSpeaker[]>;

  /**
   * The technologies the keys name (a key is a technology id or the key of a
   * name or alias, see normalizeName), one hit per key and technology, with
   * each one's narrower closure: resolving a topic without reading every
   * technology. Keys no technology has give no hit.
   */
  technologiesByKey(keys: readonly string[]): Promise<TechnologyKeyHit[]>;

  /**
   * Optional: technologiesByKey and topicSpeakers in one call (one Cypher
   * statement on Neo4j). `steps` are topicKeySteps' key lists in order: the
   * hits are technologiesByKey's for all their keys, `ids` the sorted union of
   * the closures of the hits of the first step with any, and `speakers`
   * topicSpeakers(ids). A store without it gets the two calls.
   */
  topicSpeakersByKey?(steps: readonly (readonly string[])[]): Promise<TopicSpeakersByKey>;

  /** technologyTrend's counts for each group of technology ids (each a topic with its narrower ones). */
  trendCounts(groups: readonly (readonly string[])[]): Promise<TrendCounts>;

  /**
   * Every technology with a talk (tagged directly) in [from, to]: its talks per
   * year there, its first year in the whole graph and its first `talkCap` talks
   * there, sorted by technology id.
   */
  technologyYears(from: number, to: number, talkCap: number): Promise<TechnologyYears[]>;

  /** Co-occurrence counts of the topic `technologyIds` (narrower ones included) with every other technology. */
  cooccurrence(technologyIds: readonly string[], talkCap: number): Promise<Cooccurrence>;

  /** The talks about any of `technologyIds`, grouped by city, organization or event. */
  breakdownCounts(technologyIds: readonly string[], by: BreakdownKey, talkCap: number): Promise<BreakdownCounts>;

  /** Every technology with its broader links. */
  technologyRows(): Promise<TechnologyRow[]>;

  /** Names and aliases of every node of the given kinds (all but Document when omitted). */
  nameRows(kinds?: readonly NodeKind[]): Promise<NameRow[]>;

  /** Every event with its city, sorted by id. */
  eventRows(): Promise<EventRow[]>;

  stats(): Promise<StoreStats>;

  /** Is the store reachable and ready? Never throws. */
  health(): Promise<{ ok: boolean; detail: string }>;

  close(): Promise<void>;
}
