import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { queryCommand } from './commands/query';
import { removeCommand } from './commands/remove';
import type { ReportStatus } from './commands/report';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';

/** package.json beside dist/, so --version is the installed package's version. */
function packageVersion(): string {
  const file = resolve(__dirname, '..', '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const FOOTER = `
The embedded store lives in --data-dir (default ./.talkgraph or TALKGRAPH_DATA_DIR);
with NEO4J_URI set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) every command uses Neo4j.

Exit status: 0 done, 1 part of the work failed (a rejected document, a GraphQL
error, a path not in the store, a busy port), 2 a usage mistake, 3 the store is
unreachable.

Examples:
  $ talkgraph ingest demo/corpus
  $ talkgraph query -f schema/examples.graphql --operation WhoSpokeAboutContainers
  $ talkgraph serve --port 4000
  $ talkgraph ingest --help`;

/**
 * The `talkgraph` command line. Commander never exits the process itself
 * (exitOverride): main maps its errors to our exit codes, and tests call main.
 */
export function buildProgram(report: ReportStatus): Command {
  const program = new Command('talkgraph')
    .description('a knowledge graph of architecture talks: documents in, GraphQL out')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help (also per command: talkgraph query --help)')
    .addHelpText('after', FOOTER);
  for (const command of [ingestCommand, queryCommand, serveCommand, removeCommand, statsCommand, extractCommand])
    program.addCommand(command(report));
  for (const c of [program, ...program.commands])
    c.exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({ outputError: (message, write) => write(`talkgraph: ${message.replace(/^error: /, '')}`) });
  return program;
}
