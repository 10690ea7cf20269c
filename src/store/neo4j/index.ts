import type { GraphStore } from '../port';
import type { Neo4jConfig } from './connection';
import { Neo4jStore } from './store';

export type { Neo4jConfig } from './connection';
export { Neo4jStore } from './store';

/**
 * The Neo4j store for a server (bolt://, neo4j://, neo4j+s:// for Aura). It does
 * not connect yet: the first call does, and init() creates the schema.
 */
export async function openNeo4jStore(config: Neo4jConfig): Promise<GraphStore> {
  return new Neo4jStore(config);
}
