import { createHash } from 'node:crypto';
import type { NodeKind, RelType } from './graph';

// Stable ids derive from normalized names, so the same entity found in two
// documents becomes one node: NFKC, lower case, no spaces or punctuation
// (but keep + and #, which tell C++ and C# from C).
const normalized = new Map<string, string>();

export function normalizeName(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, (c) => (c === '+' || c === '#' ? c : ''));
    // extraction asks for the same few thousand names over and over; keep the cache bounded
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(name, key);
  }
  return key;
}

const PREFIX: Record<NodeKind, string> = {
  Person: 'person',
  Organization: 'org',
  Technology: 'tech',
  Event: 'event',
  Talk: 'talk',
  Document: 'doc',
};

export function nodeId(kind: NodeKind, name: string): string {
  const key = normalizeName(name) || name.trim();
  return `${PREFIX[kind]}:${key}`;
}

/** A talk is one per (event, title): two "开场白" at two events are two talks. */
export function talkId(title: string, eventId: string | null): string {
  const event = eventId ? eventId.replace(/^event:/, '') : '-';
  return `talk:${event}/${normalizeName(title) || title.trim()}`;
}

/** A document is identified by where it lives, so re-ingesting a changed file replaces its facts. */
export function documentId(absolutePath: string): string {
  return `doc:${createHash('sha256').update(absolutePath).digest('hex').slice(0, 16)}`;
}

export function relId(type: RelType, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

export function kindOfId(id: string): NodeKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  for (const [kind, p] of Object.entries(PREFIX)) if (p === prefix) return kind as NodeKind;
  return null;
}
