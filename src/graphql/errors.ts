import { GraphQLError } from 'graphql';

// The few public error codes clients can rely on (in `extensions.code`).
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'STORE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

export function userInputError(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, field } });
}
