import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

// The few public error codes clients can rely on (in `extensions.code`).
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_LARGE'
  | 'DEADLINE_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR';

export function userInputError(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, field } });
}

/** A request the API refuses before running it, answered with HTTP 400. */
export function refusal(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extensions, http: { status: 400, headers: new HeaderMap() } },
  });
}

/** A limit the request went past: the limit and what the request measured (`cost`), so a client can fix it. */
export function limitError(message: string, code: ErrorCode, limit: number, cost: number): GraphQLError {
  return refusal(message, code, { limit, cost: Math.min(Math.round(cost), Number.MAX_SAFE_INTEGER) });
}

/** The request ran past its deadline; no further store call is made for it. */
export function deadlineError(timeoutMs: number | undefined): GraphQLError {
  const within = timeoutMs === undefined ? '' : ` of ${timeoutMs} ms`;
  return new GraphQLError(`the request ran past its deadline${within} and was stopped`, {
    extensions: { code: 'DEADLINE_EXCEEDED' satisfies ErrorCode, limit: timeoutMs },
  });
}
