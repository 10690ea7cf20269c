import { Kind, parse } from 'graphql';

export interface ExampleTab {
  /** the operation's name, or "query N" for an anonymous one */
  name: string;
  /** the operation's text with the comment lines just above it (they say what it asks) */
  query: string;
}

/**
 * Splits schema/examples.graphql into one tab per operation, each keeping the
 * comment written above it, so the IDE opens with the questions the README
 * promises instead of an empty editor. The file's opening comment (before a
 * blank line) belongs to no operation and is dropped.
 */
export function exampleTabs(source: string): ExampleTab[] {
  const operations = parse(source).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operations.map((op, i) => {
    const start = op.loc?.start ?? 0;
    const end = op.loc?.end ?? source.length;
    const before = source.slice(0, start).split('\n');
    before.pop(); // the operation's own line, up to its first character
    const comments: string[] = [];
    while (before.length && /^\s*#/.test(before[before.length - 1])) comments.unshift(before.pop() as string);
    const name = op.kind === Kind.OPERATION_DEFINITION && op.name ? op.name.value : `query ${i + 1}`;
    return { name, query: [...comments, source.slice(start, end)].join('\n') };
  });
}
