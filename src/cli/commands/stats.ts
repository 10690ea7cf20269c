import { Command } from 'commander';
import { publicUri } from '../../store/neo4j/failure';
import type { StoreStats } from '../../store/port';
import { EXIT } from '../exit-codes';
import { printJson } from '../output';
import { dataDirWarning, embeddedDataDir, type StoreFlags, withStore } from '../store';
import { type ReportStatus, reporting } from './report';

function table(stats: StoreStats, where: string): string {
  const rows: [string, number][] = [
    ['documents', stats.documents],
    ...Object.entries(stats.nodes).filter(([kind]) => kind !== 'Document'),
    ['relationships', stats.rels],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [where, ...rows.map(([k, n]) => `  ${k.padEnd(width)}  ${String(n).padStart(7)}`)].join('\n');
}

async function stats(flags: StoreFlags & { json?: boolean }): Promise<number> {
  const missing = dataDirWarning(flags);
  if (missing) process.stderr.write(`${missing}\n`);
  return withStore(
    flags,
    async (store) => {
      const counts = await store.stats();
      const dir = embeddedDataDir(flags);
      const uri = publicUri(process.env.NEO4J_URI ?? '');
      const where = dir ? `embedded store in ${dir}` : `Neo4j at ${uri}`;
      if (process.stdout.isTTY && !flags.json) process.stdout.write(`${table(counts, where)}\n`);
      else printJson({ store: dir ? 'embedded' : 'neo4j', location: dir ?? uri, ...counts }, flags);
      return EXIT.ok;
    },
    { readOnly: true },
  );
}

export function statsCommand(report: ReportStatus): Command {
  return new Command('stats')
    .description('count what the store holds: documents, nodes of each kind, relationships')
    .option('--json', 'JSON even on a terminal (it is always JSON when piped)')
    .option('--data-dir <dir>', 'embedded store folder (default ./.talkgraph or TALKGRAPH_DATA_DIR)')
    .addHelpText(
      'after',
      `
Examples:
  $ talkgraph stats
  $ talkgraph stats --data-dir ~/talks --json | jq .nodes.Person`,
    )
    .action(reporting(report, stats));
}
