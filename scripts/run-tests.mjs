#!/usr/bin/env node
// Runs the whole test suite on the compiled code (dist/), the way CI does.
// The Neo4j tests get a throwaway Neo4j from scripts/neo4j.mjs unless
// NEO4J_TEST_URI names one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const testRoot = join(root, 'dist', 'test');

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return findTests(p);
    return name.endsWith('.test.js') ? [p] : [];
  });
}

const only = process.argv.slice(2);
const files = findTests(testRoot)
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no compiled tests found under dist/test (run `npm run build` first)');
  process.exit(1);
}

const env = { ...process.env };

// Neo4j: NEO4J_TEST_URI, else a throwaway instance for this run (needs Java 17 +
// Maven; without them the Neo4j tests skip, except under CI where that fails).
const { neo4jForTests } = await import('./neo4j.mjs');
let neo4j;
try {
  neo4j = await neo4jForTests();
} catch (e) {
  console.error(`run-tests: ${e.message}`);
  process.exit(1);
}
console.error(neo4j.note);
Object.assign(env, neo4j.env);

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  env,
  stdio: 'inherit',
});
await neo4j.stop();
process.exit(result.status ?? 1);
