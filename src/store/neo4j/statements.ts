import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NodeKind } from '../../model/graph';

// Every Cypher statement lives in cypher/ at the project root (readable, and
// runnable in Neo4j Browser); this module finds that folder and reads each
// file once. TALKGRAPH_CYPHER_DIR overrides the lookup (e.g. in a container).

function findCypherDir(): string {
  const override = process.env.TALKGRAPH_CYPHER_DIR;
  if (override) return override;
  // src/store/neo4j (ts-node) or dist/src/store/neo4j (compiled): walk up to the root.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'cypher', 'read', 'list', 'page.cypher'))) return join(dir, 'cypher');
  throw new Error(`neo4j store: no cypher/ folder above ${__dirname} (set TALKGRAPH_CYPHER_DIR)`);
}

let root: string | null = null;
const cache = new Map<string, string>();

/** The statement in cypher/<name>.cypher. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    root ??= findCypherDir();
    text = readFileSync(join(root, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** The schema statements, in file name order (each runs in its own transaction). */
export function schemaStatements(): string[] {
  root ??= findCypherDir();
  return readdirSync(join(root, 'schema'))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => cypher(`schema/${f.slice(0, -'.cypher'.length)}`));
}

/** Kinds with filters in read/list/refine/<Kind>.cypher (cities, all-of technologies). */
const REFINED: readonly NodeKind[] = ['Talk', 'Event'];

/**
 * A whole list statement: by-name(-desc), or the kind's filter with its added
 * filters if any and the shared paging tail; then ship.cypher (what the page
 * returns, and the relationships it follows).
 */
export function listStatement(name: string, kind: NodeKind): string {
  const ship = cypher('read/list/ship');
  if (name !== `read/list/${kind}`) return `${cypher(name)}\n${ship}`;
  const refine = REFINED.includes(kind) ? `\n${cypher(`read/list/refine/${kind}`)}` : '';
  return `${cypher(`read/list/${kind}`)}${refine}\n${cypher('read/list/page')}\n${ship}`;
}
