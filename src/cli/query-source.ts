import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { closest } from './closest';
import { UsageError } from './exit-codes';

export interface QuerySourceFlags {
  file?: string;
  operation?: string;
}

export interface QuerySource {
  text: string;
  /** where the text came from, for messages: "the command line", a file name, "stdin" */
  origin: string;
  operationName?: string;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (e) {
    throw new UsageError(`could not read the query from stdin: ${(e as Error).message}`);
  }
}

function readQueryFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new UsageError(`--file ${file}: ${why}`);
  }
}

/** The operation names of a document that parses; null when it does not (GraphQL reports that itself). */
function operationNames(text: string): string[] | null {
  try {
    return parse(text)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? d.name.value : ''));
  } catch {
    return null;
  }
}

/**
 * The query to run: the QUERY argument, `-f FILE`, or stdin (`-` as either),
 * and with --operation the named operation of a document holding several
 * (such as schema/examples.graphql). Names are checked here so a typo gets
 * the close matches rather than GraphQL's bare "unknown operation".
 */
export function resolveQuerySource(query: string | undefined, flags: QuerySourceFlags): QuerySource {
  if (query !== undefined && flags.file !== undefined)
    throw new UsageError('give the query either as an argument or with --file, not both');
  const from = query ?? flags.file;
  if (from === undefined) throw new UsageError('give a query: QUERY, --file FILE, or - to read stdin');
  const text = from === '-' ? readStdin() : query !== undefined ? query : readQueryFile(from);
  const origin = from === '-' ? 'stdin' : query !== undefined ? 'the command line' : from;
  if (!text.trim()) throw new UsageError(`the query from ${origin} is empty`);
  const names = operationNames(text);
  if (names === null) return { text, origin, operationName: flags.operation };
  const named = names.filter(Boolean);
  if (flags.operation !== undefined) {
    if (!named.includes(flags.operation)) {
      const near = closest(flags.operation, named);
      throw new UsageError(
        `--operation ${flags.operation}: no such operation in ${origin}` +
          (near.length ? `; did you mean ${near.join(', ')}?` : '') +
          (named.length ? `\noperations: ${named.join(', ')}` : ''),
      );
    }
    return { text, origin, operationName: flags.operation };
  }
  if (names.length > 1)
    throw new UsageError(
      `${origin} holds ${names.length} operations; pick one with --operation NAME\noperations: ${named.join(', ')}`,
    );
  return { text, origin };
}
