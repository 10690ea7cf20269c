import { Command } from 'commander';
import { readSourceText } from '../../../loaders/source';
import { contextOptions, createApollo, runOperation } from '../../graphql/apollo';
import { EXIT, UsageError } from '../exit-codes';
import { printJson } from '../output';
import { type QuerySourceFlags, resolveQuerySource } from '../query-source';
import { dataDirWarning, emptyStoreWarning, type StoreFlags, withStore } from '../store';
import { type ReportStatus, reporting } from './report';

interface QueryFlags extends StoreFlags, QuerySourceFlags {
  variables?: string;
  json?: boolean;
}

function parseVariables(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`--variables: not valid JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError('--variables: give a JSON object, e.g. \'{"topic": "Kubernetes"}\'');
  return value as Record<string, unknown>;
}

async function query(text: string | undefined, flags: QueryFlags): Promise<number> {
  const source = resolveQuerySource(text, flags);
  const variables = parseVariables(flags.variables);
  const missing = dataDirWarning(flags);
  return withStore(
    flags,
    async (store) => {
      const warning = missing ?? (await emptyStoreWarning(store, flags));
      if (warning) process.stderr.write(`${warning}\n`);
      const response = await runOperation(
        createApollo(),
        store,
        { query: source.text, variables, operationName: source.operationName },
        { ...contextOptions(), sources: { read: readSourceText } },
      );
      printJson(response, flags);
      return response.errors?.length ? EXIT.failed : EXIT.ok;
    },
    { readOnly: true },
  );
}

export function queryCommand(report: ReportStatus): Command {
  return new Command('query')
    .description('run one GraphQL query against the store in-process and print the response {"data": …, "errors": …}')
    .argument('[query]', 'the GraphQL query text, or - to read it from stdin')
    .option('-f, --file <file>', 'read the query from FILE (- for stdin)')
    .option('--operation <name>', 'run the operation NAME of a document holding several (e.g. schema/examples.graphql)')
    .option('--variables <json>', 'variables as a JSON object')
    .option('--json', 'compact one-line JSON even on a terminal (it is always compact when piped)')
    .option('--data-dir <dir>', 'embedded store folder (default ./.talkgraph or TALKGRAPH_DATA_DIR)')
    .addHelpText(
      'after',
      `
The response is indented on a terminal and one line of JSON when piped.
The exit status is 1 when the response carries errors.

Examples:
  $ talkgraph query '{ talks(first: 5) { totalCount nodes { title year } } }'
  $ talkgraph query -f schema/examples.graphql --operation WhoSpokeAboutContainers
  $ talkgraph query --variables '{"t": "Kubernetes"}' 'query($t: String!) { speakersOn(topic: $t) { person { name } } }'
  $ echo '{ people(first: 3) { nodes { name } } }' | talkgraph query - | jq .data`,
    )
    .action(reporting(report, query));
}
