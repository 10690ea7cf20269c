import neo4j from 'neo4j-driver';
import { type DocumentFacts, type GraphNode, NODE_KINDS, type NodeKind, REL_TYPES } from '../../model/graph';
import { writeOne } from '../batch';
import { encodeCursor } from '../cursor';
import { collapseFacts } from '../merge';
import type {
  Adjacent,
  AdjacentKey,
  BatchOutcome,
  BreakdownCounts,
  BreakdownKey,
  Cooccurrence,
  EventRow,
  GraphStore,
  NameRow,
  NodePage,
  PageRequest,
  ReadOptions,
  StoreStats,
  TalkRow,
  TechnologyKeyHit,
  TechnologyRow,
  TechnologyYears,
  TopicSpeaker,
  TopicSpeakersByKey,
  TrendCounts,
  TrendYear,
  WriteSummary,
} from '../port';
import { type BatchOp, runBatch } from './batch-write';
import { adjacentFromRow, nativeNumber, nativeStrings, nodeFromRow, toNative } from './codec';
import { type Neo4jConfig, Neo4jConnection, type Row } from './connection';
import { listParams, listStatementName } from './list-params';
import { cypher, listStatement, schemaStatements } from './statements';

/** Bounds of one batch transaction: big enough to amortize round trips, small enough for a 768 MB heap. */
const BATCH_DOCUMENTS = 200;
const BATCH_RELS = 20_000;

function writeOp(facts: DocumentFacts): BatchOp {
  return {
    documentId: facts.documentId,
    facts: collapseFacts(facts.nodes, facts.rels),
    hash: facts.nodes.find((n) => n.id === facts.documentId)?.props.contentHash ?? null,
  };
}

/** The ReadOptions as statement parameters: ship evidence / source ids unless told not to. */
const shipping = (options: ReadOptions) => ({
  evidence: options.evidence !== false,
  sources: options.sources !== false,
});

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** topic-speakers.cypher's rows (or the same maps in a list) as the port's TopicSpeaker, sorted by person id. */
function topicSpeakersFrom(rows: readonly Row[]): TopicSpeaker[] {
  return rows
    .map((r) => ({
      personId: r.personId as string,
      talks: (toNative(r.talks) as { talkId: string; year: number | null }[])
        .map((t) => ({ talkId: t.talkId, year: t.year ?? null }))
        .sort((a, b) => byCodeUnits(a.talkId, b.talkId)),
      totalTalks: nativeNumber(r.totalTalks) ?? 0,
    }))
    .sort((a, b) => byCodeUnits(a.personId, b.personId));
}

/** One row (or map) of technologies-by-key.cypher as the port's TechnologyKeyHit. */
function keyHitFrom(r: Row): TechnologyKeyHit {
  return {
    key: r.key as string,
    rank: nativeNumber(r.rank) === 0 ? 0 : 1,
    technology: {
      id: r.id as string,
      name: r.name as string,
      aliases: nativeStrings(r.aliases),
      category: (r.category as string | null) ?? null,
      broaderIds: nativeStrings(r.broaderIds).sort(byCodeUnits),
    },
    closureIds: nativeStrings(r.closureIds).sort(byCodeUnits),
  };
}

/** Only the graph's own vocabulary becomes labels and relationship types. */
function checkFacts(facts: DocumentFacts): void {
  const where = `document ${facts.documentId}`;
  if (typeof facts.documentId !== 'string' || !facts.documentId) throw new Error('facts: documentId is missing');
  for (const n of facts.nodes)
    if (!NODE_KINDS.includes(n.kind))
      throw new Error(`${where}: node ${n.id} has unknown kind ${JSON.stringify(n.kind)}`);
  for (const r of facts.rels)
    if (!REL_TYPES.includes(r.type))
      throw new Error(`${where}: relationship ${r.from} -> ${r.to} has unknown type ${JSON.stringify(r.type)}`);
}

