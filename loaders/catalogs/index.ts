import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { CatalogBuilder, type Catalogs } from './build';
import { type CatalogProblem, formatProblem, readOrgDrafts, readTechDrafts } from './entries';

// The catalogs' only I/O: find the YAML folders, read them, hand them to the
// builder. Knowledge lives in the YAML; adding a technology never needs code.

export type { Catalogs } from './build';
export type { CatalogProblem, OrgEntry, OrgType, TechEntry } from './entries';
export { ORG_TYPES } from './entries';

/** Extra catalog folders (users' own additions), separated like PATH. */
export const CATALOGS_ENV = 'TALKGRAPH_CATALOGS';

const cache = new Map<string, Catalogs>();

/**
 * Loads `technologies/*.yaml` and `organizations/*.yaml` from `dir` (default:
 * the catalog shipped in loaders/catalogs/) and then from each folder named in
 * TALKGRAPH_CATALOGS, merging entries by name. A bad entry, alias or broader
 * link is left out and reported, never thrown: problems in `dir` are `errors`
 * (bugs in the data we ship; the tests require none), problems in users'
 * folders are `warnings`. Parsed once per (dir, TALKGRAPH_CATALOGS).
 */
export function loadCatalogs(dir?: string): Catalogs {
  const base = path.resolve(dir ?? defaultCatalogDir());
  const extra = process.env[CATALOGS_ENV] ?? '';
  const key = `${base}\0${extra}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const builder = new CatalogBuilder();
  readLayer(builder, base, true);
  for (const userDir of extra.split(path.delimiter).filter((d) => d.trim() !== '')) {
    readLayer(builder, path.resolve(userDir.trim()), false);
  }
  const { catalogs, errors, warnings } = builder.finish();
  catalogs.errors = errors.map(formatProblem);
  catalogs.warnings = warnings.map(formatProblem);
  const said = [...catalogs.errors, ...catalogs.warnings];
  if (said.length > 0) {
    // Said once per load (the result is cached), so a user sees why an entry is missing.
    process.emitWarning(`catalog problems:\n${said.join('\n')}`, { code: 'TALKGRAPH_CATALOG' });
  }
  cache.set(key, catalogs);
  return catalogs;
}

/**
 * loaders/catalogs/ in the project's source tree. The code runs compiled from
 * dist/loaders/catalogs/, where no YAML is copied, so walk up to package.json.
 */
export function defaultCatalogDir(): string {
  let at = __dirname;
  for (;;) {
    if (existsSync(path.join(at, 'package.json'))) return path.join(at, 'loaders', 'catalogs');
    const up = path.dirname(at);
    if (up === at) return __dirname;
    at = up;
  }
}

function readLayer(builder: CatalogBuilder, dir: string, ours: boolean): void {
  const shown = display(dir);
  if (!isDir(dir)) {
    builder.fileProblem({ file: shown, entry: null, message: 'catalog folder does not exist' }, ours);
    return;
  }
  const stray = yamlFiles(dir);
  if (stray.length > 0 && !ours) {
    builder.fileProblem(
      {
        file: shown,
        entry: null,
        message: `ignored ${stray.join(', ')}: put entries in technologies/ or organizations/`,
      },
      false,
    );
  }
  for (const file of yamlFiles(path.join(dir, 'technologies'))) {
    const full = path.join(dir, 'technologies', file);
    const doc = parseFile(builder, full, ours);
    const problems: CatalogProblem[] = [];
    if (doc.ok) builder.addTechnologies(readTechDrafts(doc.value, display(full), problems), ours);
    for (const p of problems) builder.fileProblem(p, ours);
  }
  for (const file of yamlFiles(path.join(dir, 'organizations'))) {
    const full = path.join(dir, 'organizations', file);
    const doc = parseFile(builder, full, ours);
    const problems: CatalogProblem[] = [];
    if (doc.ok) builder.addOrganizations(readOrgDrafts(doc.value, display(full), problems), ours);
    for (const p of problems) builder.fileProblem(p, ours);
  }
}

function parseFile(builder: CatalogBuilder, file: string, ours: boolean): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: yaml.load(readFileSync(file, 'utf8'), { filename: file }) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    builder.fileProblem({ file: display(file), entry: null, message: `cannot read: ${message}` }, ours);
    return { ok: false };
  }
}

/** Sorted, so which of two clashing user entries wins never depends on the file system. */
function yamlFiles(dir: string): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Paths inside the working directory are shown relative to it, others in full. */
function display(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}
