import { NODE_KINDS } from '../model/graph';
import type { NameRow, TechnologyRow } from '../store/port';
import { MAX_SEARCH_CHARS, searchNames } from './search';
import { compareText, keyOf } from './text';
import { resolveTopic } from './topic';

// An entity named by a user in any language ("刘奇", "Docker", "蚂蚁集团", or an
// id) -> one node id, for path. Tried in order:
//   1. an id of a known node;
//   2. a name or alias with the same key (a name beats an alias; then kind in
//      NODE_KINDS order, then id) — people first, so 刘奇 is the person;
//   3. a technology topic (plural, other language, small typo: see topic.ts);
//   4. the best search hit, if it is at least a prefix match (score >= 0.8).

export interface ResolvedEntity {
  id: string;
  via: 'id' | 'name' | 'topic' | 'search';
}

const KIND_ORDER = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

export function resolveEntity(
  text: string,
  names: readonly NameRow[],
  technologies: readonly TechnologyRow[],
): ResolvedEntity | null {
  const raw = text.trim();
  if (names.some((r) => r.id === raw)) return { id: raw, via: 'id' };
  const key = keyOf(raw);
  if (!key) return null;
  const exact: { row: NameRow; rank: number }[] = [];
  for (const row of names) {
    if (keyOf(row.name) === key) exact.push({ row, rank: 0 });
    else if (row.aliases.some((a) => keyOf(a) === key)) exact.push({ row, rank: 1 });
  }
  exact.sort(
    (a, b) =>
      a.rank - b.rank || KIND_ORDER.get(a.row.kind)! - KIND_ORDER.get(b.row.kind)! || compareText(a.row.id, b.row.id),
  );
  if (exact.length > 0) return { id: exact[0].row.id, via: 'name' };
  const topic = resolveTopic(raw, technologies);
  if (topic.matched.length > 0) return { id: topic.matched[0].id, via: 'topic' };
  if (raw.length > MAX_SEARCH_CHARS) return null;
  const [hit] = searchNames(names, raw, 1);
  return hit && hit.score >= 0.8 ? { id: hit.id, via: 'search' } : null;
}
