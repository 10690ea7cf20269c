import { normalizeName } from '../../src/model/ids';
import type { CatalogProblem, Draft, OrgEntry, TechEntry } from './entries';

// Merges catalog layers (ours first, then each user dir) into one catalog with
// alias indexes. The offending entry, alias or link is left out either way; a
// problem in our own files is an error, in a user layer a warning.
// Nothing throws: one bad line must not stop every document's extraction.

export interface Catalogs {
  technologies: TechEntry[];
  organizations: OrgEntry[];
  /** every name and alias, keyed by normalizeName */
  techByAlias: Map<string, TechEntry>;
  orgByAlias: Map<string, OrgEntry>;
  /** problems in the shipped catalog (or the `dir` given): bugs in our data, each naming the file and entry */
  errors: string[];
  /** problems in users' catalog folders (TALKGRAPH_CATALOGS), each naming the file and entry */
  warnings: string[];
}

interface Named {
  name: string;
  aliases: string[];
}

interface Where {
  file: string;
  label: string;
  ours: boolean;
}

class Index<T extends Named> {
  readonly entries: T[] = [];
  readonly byAlias = new Map<string, T>();
  private readonly byName = new Map<string, T>();
  private readonly home = new Map<T, string>();

  constructor(private readonly report: (where: Where, message: string) => void) {}

  /** Adds a layer's drafts; `complete` turns a new draft into an entry or says what it lacks. */
  add(
    drafts: Draft<T>[],
    ours: boolean,
    complete: (d: Draft<T>) => T | string,
    extend: (into: T, d: Draft<T>, where: Where) => void,
  ): void {
    for (const d of drafts) {
      const where: Where = { file: d.file, label: d.label, ours };
      const key = normalizeName(d.entry.name);
      if (!key) {
        this.report(where, 'name has no letters or digits');
        continue;
      }
      const existing = this.byName.get(key);
      if (existing) {
        if (ours) {
          this.report(where, `duplicate of entry "${existing.name}" in ${this.home.get(existing)}`);
          continue;
        }
        // A user entry named like an existing one extends it: the extra aliases
        // are added, and any field it gives replaces ours.
        extend(existing, d, where);
        this.addAliases(existing, d.entry.aliases, where);
        continue;
      }
      const owner = this.byAlias.get(key);
      if (owner) {
        this.report(
          where,
          `name is already an alias of "${owner.name}" (${this.home.get(owner)}); use name: ${owner.name} to extend it`,
        );
        continue;
      }
      const entry = complete(d);
      if (typeof entry === 'string') {
        this.report(where, entry);
        continue;
      }
      this.entries.push(entry);
      this.byName.set(key, entry);
      this.byAlias.set(key, entry);
      this.home.set(entry, d.file);
      this.addAliases(entry, d.entry.aliases, where);
    }
  }

  private addAliases(entry: T, aliases: string[], where: Where): void {
    for (const alias of aliases) {
      const key = normalizeName(alias);
      if (!key) {
        this.report(where, `alias "${alias}" has no letters or digits`);
        continue;
      }
      const owner = this.byAlias.get(key);
      if (owner && owner !== entry) {
        this.report(where, `alias "${alias}" is already taken by "${owner.name}" (${this.home.get(owner)})`);
        continue;
      }
      this.byAlias.set(key, entry);
      // Keep every distinct spelling: matchCase entries need each case variant.
      if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
    }
  }
}

export class CatalogBuilder {
  private readonly errors: CatalogProblem[] = [];
  private readonly warnings: CatalogProblem[] = [];
  private readonly report = (where: Where, message: string): void => {
    (where.ours ? this.errors : this.warnings).push({ file: where.file, entry: where.label, message });
  };
  private readonly tech = new Index<TechEntry>(this.report);
  private readonly org = new Index<OrgEntry>(this.report);
  /** broader terms are resolved once every layer is in, so any file may name any entry */
  private readonly pendingBroader: { entry: TechEntry; term: string; where: Where }[] = [];

  /** A problem with a whole file (unreadable, not YAML) rather than one entry. */
  fileProblem(problem: CatalogProblem, ours: boolean): void {
    (ours ? this.errors : this.warnings).push(problem);
  }

  addTechnologies(drafts: Draft<TechEntry>[], ours: boolean): void {
    const queueBroader = (entry: TechEntry, d: Draft<TechEntry>, where: Where) => {
      for (const term of d.entry.broader ?? []) this.pendingBroader.push({ entry, term, where });
    };
    this.tech.add(
      drafts,
      ours,
      (d) => {
        if (!d.entry.category) return 'category is required';
        const { name, category, matchCase, wordBoundary } = d.entry;
        const entry: TechEntry = { name, aliases: [], category, broader: [] };
        if (matchCase !== undefined) entry.matchCase = matchCase;
        if (wordBoundary !== undefined) entry.wordBoundary = wordBoundary;
        queueBroader(entry, d, { file: d.file, label: d.label, ours });
        return entry;
      },
      (into, d, where) => {
        if (d.entry.category) into.category = d.entry.category;
        if (d.entry.matchCase !== undefined) into.matchCase = d.entry.matchCase;
        if (d.entry.wordBoundary !== undefined) into.wordBoundary = d.entry.wordBoundary;
        queueBroader(into, d, where);
      },
    );
  }

  addOrganizations(drafts: Draft<OrgEntry>[], ours: boolean): void {
    this.org.add(
      drafts,
      ours,
      (d) => (d.entry.type ? { name: d.entry.name, aliases: [], type: d.entry.type } : 'type is required'),
      (into, d) => {
        if (d.entry.type) into.type = d.entry.type;
      },
    );
  }

  finish(): { catalogs: Catalogs; errors: CatalogProblem[]; warnings: CatalogProblem[] } {
    for (const { entry, term, where } of this.pendingBroader) {
      const target = this.tech.byAlias.get(normalizeName(term));
      if (!target) this.report(where, `broader term "${term}" is not the name or alias of any technology entry`);
      else if (target === entry) this.report(where, `broader term "${term}" is the entry itself`);
      else if (reaches(target, entry, this.tech.byAlias))
        this.report(where, `broader term "${term}" makes a cycle (it is already narrower than "${entry.name}")`);
      else if (!entry.broader.includes(target.name)) entry.broader.push(target.name);
    }
    const catalogs: Catalogs = {
      technologies: this.tech.entries,
      organizations: this.org.entries,
      techByAlias: this.tech.byAlias,
      orgByAlias: this.org.byAlias,
      errors: [],
      warnings: [],
    };
    return { catalogs, errors: this.errors, warnings: this.warnings };
  }
}

/** Whether `to` is reachable from `from` by following broader links. */
function reaches(from: TechEntry, to: TechEntry, byAlias: Map<string, TechEntry>): boolean {
  const seen = new Set<TechEntry>();
  const stack = [from];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const name of at.broader) {
      const next = byAlias.get(normalizeName(name));
      if (next) stack.push(next);
    }
  }
  return false;
}
