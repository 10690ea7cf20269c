// No Docker engine runs the tests, so the container files are checked for what
// a user relies on: their documents folder mounted and ingested before serving,
// a current Node LTS image, and the npm ci layer cached across source changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';

const ROOT = resolve(__dirname, '..', '..', '..');

interface Service {
  build?: string;
  image?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}
const compose = load(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const { ingest, talkgraph, neo4j } = compose.services;

/** Dockerfile instructions in order, continuation lines joined, comments dropped. */
function instructions(): { op: string; args: string; stage: number }[] {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  let stage = -1;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      if (op.toUpperCase() === 'FROM') stage++;
      return { op: op.toUpperCase(), args: rest.join(' '), stage };
    });
}

// Node's release schedule: even majors become LTS; 20 ends in April 2026.
const SUPPORTED_LTS = [22, 24];

describe('docker-compose.yml', () => {
  it("mounts the user's documents folder read-only at /documents, defaulting to the demo corpus", () => {
    for (const svc of [ingest, talkgraph])
      assert.ok(svc.volumes?.includes(['$', '{DOCUMENTS:-./demo/corpus}:/documents:ro'].join('')));
  });

  it('ingests /documents into Neo4j once Neo4j is healthy, and serves only after that ingest finished', () => {
    assert.match(ingest.command?.join(' ') ?? '', /talkgraph\.js ingest \/documents/);
    assert.equal(ingest.depends_on?.neo4j.condition, 'service_healthy');
    assert.equal(talkgraph.depends_on?.ingest.condition, 'service_completed_successfully');
    assert.equal(ingest.environment?.NEO4J_URI, 'bolt://neo4j:7687');
    assert.deepEqual(talkgraph.environment, ingest.environment);
    assert.equal(ingest.image, talkgraph.image, 'one image for both');
  });

  it('binds every published port to loopback only', () => {
    const ports = Object.values(compose.services).flatMap((s) => (s as { ports?: string[] }).ports ?? []);
    assert.ok(ports.length >= 3);
    for (const p of ports) assert.match(p, /^127\.0\.0\.1:/);
    assert.match(neo4j.image ?? '', /^neo4j:5\.26/);
  });
});

describe('Dockerfile', () => {
  const steps = instructions();

  it('builds and runs on a supported Node LTS image', () => {
    const froms = steps.filter((s) => s.op === 'FROM');
    assert.ok(froms.length >= 1);
    for (const f of froms) {
      const m = /^node:(\d+)[-.\w]*/.exec(f.args);
      assert.ok(m, `FROM ${f.args} is not a node image with a version`);
      assert.ok(SUPPORTED_LTS.includes(Number(m[1])), `node ${m[1]} is not a supported LTS`);
    }
  });

  it('copies only package.json and the lockfile before npm ci, and the source after it', () => {
    const build = steps.filter((s) => s.stage === 0);
    const ci = build.findIndex((s) => s.op === 'RUN' && /\bnpm ci\b/.test(s.args));
    assert.ok(ci > 0, 'npm ci in the build stage');
    const copiesBefore = build.slice(0, ci).filter((s) => s.op === 'COPY');
    assert.deepEqual(
      copiesBefore.map((s) => s.args),
      ['package.json package-lock.json ./'],
    );
    const source = build.findIndex((s) => s.op === 'COPY' && /^\.\s/.test(s.args));
    assert.ok(source > ci, 'COPY . . comes after npm ci');
  });

  it('keeps the build context free of local state (node_modules, data, build output)', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['node_modules', '.talkgraph', 'dist', 'web/dist', '.git']) assert.ok(ignored.includes(p), p);
  });

  it('runs as the node user with /documents and /data prepared for it', () => {
    const run = steps.filter((s) => s.stage === 1);
    assert.ok(run.some((s) => s.op === 'USER' && s.args === 'node'));
    assert.ok(run.some((s) => s.op === 'RUN' && /\/documents/.test(s.args) && /chown node/.test(s.args)));
  });
});
