import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from './generate';

// Writes a generated corpus to a folder, for `talkgraph ingest` or another
// process: node dist/bench/corpus/write.js --documents 10000 [--seed 1] --out DIR

export function writeCorpus(dir: string, documents: number, seed = 1): number {
  let bytes = 0;
  for (const doc of generateCorpus({ documents, seed })) {
    const path = join(dir, doc.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  return bytes;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const documents = Number(option(args, '--documents'));
  const out = option(args, '--out');
  if (!Number.isInteger(documents) || documents <= 0 || !out) {
    console.error('usage: node dist/bench/corpus/write.js --documents N [--seed S] --out DIR');
    process.exit(2);
  }
  const bytes = writeCorpus(resolve(out), documents, Number(option(args, '--seed') ?? 1));
  console.log(`${documents} documents, ${(bytes / 1e6).toFixed(1)} MB in ${resolve(out)}`);
}
