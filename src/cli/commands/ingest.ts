import { Command } from 'commander';
import { ingestPaths } from '../../../loaders/ingest';
import { EXIT } from '../exit-codes';
import { describeResult, summarize } from '../ingest-report';
import { Progress } from '../progress';
import { type StoreFlags, withStore } from '../store';
import { type ReportStatus, reporting } from './report';

async function ingest(paths: string[], flags: StoreFlags & { quiet?: boolean }): Promise<number> {
  return withStore(flags, async (store) => {
    const progress = new Progress(process.stderr, { quiet: flags.quiet });
    const { results, failed } = await ingestPaths(store, paths, {
      keepFacts: false,
      onStart: (total) => progress.start(total),
      onResult: (r) => {
        if (r.status === 'rejected' || !flags.quiet) progress.clear();
        if (r.status === 'rejected') process.stderr.write(`${describeResult(r)}\n`);
        else if (!flags.quiet) process.stdout.write(`${describeResult(r)}\n`);
        progress.tick();
      },
    });
    progress.finish();
    process.stdout.write(`${summarize(results)}\n`);
    return failed > 0 ? EXIT.failed : EXIT.ok;
  });
}

export function ingestCommand(report: ReportStatus): Command {
  return new Command('ingest')
    .description(
      'load documents (files, or folders walked recursively) into the store; an unchanged document is skipped, a changed one replaces its earlier facts',
    )
    .argument('<path...>', 'files or folders of documents')
    .option('--data-dir <dir>', 'embedded store folder (default ./.talkgraph or TALKGRAPH_DATA_DIR)')
    .option('-q, --quiet', 'print only rejected documents and the summary')
    .addHelpText(
      'after',
      `
A document that cannot be read or parsed is reported by path on stderr; the
others are stored and the exit status is 1.

Examples:
  $ talkgraph ingest demo/corpus
  $ talkgraph ingest --data-dir ~/talks notes/ agenda.html
  $ NEO4J_URI=bolt://127.0.0.1:7687 talkgraph ingest -q docs/`,
    )
    .action(reporting(report, ingest));
}
