import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'talkgraph.js');
/** The corpus we wrote ourselves (made-up people), always in the repo. */
export const DEMO_CORPUS = join(ROOT, 'demo', 'corpus');
// The corpora, and what each holds, are in ./corpus.ts.

/** Runs `talkgraph …` as a user would; the embedded store unless the environment says otherwise. */
export function talkgraph(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, NEO4J_URI: '', ...env },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// biome-ignore lint/suspicious/noExplicitAny: responses are walked by the tests
export function queryJson(dataDir: string, query: string, variables?: unknown, env?: NodeJS.ProcessEnv): any {
  const args = ['query', '--data-dir', dataDir, query];
  if (variables) args.splice(3, 0, '--variables', JSON.stringify(variables));
  const r = talkgraph(args, env);
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`talkgraph query printed no JSON (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
}

/** Starts `talkgraph serve` on a free port and resolves once it listens. */
export async function serve(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`serve did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.stderr!.on('data', (d) => {
      out += d;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited ${code}: ${out}`));
    });
  });
  return { url, child };
}
