import neo4j from 'neo4j-driver';
import type { NodeKind } from '../../model/graph';
import { decodeCursor } from '../cursor';
import type { PageRequest } from '../port';

// The parameters of cypher/read/list/<Kind>.cypher + page.cypher for one page
// request, with the port's rules applied here rather than in Cypher: empty
// filters mean none, DATE sorts only events and talks (others by NAME), a NAME
// sort reverses name and id together, other sorts break ties by ascending name.

/**
 * The statement for a page: with no filter but the implied flag and a NAME
 * sort (every list field's default), by-name(-desc).cypher reads the page off
 * the entity_kind_sort index in order; otherwise <Kind>.cypher + page.cypher.
 */
export function listStatementName(kind: NodeKind, page: PageRequest): string {
  const { includeImplied: _, ...filters } = page.filter ?? {};
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== null && v !== '');
  const field = page.sort?.field ?? 'NAME';
  if (filtered || (field !== 'NAME' && !(field === 'DATE' && kind !== 'Event' && kind !== 'Talk')))
    return `read/list/${kind}`;
  return page.sort?.descending ? 'read/list/by-name-desc' : 'read/list/by-name';
}

export function listParams(
  kind: NodeKind,
  page: PageRequest,
  shipped: {
    evidence: boolean;
    sources: boolean;
    count: boolean;
    /** ship.cypher's $follow: the relationships to read with each node of the page */
    follow?: { type: string; out: boolean }[];
  } = { evidence: true, sources: true, count: true },
): { params: Record<string, unknown>; start: number; first: number } {
  const f = page.filter ?? {};
  let field = page.sort?.field ?? 'NAME';
  if (field === 'DATE' && kind !== 'Event' && kind !== 'Talk') field = 'NAME';
  const descending = page.sort?.descending === true;
  const start = decodeCursor(page.after);
  const first = Math.min(Math.max(0, Math.trunc(page.first) || 0), 2 ** 31);
  return {
    start,
    first,
    params: {
      technologyId: f.technologyId || null,
      speakerId: f.speakerId || null,
      organizationId: f.organizationId || null,
      eventId: f.eventId || null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      needle: f.nameContains ? f.nameContains.toLowerCase() : null,
      cities: f.cities?.length ? [...f.cities] : null,
      allTechnologyIds: f.allTechnologyIds?.length ? [...f.allTechnologyIds] : null,
      includeImplied: f.includeImplied === true,
      sortField: field,
      descending: field !== 'NAME' && descending,
      nameDescending: field === 'NAME' && descending,
      skip: neo4j.int(start),
      // one row past the page: hasNextPage without counting the list
      first: neo4j.int(first + 1),
      kind,
      follow: [],
      ...shipped,
    },
  };
}
