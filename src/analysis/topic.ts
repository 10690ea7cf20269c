import type { TechnologyKeyHit, TechnologyRow } from '../store/port';
import { translatedKeys } from './bilingual';
import { allowedEdits, compareText, editDistanceWithin, isLatin, keyOf, singularKeys } from './text';

// A topic as a user types it ("containers", "容器", "Docker", "服务网格") ->
// the technologies it names, and every technology narrower than those
// (BROADER_THAN, any depth), so "containers" covers Docker and Kubernetes.
// Tried in order, the first step that matches anything wins:
//   1. the topic is a technology id, or its key (normalizeName) equals a name or alias;
//   2. an English plural folded to its singular ("containers" -> "container");
//   3. the glossary's other-language word ("service mesh" <-> 服务网格);
//   4. for Latin text only, the nearest name/alias within a small edit distance ("kubernets").

export type TopicVia = 'exact' | 'singular' | 'translated' | 'fuzzy';

export interface TopicMatch {
  topic: string;
  /** technologies the topic itself names: name matches before alias matches, then by id */
  matched: TechnologyRow[];
  via: TopicVia | null;
  /** matched ids and all narrower ids, sorted */
  ids: string[];
}

interface Entry {
  row: TechnologyRow;
  /** 0 = the name, 1 = an alias */
  rank: number;
}

function indexByKey(rows: readonly TechnologyRow[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.some((e) => e.row.id === entry.row.id)) list.push(entry);
    index.set(key, list);
  };
  for (const row of rows) {
    add(keyOf(row.name), { row, rank: 0 });
    // the raw id too (keys never contain ':'), so a client may pass tech:docker
    add(row.id, { row, rank: 0 });
    for (const alias of row.aliases) add(keyOf(alias), { row, rank: 1 });
  }
  return index;
}

function pick(index: Map<string, Entry[]>, keys: readonly string[]): TechnologyRow[] {
  const best = new Map<string, Entry>();
  for (const key of keys)
    for (const e of index.get(key) ?? []) {
      const prev = best.get(e.row.id);
      if (!prev || e.rank < prev.rank) best.set(e.row.id, e);
    }
  return [...best.values()].sort((a, b) => a.rank - b.rank || compareText(a.row.id, b.row.id)).map((e) => e.row);
}

function nearestKeys(index: Map<string, Entry[]>, key: string): string[] {
  const max = allowedEdits(key.length);
  if (max === 0) return [];
  let best = max + 1;
  let keys: string[] = [];
  for (const candidate of index.keys()) {
    if (!isLatin(candidate)) continue;
    const d = editDistanceWithin(key, candidate, max);
    if (d < best) [best, keys] = [d, [candidate]];
    else if (d === best && d <= max) keys.push(candidate);
  }
  return best <= max ? keys : [];
}

/** Ids of the given technologies and everything narrower than them, sorted. */
export function narrowerClosure(ids: readonly string[], rows: readonly TechnologyRow[]): string[] {
  const children = new Map<string, string[]>();
  for (const row of rows)
    for (const parent of row.broaderIds) children.set(parent, [...(children.get(parent) ?? []), row.id]);
  const seen = new Set(ids);
  const queue = [...ids];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? [])
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
  }
  return [...seen].sort(compareText);
}

/**
 * The keys steps 1–3 look up, in order, for a store's technologiesByKey: all
 * known from the topic alone. Step 4 (typos) compares with every name and is
 * left to resolveTopic over all rows, when no key matched.
 */
export function topicKeySteps(topic: string): { via: TopicVia; keys: string[] }[] {
  const key = keyOf(topic);
  if (!key) return [];
  const singular = singularKeys(key);
  return [
    { via: 'exact', keys: [key, topic.trim()] },
    { via: 'singular', keys: singular },
    { via: 'translated', keys: [key, ...singular].flatMap(translatedKeys) },
  ];
}

/**
 * resolveTopic's answer from the store's hits for topicKeySteps' keys: the
 * first step any hit matches wins, as in resolveTopic. No match (matched: [])
 * when none does: then only the typo step could still match.
 */
export function topicFromHits(
  topic: string,
  steps: readonly { via: TopicVia; keys: readonly string[] }[],
  hits: readonly TechnologyKeyHit[],
): TopicMatch {
  const byKey = new Map<string, TechnologyKeyHit[]>();
  for (const hit of hits) byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), hit]);
  for (const { via, keys } of steps) {
    const best = new Map<string, TechnologyKeyHit>();
    for (const key of keys)
      for (const hit of byKey.get(key) ?? []) {
        const prev = best.get(hit.technology.id);
        if (!prev || hit.rank < prev.rank) best.set(hit.technology.id, hit);
      }
    if (best.size === 0) continue;
    const matched = [...best.values()].sort((a, b) => a.rank - b.rank || compareText(a.technology.id, b.technology.id));
    return {
      topic,
      matched: matched.map((h) => h.technology),
      via,
      ids: [...new Set(matched.flatMap((h) => h.closureIds))].sort(compareText),
    };
  }
  return { topic, matched: [], via: null, ids: [] };
}

export function resolveTopic(topic: string, rows: readonly TechnologyRow[]): TopicMatch {
  const index = indexByKey(rows);
  const key = keyOf(topic);
  const steps: [TopicVia, () => string[]][] = [
    ...topicKeySteps(topic).map((s): [TopicVia, () => string[]] => [s.via, () => s.keys]),
    ['fuzzy', () => (isLatin(key) ? nearestKeys(index, key) : [])],
  ];
  if (key)
    for (const [via, keys] of steps) {
      const matched = pick(index, keys());
      if (matched.length > 0)
        return {
          topic,
          matched,
          via,
          ids: narrowerClosure(
            matched.map((r) => r.id),
            rows,
          ),
        };
    }
  return { topic, matched: [], via: null, ids: [] };
}
