import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

// `npm run neo4j` serves Neo4j Browser beside Bolt (the launcher's --http-port):
// started here on free ports, as the user would open it.

interface Launched {
  uri: string;
  browserUrl: string | null;
  stop(): Promise<void>;
}
interface Launcher {
  missingTools(): string[];
  startNeo4j(options: { port: number; httpPort: number; dataDir: string; password: string }): Promise<Launched>;
}

// A real dynamic import: tsc would turn `import()` into require(), which cannot load .mjs.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<Launcher>;
const launcherUrl = pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'neo4j.mjs')).href;

// Same rule as the other Neo4j tests: no Java/Maven is a skip on a laptop, a failure under CI.
const skip =
  !process.env.CI && spawnSync('java', ['-version']).status !== 0
    ? 'java is not installed: Neo4j Browser test skipped'
    : false;

describe('npm run neo4j: Neo4j Browser', { skip }, () => {
  it('serves the Browser at /browser/ and tells it where Bolt is', async () => {
    const launcher = await importEsm(launcherUrl);
    const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-browser-'));
    let server: Launched | null = null;
    try {
      server = await launcher.startNeo4j({ port: 0, httpPort: 0, dataDir, password: 'browser-test-pw' });
      assert.match(
        server.browserUrl ?? '',
        /^http:\/\/127\.0\.0\.1:\d+\/browser\/$/,
        'the ready line names the Browser',
      );
      const page = await fetch(server.browserUrl!);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      const html = await page.text();
      assert.match(html, /<title>Neo4j Browser<\/title>/);
      // the page's own scripts come from the same server
      const script = /src="([^"]+\.js)"/.exec(html)?.[1];
      assert.ok(script, 'the page loads a script');
      const js = await fetch(new URL(script, server.browserUrl!));
      assert.equal(js.status, 200);
      assert.match(js.headers.get('content-type') ?? '', /javascript/);

      const origin = new URL(server.browserUrl!).origin;
      const discovery = await fetch(`${origin}/`, { headers: { accept: 'application/json' } });
      assert.equal(discovery.status, 200);
      assert.equal(((await discovery.json()) as { bolt_direct: string }).bolt_direct, server.uri);
      const root = await fetch(`${origin}/`, { redirect: 'manual' });
      assert.equal(root.status, 302);
      assert.equal(root.headers.get('location'), '/browser/');
      assert.equal((await fetch(`${origin}/browser/../../etc/passwd`)).status, 404);
    } finally {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
