#!/usr/bin/env node
// A real Neo4j without Docker: builds the launcher in neo4j/ (once; Maven caches
// the engine in ~/.m2) and runs it.
//   npm run neo4j              foreground, bolt on 127.0.0.1:$NEO4J_PORT (7687),
//                              Neo4j Browser on http://127.0.0.1:$NEO4J_HTTP_PORT/browser/ (7474),
//                              data under .talkgraph/neo4j (or $NEO4J_DATA_DIR);
//                              auth on when NEO4J_PASSWORD is set, off otherwise.
// As a module it offers the test runner a throwaway instance on a free port
// (startThrowawayNeo4j) and the whole "which Neo4j do the tests use" decision
// (neo4jForTests).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT = join(ROOT, 'neo4j');
const CLASSPATH_FILE = join(PROJECT, 'target', 'classpath.txt');
const SOURCES = [
  'pom.xml',
  'src/main/java/talkgraph/neo4j/Launcher.java',
  'src/main/java/talkgraph/neo4j/BrowserServer.java',
].map((f) => join(PROJECT, f));

// Neo4j 5 on Java 17 reaches into these JDK internals (netty, the page cache, file locks).
const JAVA_OPTS = [
  '-Xms128m',
  '-Xmx768m',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const READY = /talkgraph-neo4j ready (bolt:\/\/\S+)/;
const BROWSER = /Neo4j Browser (http:\/\/\S+?)\)?$/;

function runs(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
  return r.status === 0;
}

function launcherIsCurrent() {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(join(PROJECT, 'target/classes/talkgraph/neo4j/Launcher.class')))
    return false;
  const built = statSync(CLASSPATH_FILE).mtimeMs;
  if (SOURCES.some((f) => statSync(f).mtimeMs > built)) return false;
  // ~/.m2 may have been cleared since: the first jar must still be there.
  const first = readFileSync(CLASSPATH_FILE, 'utf8').split(':')[0];
  return existsSync(first);
}

/** What is missing to run the launcher here: [] when it can run. */
export function missingTools() {
  const missing = [];
  if (!runs('java', ['-version'])) missing.push('java (17+)');
  if (!launcherIsCurrent() && !runs('mvn', ['-v'])) missing.push('mvn (Maven)');
  return missing;
}