/** The GraphStore port on Neo4j; every statement is a file in cypher/. */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly connection: Neo4jConnection;

  constructor(config: Neo4jConfig) {
    this.connection = new Neo4jConnection(config);
  }

  /** Cypher statements sent so far; the GraphQL round-trip test counts these. */
  get roundTrips(): number {
    return this.connection.roundTrips;
  }

  async init(): Promise<void> {
    for (const statement of schemaStatements()) await this.connection.autoCommit('creating the schema', statement);
  }

  async documentHash(documentId: string): Promise<string | null> {
    const rows = await this.connection.readOne('reading a document hash', 'read/document-hash', { documentId });
    return (rows[0]?.contentHash as string | undefined) ?? null;
  }

  async writeDocument(facts: DocumentFacts): Promise<WriteSummary> {
    checkFacts(facts);
    const op = writeOp(facts);
    const [result] = await this.connection.write(`writing document ${facts.documentId}`, (run) => runBatch(run, [op]));
    return { documentId: facts.documentId, ...result };
  }

  /**
   * Many documents in few transactions (see batch-write.ts), cut so one
   * transaction holds at most BATCH_DOCUMENTS documents or about BATCH_RELS
   * relationships (bounded memory on both sides). A document with bad facts
   * is reported and left out; a transaction that fails is retried document
   * by document, so only the documents at fault fail and earlier batches stay.
   */
  async writeDocuments(batch: readonly DocumentFacts[]): Promise<BatchOutcome[]> {
    const outcomes = new Map<number, BatchOutcome>();
    let chunk: { index: number; facts: DocumentFacts }[] = [];
    let rels = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      const current = chunk;
      chunk = [];
      rels = 0;
      try {
        const results = await this.connection.write(`writing ${current.length} documents`, (run) =>
          runBatch(
            run,
            current.map((c) => writeOp(c.facts)),
          ),
        );
        for (const [i, c] of current.entries())
          outcomes.set(c.index, {
            documentId: c.facts.documentId,
            ok: true,
            summary: { documentId: c.facts.documentId, ...results[i] },
          });
      } catch {
        for (const c of current) outcomes.set(c.index, await writeOne(this, c.facts));
      }
    };
    const ids = new Set<string>();
    for (const [index, facts] of batch.entries()) {
      try {
        checkFacts(facts);
      } catch (e) {
        outcomes.set(index, { documentId: String(facts?.documentId), ok: false, error: e as Error });
        continue;
      }
      // the same document twice: the second write must see the first one's record
      if (ids.has(facts.documentId) || chunk.length >= BATCH_DOCUMENTS || rels + facts.rels.length > BATCH_RELS) {
        await flush();
        ids.clear();
      }
      ids.add(facts.documentId);
      chunk.push({ index, facts });
      rels += facts.rels.length;
    }
    await flush();
    return batch.map((_, i) => outcomes.get(i)!);
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.connection.write(`removing document ${documentId}`, (run) =>
      runBatch(run, [{ documentId, facts: null, hash: null }]),
    );
  }

  async nodesById(ids: readonly string[], options: ReadOptions = {}): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.connection.readOne('reading nodes', 'read/nodes-by-id', {
      ids: [...new Set(ids)],
      ...shipping(options),
    });
    const byId = new Map(rows.map((row) => [row.id as string, nodeFromRow(row as Parameters<typeof nodeFromRow>[0])]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listNodes(kind: NodeKind, page: PageRequest, options: ReadOptions = {}): Promise<NodePage> {
    const follow = options.follow ?? [];
    const { params, start, first } = listParams(kind, page, {
      ...shipping(options),
      count: options.count !== false,
      follow: follow.map((f) => ({ type: f.type, out: f.direction === 'out' })),
    });
    const name = listStatementName(kind, page);
    const [row] = await this.connection.readOne(`listing ${kind}`, name, params, listStatement(name, kind));
    // the statements fetch one row past the page, so hasNextPage needs no count
    const rows = row.page as Row[];
    const nodes = rows.slice(0, first).map((r) => nodeFromRow(r as Parameters<typeof nodeFromRow>[0]));
    const result: NodePage = {
      nodes,
      cursors: nodes.map((_, i) => encodeCursor(start + i)),
      hasNextPage: rows.length > first,
      totalCount: nativeNumber(row.totalCount) ?? -1,
    };
    if (follow.length > 0)
      result.followed = (row.followed as Row[][][]).map((perKey, i) =>
        perKey.map((list, k) => {
          const { type, direction } = follow[k];
          const id = nodes[i].id;
          return list
            .map((r) =>
              adjacentFromRow(r, {
                type,
                from: direction === 'out' ? id : r.otherId,
                to: direction === 'out' ? r.otherId : id,
              }),
            )
            .sort((a, b) => byCodeUnits(a.otherId, b.otherId));
        }),
      );
    return result;
  }

  async adjacent(keys: readonly AdjacentKey[], options: ReadOptions = {}): Promise<Adjacent[][]> {
    if (keys.length === 0) return [];
    const keyOf = (k: AdjacentKey) => `${k.direction}|${k.type}|${k.id}`;
    const unique = new Map(
      keys.map((k) => [keyOf(k), { key: keyOf(k), id: k.id, type: k.type, out: k.direction === 'out' }]),
    );
    const rows = await this.connection.readOne('reading relationships', 'read/adjacent', {
      keys: [...unique.values()],
      ...shipping(options),
    });
    const groups = new Map<string, Adjacent[]>();
    for (const row of rows) {
      const list = groups.get(row.key as string) ?? [];
      list.push(adjacentFromRow(row, { type: row.type, from: row.from, to: row.to }));
      groups.set(row.key as string, list);
    }
    for (const list of groups.values()) list.sort((a, b) => byCodeUnits(a.otherId, b.otherId));
    return keys.map((k) => [...(groups.get(keyOf(k)) ?? [])]);
  }

  async talkRows(technologyIds?: readonly string[]): Promise<TalkRow[]> {
    const rows = await this.connection.readOne('reading talk rows', 'read/talk-rows', {
      technologyIds: technologyIds ? [...technologyIds] : null,
    });
    return rows
      .map((r) => ({
        talkId: r.talkId as string,
        year: nativeNumber(r.year),
        eventId: nativeStrings(r.eventIds).sort(byCodeUnits).at(-1) ?? null,
        speakerIds: nativeStrings(r.speakerIds).sort(byCodeUnits),
        technologyIds: nativeStrings(r.technologyIds).sort(byCodeUnits),
        documentIds: nativeStrings(r.documentIds),
      }))
      .sort((a, b) => byCodeUnits(a.talkId, b.talkId));
  }

  async topicSpeakers(technologyIds: readonly string[]): Promise<TopicSpeaker[]> {
    if (technologyIds.length === 0) return [];
    const rows = await this.connection.readOne('reading the speakers of a topic', 'read/topic-speakers', {
      technologyIds: [...new Set(technologyIds)],
    });
    return topicSpeakersFrom(rows);
  }

  async technologiesByKey(keys: readonly string[]): Promise<TechnologyKeyHit[]> {
    if (keys.length === 0) return [];
    const rows = await this.connection.readOne('looking up technologies by name', 'read/technologies-by-key', {
      keys: [...new Set(keys)],
    });
    return rows.map(keyHitFrom);
  }

  async topicSpeakersByKey(steps: readonly (readonly string[])[]): Promise<TopicSpeakersByKey> {
    const keys = [...new Set(steps.flat())];
    if (keys.length === 0) return { hits: [], ids: [], speakers: [] };
    const [row] = await this.connection.readOne('looking up a topic and its speakers', 'read/topic-speakers-by-key', {
      keys,
      steps: steps.map((s) => [...s]),
    });
    return {
      hits: (toNative(row.hits) as Row[]).map(keyHitFrom),
      ids: [...new Set(nativeStrings(row.ids))].sort(byCodeUnits),
      speakers: topicSpeakersFrom(toNative(row.speakers) as Row[]),
    };
  }

  async trendCounts(groups: readonly (readonly string[])[]): Promise<TrendCounts> {
    const [row] = await this.connection.readOne('counting talks per year', 'read/trend-counts', {
      groups: groups.map((g) => [...new Set(g)]),
    });
    const yearTalks = (toNative(row.yearTalks) as { year: number; talks: number }[]).sort((a, b) => a.year - b.year);
    const series: TrendYear[][] = groups.map(() => []);
    for (const y of toNative(row.series) as (TrendYear & { group: number })[])
      series[y.group].push({
        year: y.year,
        talks: y.talks,
        events: y.events,
        people: y.people,
        talkIds: [...y.talkIds].sort(byCodeUnits),
      });
    for (const list of series) list.sort((a, b) => a.year - b.year);
    return { yearTalks, series };
  }

  async technologyYears(from: number, to: number, talkCap: number): Promise<TechnologyYears[]> {
    const rows = await this.connection.readOne('counting technologies per year', 'read/technology-years', {
      from: neo4j.int(from),
      to: neo4j.int(to),
      talkCap: neo4j.int(talkCap),
    });
    return rows
      .map((r) => ({
        technologyId: r.technologyId as string,
        name: r.name as string,
        firstYear: nativeNumber(r.firstYear) ?? from,
        years: (toNative(r.years) as { year: number; talks: number }[]).sort((a, b) => a.year - b.year),
        talkIds: nativeStrings(r.talkIds),
      }))
      .sort((a, b) => byCodeUnits(a.technologyId, b.technologyId));
  }

  async cooccurrence(technologyIds: readonly string[], talkCap: number): Promise<Cooccurrence> {
    const [row] = await this.connection.readOne('counting shared talks', 'read/cooccurrence', {
      technologyIds: [...new Set(technologyIds)],
      talkCap: neo4j.int(talkCap),
    });
    return {
      talks: nativeNumber(row.talks) ?? 0,
      topicTalks: nativeNumber(row.topicTalks) ?? 0,
      related: (toNative(row.related) as Cooccurrence['related']).sort((a, b) =>
        byCodeUnits(a.technologyId, b.technologyId),
      ),
    };
  }

  async breakdownCounts(technologyIds: readonly string[], by: BreakdownKey, talkCap: number): Promise<BreakdownCounts> {
    const [row] = await this.connection.readOne('grouping the talks of a topic', 'read/breakdown-counts', {
      technologyIds: [...new Set(technologyIds)],
      by,
      talkCap: neo4j.int(talkCap),
    });
    return { totalTalks: nativeNumber(row.totalTalks) ?? 0, groups: toNative(row.groups) as BreakdownCounts['groups'] };
  }

  async technologyRows(): Promise<TechnologyRow[]> {
    const rows = await this.connection.readOne('reading technologies', 'read/technology-rows', {});
    return rows
      .map((r) => ({
        id: r.id as string,
        name: r.name as string,
        aliases: nativeStrings(r.aliases),
        category: (r.category as string | null) ?? null,
        broaderIds: nativeStrings(r.broaderIds).sort(byCodeUnits),
      }))
      .sort((a, b) => byCodeUnits(a.id, b.id));
  }

  async nameRows(kinds?: readonly NodeKind[]): Promise<NameRow[]> {
    const wanted = kinds ? [...kinds] : NODE_KINDS.filter((k) => k !== 'Document');
    const rows = await this.connection.readOne('reading names', 'read/name-rows', { kinds: wanted });
    return rows
      .map((r) => ({
        id: r.id as string,
        kind: r.kind as NodeKind,
        name: r.name as string,
        aliases: nativeStrings(r.aliases),
      }))
      .sort((a, b) => byCodeUnits(a.id, b.id));
  }

  async eventRows(): Promise<EventRow[]> {
    const rows = await this.connection.readOne('reading events', 'read/event-rows', {});
    return rows
      .map((r) => ({ id: r.id as string, name: r.name as string, city: (r.city as string | null) ?? null }))
      .sort((a, b) => byCodeUnits(a.id, b.id));
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.connection.readOne('counting', 'read/stats', {});
    const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
    for (const [kind, count] of row.kinds as [NodeKind, unknown][]) nodes[kind] = nativeNumber(count) ?? 0;
    return { nodes, rels: nativeNumber(row.rels) ?? 0, documents: nodes.Document };
  }

  health(): Promise<{ ok: boolean; detail: string }> {
    return this.connection.health();
  }

  /** Deletes everything in the database (tests, on a throwaway instance). */
  async wipe(): Promise<void> {
    await this.connection.autoCommit('wiping the database', cypher('admin/wipe'));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
