// Builds the GraphQL IDE (GraphiQL from npm, with React) into web/dist/graphiql/:
// index.html, graphiql.js, graphiql.css, page.css and assets/. web/build.mjs calls it.
// The server's policy is `default-src 'self'`, so nothing may be inline or
// remote: GraphiQL's CSS embeds its fonts and icons as data: URLs, which
// that policy blocks, so they are written out as files next to the CSS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const EXTENSIONS = { 'font/woff2': 'woff2', 'font/woff': 'woff', 'image/png': 'png', 'image/svg+xml': 'svg' };

/** Rewrites every url(data:…;base64,…) in the CSS to a file under assets/. */
function externalizeDataUrls(cssFile, outDir) {
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  let n = 0;
  const css = readFileSync(cssFile, 'utf8').replace(
    /url\(\s*(["']?)data:([\w/+.-]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/g,
    (whole, _quote, mime, data) => {
      const ext = EXTENSIONS[mime];
      if (!ext) return whole;
      const name = `asset-${++n}.${ext}`;
      writeFileSync(join(assets, name), Buffer.from(data, 'base64'));
      return `url("assets/${name}")`;
    },
  );
  writeFileSync(cssFile, css);
  return n;
}

export async function buildGraphiql({ web, out, check }) {
  const here = join(web, 'graphiql');
  const dest = join(out, 'graphiql');
  if (check) {
    const tsc = join(web, '..', 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
  }
  mkdirSync(dest, { recursive: true });
  await build({
    entryPoints: { graphiql: join(here, 'main.ts') },
    outdir: dest,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      EXAMPLES_GRAPHQL: JSON.stringify(readFileSync(join(web, '..', 'schema', 'examples.graphql'), 'utf8')),
      SCHEMA_GRAPHQL: JSON.stringify(readFileSync(join(web, '..', 'schema', 'schema.graphql'), 'utf8')),
    },
  });
  const assets = externalizeDataUrls(join(dest, 'graphiql.css'), dest);
  for (const file of ['index.html', 'page.css', 'favicon.svg']) copyFileSync(join(here, file), join(dest, file));
  return { dest, assets };
}
