import { CATALOGS_ENV, loadCatalogs } from './index';

// `node dist/loaders/catalogs/check.js [dir]`: checks the shipped catalog (or
// `dir`) plus the folders in TALKGRAPH_CATALOGS, prints every problem, and
// exits 1 if there is any, so a user can check their additions before ingesting.

export function checkCatalogs(dir?: string): { ok: boolean; report: string } {
  const catalogs = loadCatalogs(dir);
  const problems = [...catalogs.errors, ...catalogs.warnings];
  const extra = process.env[CATALOGS_ENV] ? ` (+ ${CATALOGS_ENV}=${process.env[CATALOGS_ENV]})` : '';
  const summary = `${catalogs.technologies.length} technologies, ${catalogs.organizations.length} organizations${extra}`;
  return {
    ok: problems.length === 0,
    report:
      problems.length === 0 ? `ok: ${summary}` : `${problems.join('\n')}\n${problems.length} problem(s); ${summary}`,
  };
}

if (require.main === module) {
  // The same list is printed by the report; the process warning would repeat it.
  process.removeAllListeners('warning');
  const { ok, report } = checkCatalogs(process.argv[2]);
  (ok ? process.stdout : process.stderr).write(`${report}\n`);
  process.exitCode = ok ? 0 : 1;
}
