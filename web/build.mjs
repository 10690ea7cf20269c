// Builds the graph browser into web/dist (index.html, app.js, styles.css),
// which `talkgraph serve` serves at `/`. Type-checks web/src first (it is not
// part of the root tsconfig); `--no-check` skips that for quick rebuilds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildGraphiql } from './graphiql/build.mjs';

const web = dirname(fileURLToPath(import.meta.url));
const out = join(web, 'dist');

if (!process.argv.includes('--no-check')) {
  const tsc = join(web, '..', 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(web, 'tsconfig.json')], { stdio: 'inherit' });
  } catch {
    console.error('web/build.mjs: type errors in web/src (see above)');
    process.exit(1);
  }
}

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(web, 'src', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'styles.css']) copyFileSync(join(web, file), join(out, file));
try {
  await buildGraphiql({ web, out, check: !process.argv.includes('--no-check') });
} catch (e) {
  console.error(`web/build.mjs: the GraphQL IDE (web/graphiql) did not build: ${e.message}`);
  process.exit(1);
}
console.log(`web/build.mjs: wrote ${out}`);
