import { resolve, sep } from 'node:path';
import { Command } from 'commander';
import type { GraphNode } from '../../model/graph';
import type { GraphStore } from '../../store/port';
import { EXIT } from '../exit-codes';
import { type StoreFlags, withStore } from '../store';
import { type ReportStatus, reporting } from './report';

/** Every stored document, page by page (the store caps a page). */
async function storedDocuments(store: GraphStore): Promise<GraphNode[]> {
  const all: GraphNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listNodes('Document', { first: 500, after });
    all.push(...page.nodes);
    if (!page.hasNextPage || page.nodes.length === 0) return all;
    after = page.cursors[page.cursors.length - 1];
  }
}

/**
 * Matches by the path the document was ingested from, not by the file on
 * disk: the usual reason to remove a document is that its file was deleted,
 * and a folder names every stored document under it.
 */
function matching(docs: readonly GraphNode[], path: string): GraphNode[] {
  const abs = resolve(path);
  return docs.filter((d) => {
    const p = String(d.props.path ?? '');
    return p === abs || p.startsWith(abs.endsWith(sep) ? abs : abs + sep);
  });
}

async function remove(paths: string[], flags: StoreFlags & { quiet?: boolean }): Promise<number> {
  return withStore(flags, async (store) => {
    const docs = await storedDocuments(store);
    const done = new Set<string>();
    let unknown = 0;
    for (const path of paths) {
      const found = matching(docs, path);
      if (found.length === 0) {
        unknown++;
        process.stderr.write(`not in the store       ${resolve(path)}\n`);
      }
      for (const d of found) {
        if (done.has(d.id)) continue;
        await store.removeDocument(d.id);
        done.add(d.id);
        if (!flags.quiet) process.stdout.write(`removed                ${d.props.path}\n`);
      }
    }
    process.stdout.write(`removed ${done.size} documents, ${unknown} paths not in the store\n`);
    return unknown > 0 ? EXIT.failed : EXIT.ok;
  });
}

export function removeCommand(report: ReportStatus): Command {
  return new Command('remove')
    .description(
      'remove documents from the store: their facts go; people, organizations and technologies stay while another document states them',
    )
    .argument(
      '<path...>',
      'documents as ingested (the files may be gone), or folders: every stored document under them',
    )
    .option('--data-dir <dir>', 'embedded store folder (default ./.talkgraph or TALKGRAPH_DATA_DIR)')
    .option('-q, --quiet', 'print only the summary and paths not in the store')
    .addHelpText(
      'after',
      `
A path that names no stored document is reported on stderr; the others are
removed and the exit status is 1.

Examples:
  $ rm notes/2019-meetup.md && talkgraph remove notes/2019-meetup.md
  $ talkgraph remove --data-dir ~/talks old-agendas/`,
    )
    .action(reporting(report, remove));
}
