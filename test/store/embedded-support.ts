import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../../src/model/graph';
import { NODE_KINDS } from '../../src/model/graph';
import type { EmbeddedStore } from '../../src/store/embedded';
import { buildFacts } from '../support/facts';
import { tempDir } from '../support/tmp';

// Made-up meetup documents for the embedded store's fault and scale tests:
// repeat speakers, recurring events, shared technologies, like the genre.

export function meetupFacts(i: number, version = 1): DocumentFacts {
  return buildFacts({
    documentId: `doc:meetup-${String(i).padStart(5, '0')}`,
    title: `Gopher 夜话 第 ${i} 期`,
    hash: `hash-${i}-v${version}`,
    event: { name: `Gopher 夜话 ${i % 9}`, startDate: `20${10 + (i % 12)}-0${1 + (i % 9)}-15`, city: '杭州' },
    people: [{ name: `讲者${i % 13}`, affiliations: [{ org: `示例公司${i % 5}`, role: 'engineer' }] }],
    technologies: [{ name: 'Go', category: 'language', broader: ['编程语言'] }],
    talks: [{ title: `第 ${i} 期分享 v${version}`, speakers: [`讲者${i % 13}`], technologies: ['Go'] }],
  });
}

/** Where the compiled store is, for child processes to load. */
export const storeModule = join(__dirname, '..', '..', 'src', 'store', 'embedded', 'index.js');
export const supportModule = __filename;

/**
 * Runs a script in a real child process. It gets `store` (the module path),
 * `support` (this module) and `args`, and reports by printing lines.
 */
export function child(script: string, args: unknown): { proc: ChildProcess; lines: string[]; exited: Promise<number> } {
  const file = join(tempDir('talkgraph-child-'), 'child.js');
  writeFileSync(
    file,
    `const store = require(${JSON.stringify(storeModule)});\n` +
      `const support = require(${JSON.stringify(supportModule)});\n` +
      `const args = JSON.parse(process.argv[2]);\n` +
      `(async () => {\n${script}\n})().then(() => process.exit(0), (e) => { console.log('error ' + e.message); process.exit(1); });\n`,
  );
  const proc = spawn(process.execPath, [file, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let carry = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    const parts = (carry + chunk.toString('utf8')).split('\n');
    carry = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<number>((done) => proc.on('close', (code) => done(code ?? -1)));
  return { proc, lines, exited };
}

export async function until(test: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Everything a reader can see: stats, and every node and its relationships of every kind. */
export async function storeState(s: EmbeddedStore) {
  const nodes = [];
  for (const kind of NODE_KINDS) nodes.push(...(await s.listNodes(kind, { first: 100_000 })).nodes);
  nodes.sort((a, b) => (a.id < b.id ? -1 : 1));
  const rels = await s.adjacent(
    nodes.flatMap((n) =>
      (['GAVE', 'AT', 'ABOUT', 'AFFILIATED_WITH', 'BROADER_THAN', 'MENTIONS'] as const).map((type) => ({
        id: n.id,
        type,
        direction: 'out' as const,
      })),
    ),
  );
  return { stats: await s.stats(), nodes, rels: rels.flat().map((a) => a.rel) };
}
