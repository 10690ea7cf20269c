import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadCatalogs } from '../../../loaders/catalogs';
import { explainDocument, explanationText } from '../../../loaders/explain';
import { EXIT, UsageError } from '../exit-codes';
import { printJson } from '../output';
import { type ReportStatus, reporting } from './report';

// `talkgraph extract --explain FILE`: why a talk was or was not found, stage by stage. Stores nothing.

async function extract(file: string, flags: { explain?: boolean; json?: boolean }): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`extract: cannot read ${file}: ${(e as Error).message}`);
  }
  const x = explainDocument(file, bytes, loadCatalogs());
  if (flags.json) printJson(flags.explain ? x : x.found, flags);
  else
    process.stdout.write(
      `${flags.explain ? explanationText(x) : explanationText({ ...x, blocks: [], annotations: [], candidates: [] })}\n`,
    );
  return EXIT.ok;
}

export function extractCommand(report: ReportStatus): Command {
  return new Command('extract')
    .description('read one document and print what extraction finds in it, without storing anything')
    .argument('<file>', 'a document')
    .option('--explain', 'also print the blocks, annotations and candidates, with the decision on each')
    .option('--json', 'JSON instead of text')
    .addHelpText(
      'after',
      `
Examples:
  $ talkgraph extract --explain agenda.md
  $ talkgraph extract --explain --json recap.html | jq '.candidates[] | select(.accepted | not)'`,
    )
    .action(reporting(report, extract));
}