/** Builds neo4j/ when its sources changed; returns the launcher's classpath. */
export function ensureLauncher(log = (m) => process.stderr.write(`${m}\n`)) {
  if (!launcherIsCurrent()) {
    log('neo4j: building the launcher (first time downloads the engine into ~/.m2, about 150 MB)…');
    const r = spawnSync('mvn', ['-q', '-B', '-f', join(PROJECT, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0)
      throw new Error(`neo4j: building the launcher failed (mvn exit ${r.status ?? r.signal})\n${r.stdout}${r.stderr}`);
    // build-classpath leaves an unchanged file untouched: mark it as fresh ourselves.
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now);
  }
  return `${join(PROJECT, 'target', 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

function javaArgs(classpath, { port, dataDir, watchStdin, httpPort }) {
  const args = [...JAVA_OPTS, '-cp', classpath, 'talkgraph.neo4j.Launcher', '--data', dataDir, '--port', String(port)];
  if (httpPort !== undefined && httpPort !== null) args.push('--http-port', String(httpPort));
  if (watchStdin) args.push('--exit-on-stdin-eof');
  return args;
}

/**
 * Starts a Neo4j in the background and resolves once Bolt accepts connections.
 * It also stops when this process dies (its stdin closes). With httpPort (0: a
 * free one) it also serves Neo4j Browser; `browserUrl` says where.
 */
export async function startNeo4j({ port = 0, httpPort, dataDir, password, timeoutMs = 180_000, log } = {}) {
  const classpath = ensureLauncher(log);
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env };
  if (password) env.NEO4J_PASSWORD = password;
  else delete env.NEO4J_PASSWORD;
  const child = spawn('java', javaArgs(classpath, { port, dataDir, watchStdin: true, httpPort }), {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail = [];
  const remember = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  let browserUrl = null;
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit(code ?? signal)));
  const uri = await new Promise((resolveUri, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j: not ready after ${timeoutMs} ms\n${tail.join('\n')}`));
    }, timeoutMs);
    let pending = '';
    child.stdout.on('data', (chunk) => {
      remember(chunk);
      // Match whole lines only: a chunk may end in the middle of the URI.
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = READY.exec(line);
        if (!m) continue;
        clearTimeout(timer);
        browserUrl = BROWSER.exec(line)?.[1] ?? null;
        resolveUri(m[1]);
      }
    });
    child.stderr.on('data', remember);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: the launcher exited (${code}) before it was ready\n${tail.join('\n')}`));
    });
  });
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(killer);
      }
    })();
    return stopping;
  };
  return { uri, browserUrl, user: 'neo4j', password: password ?? '', dataDir, pid: child.pid, stop };
}

/** A Neo4j on a free port with a fresh temp data dir, deleted again on stop(). */
export async function startThrowawayNeo4j({ log } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'talkgraph-neo4j-'));
  const password = `test-${randomBytes(8).toString('hex')}`;
  try {
    const started = await startNeo4j({ port: 0, dataDir, password, log });
    return {
      ...started,
      stop: async () => {
        await started.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Which Neo4j the test processes get, as env vars for them:
 *  - NEO4J_TEST_URI given: that server (the tests wipe its database!);
 *  - else a throwaway instance, when java and mvn exist;
 *  - else none: a skip message, or an error when CI is set (Neo4j tests are mandatory there).
 * The user's own NEO4J_URI is never handed to the tests: they delete everything.
 */
export async function neo4jForTests({ env = process.env, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  if (env.NEO4J_TEST_URI) return { env: {}, stop: async () => {}, note: `neo4j: tests use ${env.NEO4J_TEST_URI}` };
  const missing = missingTools();
  if (missing.length) {
    const why = `neo4j: ${missing.join(' and ')} not found, so no Neo4j for the tests`;
    if (env.CI) throw new Error(`${why}; CI requires the Neo4j tests`);
    return { env: {}, stop: async () => {}, note: `${why}: the Neo4j tests are SKIPPED (install Java 17 + Maven)` };
  }
  const started = Date.now();
  let neo;
  try {
    neo = await startThrowawayNeo4j({ log });
  } catch (e) {
    if (env.CI) throw e;
    const why = e.message.split('\n')[0];
    return { env: {}, stop: async () => {}, note: `${why}: the Neo4j tests are SKIPPED` };
  }
  return {
    env: { NEO4J_TEST_URI: neo.uri, NEO4J_TEST_USER: neo.user, NEO4J_TEST_PASSWORD: neo.password },
    stop: neo.stop,
    note: `neo4j: throwaway instance at ${neo.uri} ready in ${Date.now() - started} ms`,
  };
}

/** `npm run neo4j`: the foreground instance. */
function main() {
  const portFrom = (name, fallback) => {
    const port = Number(process.env[name] || fallback);
    if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
    console.error(`neo4j: ${name} must be a port number, got ${JSON.stringify(process.env[name])}`);
    process.exit(2);
  };
  const port = portFrom('NEO4J_PORT', 7687);
  const httpPort = portFrom('NEO4J_HTTP_PORT', 7474);
  const dataDir = resolve(process.env.NEO4J_DATA_DIR || join(ROOT, '.talkgraph', 'neo4j'));
  const missing = missingTools();
  if (missing.length) {
    console.error(`neo4j: needs ${missing.join(' and ')}; or use docker compose (see neo4j/README.md)`);
    process.exit(1);
  }
  const classpath = ensureLauncher();
  mkdirSync(dataDir, { recursive: true });
  const child = spawn('java', javaArgs(classpath, { port, dataDir, watchStdin: false, httpPort }), {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    });
  child.on('exit', (code, signal) => {
    // 130/143 are the JVM's normal answer to SIGINT/SIGTERM after a clean shutdown.
    process.exit(signal || code === 130 || code === 143 ? 0 : (code ?? 1));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
