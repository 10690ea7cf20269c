import { TECH_CATEGORIES, type TechCategory } from '../../src/model/graph';

// What one catalog file may say, checked entry by entry. Pure: the caller
// reads the YAML and decides whether a problem is fatal (our own files) or a
// warning (a user's additions).

export const ORG_TYPES = ['company', 'community', 'university', 'lab', 'foundation', 'media', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export interface TechEntry {
  name: string;
  aliases: string[];
  category: TechCategory;
  /** canonical names of broader entries (Kubernetes -> 容器编排) */
  broader: string[];
  /** match the name and aliases only in exactly this case (Go, Rust, Swift) */
  matchCase?: boolean;
  /** match only as a whole word, never inside a longer one */
  wordBoundary?: boolean;
}

export interface OrgEntry {
  name: string;
  aliases: string[];
  type: OrgType;
}

export interface CatalogProblem {
  file: string;
  /** the entry's name, or its position when it has no usable name */
  entry: string | null;
  message: string;
}

export function formatProblem(p: CatalogProblem): string {
  return p.entry === null ? `${p.file}: ${p.message}` : `${p.file}: entry ${p.entry}: ${p.message}`;
}

/**
 * An entry as written. Category/type may be missing only when the entry extends
 * one that already exists (a user adding an alias to Go); the merge decides.
 */
export interface Draft<T> {
  file: string;
  label: string;
  entry: Partial<T> & { name: string; aliases: string[] };
}

const TECH_FIELDS = new Set(['name', 'aliases', 'category', 'broader', 'matchCase', 'wordBoundary']);
const ORG_FIELDS = new Set(['name', 'aliases', 'type']);

export function readTechDrafts(doc: unknown, file: string, problems: CatalogProblem[]): Draft<TechEntry>[] {
  return readDrafts(doc, file, problems, TECH_FIELDS, (raw, say) => {
    const entry: Partial<TechEntry> = {};
    if (raw.category !== undefined) {
      if (isOneOf(TECH_CATEGORIES, raw.category)) entry.category = raw.category;
      else say(`category ${JSON.stringify(raw.category)} is not one of ${TECH_CATEGORIES.join(', ')}`);
    }
    if (raw.broader !== undefined) entry.broader = stringList(raw.broader, 'broader', say);
    for (const flag of ['matchCase', 'wordBoundary'] as const) {
      if (raw[flag] === undefined) continue;
      if (typeof raw[flag] === 'boolean') entry[flag] = raw[flag];
      else say(`${flag} must be true or false, not ${JSON.stringify(raw[flag])}`);
    }
    return entry;
  });
}

export function readOrgDrafts(doc: unknown, file: string, problems: CatalogProblem[]): Draft<OrgEntry>[] {
  return readDrafts(doc, file, problems, ORG_FIELDS, (raw, say) => {
    const entry: Partial<OrgEntry> = {};
    if (raw.type !== undefined) {
      if (isOneOf(ORG_TYPES, raw.type)) entry.type = raw.type;
      else say(`type ${JSON.stringify(raw.type)} is not one of ${ORG_TYPES.join(', ')}`);
    }
    return entry;
  });
}

type Say = (message: string) => void;

function readDrafts<T>(
  doc: unknown,
  file: string,
  problems: CatalogProblem[],
  fields: Set<string>,
  readRest: (raw: Record<string, unknown>, say: Say) => Partial<T>,
): Draft<T>[] {
  if (doc === null || doc === undefined) return []; // an empty file is a file with no entries
  if (!Array.isArray(doc)) {
    problems.push({ file, entry: null, message: 'expected a YAML list of entries (lines starting with "- name:")' });
    return [];
  }
  const drafts: Draft<T>[] = [];
  doc.forEach((raw, i) => {
    const position = `#${i + 1}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file, entry: position, message: 'expected a mapping with at least a name' });
      return;
    }
    const rec = raw as Record<string, unknown>;
    const named = typeof rec.name === 'string' && rec.name.trim() !== '';
    const label = named ? JSON.stringify((rec.name as string).trim()) : position;
    let ok = true;
    const say: Say = (message) => {
      ok = false;
      problems.push({ file, entry: label, message });
    };
    if (!named) say('name is required and must be a non-empty string (quote names like "C#" or "yes")');
    for (const key of Object.keys(rec)) {
      if (!fields.has(key)) say(`unknown field "${key}" (allowed: ${[...fields].join(', ')})`);
    }
    const aliases = rec.aliases === undefined ? [] : stringList(rec.aliases, 'aliases', say);
    const rest = readRest(rec, say);
    if (ok) drafts.push({ file, label, entry: { ...rest, name: (rec.name as string).trim(), aliases } });
  });
  return drafts;
}

function stringList(value: unknown, field: string, say: Say): string[] {
  // YAML turns bare `[yes, 1.0, null]` into non-strings; insist on text so a
  // typo never becomes an alias like "true".
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    say(`${field} must be a list of non-empty strings, e.g. ${field}: [a, b]`);
    return [];
  }
  return value.map((v: string) => v.trim());
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
