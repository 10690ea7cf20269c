import {
  type DocumentFacts,
  type GraphNode,
  NODE_KINDS,
  type NodeFact,
  type NodeKind,
  REL_TYPES,
  type RelFact,
  type RelType,
} from '../../model/graph';
import { relId } from '../../model/ids';
import { encodeCursor } from '../cursor';
import { type Claims, collapseFacts } from '../merge';
import type {
  Adjacent,
  AdjacentKey,
  GraphStore,
  NameRow,
  NodePage,
  PageRequest,
  StoreStats,
  TalkRow,
  TechnologyRow,
  WriteSummary,
} from '../port';
import { nativeNumber, nativeStrings, nodeFromRow, nodeProperties, relFromRow, relProperties } from './codec';
import { type Neo4jConfig, Neo4jConnection, type Row, type Run } from './connection';
import { listParams } from './list-params';
import { cypher, listStatement, schemaStatements } from './statements';
import {
  claimsToRead,
  type PriorRecord,
  planWrite,
  type RelKey,
  type StoredClaims,
  type WritePlan,
} from './write-plan';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    const rows = await this.connection.read('reading a document hash', (run) =>
      run('read/document-hash', { documentId }),
    );
    return (rows[0]?.contentHash as string | undefined) ?? null;
  }

  async writeDocument(facts: DocumentFacts): Promise<WriteSummary> {
    checkFacts(facts);
    const documentId = facts.documentId;
    const hash = facts.nodes.find((n) => n.id === documentId)?.props.contentHash ?? null;
    const collapsed = collapseFacts(facts.nodes, facts.rels);
    return this.connection.write(`writing document ${documentId}`, async (run) => {
      const prior = await this.lockAndRecord(run, documentId);
      if (hash && prior?.contentHash === hash) return { documentId, changed: false, nodes: 0, rels: 0 };
      const stored = await this.readClaims(run, claimsToRead(collapsed, prior));
      const plan = planWrite(documentId, collapsed, prior, stored);
      await this.apply(run, documentId, plan);
      return { documentId, changed: true, ...plan.counts };
    });
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.connection.write(`removing document ${documentId}`, async (run) => {
      const prior = await this.lockAndRecord(run, documentId);
      if (!prior) return;
      const stored = await this.readClaims(run, claimsToRead(null, prior));
      await this.apply(run, documentId, planWrite(documentId, null, prior, stored));
    });
  }

  /** One statement: the writers' lock and what the document wrote last time. */
  private async lockAndRecord(run: Run, documentId: string): Promise<PriorRecord | null> {
    const [row] = await run('write/lock-and-record', { documentId });
    if (!row.recorded) return null;
    const types = nativeStrings(row.relTypes);
    const froms = nativeStrings(row.relFroms);
    const tos = nativeStrings(row.relTos);
    return {
      contentHash: (row.contentHash as string | null) ?? null,
      nodeIds: nativeStrings(row.nodeIds),
      rels: types.map((type, i) => ({ type: type as RelType, from: froms[i], to: tos[i] })),
    };
  }

  /** One statement: the stored claims on the nodes and relationships a write touches. */
  private async readClaims(run: Run, touched: { nodeIds: string[]; rels: RelKey[] }): Promise<StoredClaims> {
    const [row] = await run('write/read-claims', touched);
    const nodes = new Map<string, Claims<NodeFact>>();
    for (const [id, json] of row.nodes as [string, string][]) nodes.set(id, JSON.parse(json));
    const rels: StoredClaims['rels'] = new Map();
    for (const [type, from, to, json] of row.rels as [RelType, string, string, string][])
      rels.set(relId(type, from, to), { key: { type, from, to }, claims: JSON.parse(json) as Claims<RelFact> });
    return { nodes, rels };
  }

  /** One statement: the whole planned change (see cypher/write/apply.cypher). */
  private async apply(run: Run, documentId: string, plan: WritePlan): Promise<void> {
    const record = plan.record && {
      contentHash: plan.record.contentHash,
      nodeIds: plan.record.nodeIds,
      relTypes: plan.record.rels.map((k) => k.type),
      relFroms: plan.record.rels.map((k) => k.from),
      relTos: plan.record.rels.map((k) => k.to),
    };
    await run('write/apply', {
      documentId,
      detachNodes: plan.detachNodes,
      deleteRels: plan.deleteRels,
      nodes: plan.upsertNodes.map(({ node, claims }) => ({
        id: node.id,
        kind: node.kind,
        properties: nodeProperties(node, claims),
      })),
      rels: plan.upsertRels.map(({ key, rel, claims }) => ({ ...key, properties: relProperties(rel, claims) })),
      record,
    });
  }

  async nodesById(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.connection.read('reading nodes', (run) =>
      run('read/nodes-by-id', { ids: [...new Set(ids)] }),
    );
    const byId = new Map(rows.map((row) => [row.id as string, nodeFromRow(row as Parameters<typeof nodeFromRow>[0])]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listNodes(kind: NodeKind, page: PageRequest): Promise<NodePage> {
    const { params, start } = listParams(kind, page);
    const [row] = await this.connection.read(`listing ${kind}`, (run) =>
      run(`read/list/${kind}`, params, listStatement(kind)),
    );
    const nodes = (row.page as Row[]).map((r) => nodeFromRow(r as Parameters<typeof nodeFromRow>[0]));
    const totalCount = nativeNumber(row.totalCount) ?? 0;
    return {
      nodes,
      cursors: nodes.map((_, i) => encodeCursor(start + i)),
      hasNextPage: start + nodes.length < totalCount,
      totalCount,
    };
  }

  async adjacent(keys: readonly AdjacentKey[]): Promise<Adjacent[][]> {
    if (keys.length === 0) return [];
    const keyOf = (k: AdjacentKey) => `${k.direction}|${k.type}|${k.id}`;
    const unique = new Map(
      keys.map((k) => [keyOf(k), { key: keyOf(k), id: k.id, type: k.type, out: k.direction === 'out' }]),
    );
    const rows = await this.connection.read('reading relationships', (run) =>
      run('read/adjacent', { keys: [...unique.values()] }),
    );
    const groups = new Map<string, Adjacent[]>();
    for (const row of rows) {
      const rel = relFromRow({ ...row, sources: row.relSources, evidenceJson: row.relEvidenceJson } as Parameters<
        typeof relFromRow
      >[0]);
      const other = nodeFromRow({
        id: row.otherId,
        kind: row.otherKind,
        propsJson: row.otherPropsJson,
        sources: row.otherSources,
        evidenceJson: row.otherEvidenceJson,
      });
      const list = groups.get(row.key as string) ?? [];
      list.push({ rel, otherId: other.id, other });
      groups.set(row.key as string, list);
    }
    for (const list of groups.values()) list.sort((a, b) => byCodeUnits(a.otherId, b.otherId));
    return keys.map((k) => [...(groups.get(keyOf(k)) ?? [])]);
  }

  async talkRows(technologyIds?: readonly string[]): Promise<TalkRow[]> {
    const rows = await this.connection.read('reading talk rows', (run) =>
      run('read/talk-rows', { technologyIds: technologyIds ? [...technologyIds] : null }),
    );
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

  async technologyRows(): Promise<TechnologyRow[]> {
    const rows = await this.connection.read('reading technologies', (run) => run('read/technology-rows', {}));
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
    const rows = await this.connection.read('reading names', (run) => run('read/name-rows', { kinds: wanted }));
    return rows
      .map((r) => ({
        id: r.id as string,
        kind: r.kind as NodeKind,
        name: r.name as string,
        aliases: nativeStrings(r.aliases),
      }))
      .sort((a, b) => byCodeUnits(a.id, b.id));
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.connection.read('counting', (run) => run('read/stats', {}));
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
