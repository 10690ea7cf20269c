/**
 * The exit statuses of `talkgraph`, documented in README.md ("Exit codes").
 * Scripts rely on them, so each has one meaning across commands.
 */
export const EXIT = {
  /** the command did what was asked */
  ok: 0,
  /** the work ran but part of it failed: a rejected document, a GraphQL error, a path not in the store, a busy port */
  failed: 1,
  /** the command line was wrong: unknown command or option, missing argument, unreadable query file */
  usage: 2,
  /** the store cannot be reached (Neo4j down, wrong URI or credentials) */
  storeUnavailable: 3,
} as const;

/** A mistake on the command line: printed with a hint to `--help`, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
