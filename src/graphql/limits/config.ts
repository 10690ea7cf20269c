// The limits every GraphQL request runs under, one place for their defaults
// and their environment variables, so `serve`, `query` and the tests agree.

export interface QueryLimits {
  /** deepest nesting of fields with sub-selections (introspection not counted) */
  maxDepth: number;
  /** estimated work units (see measure.ts, field-costs.ts); the export queries of CONTRACT.md cost 3,000 to 14,000 */
  maxCost: number;
  /** aliased fields per operation, fragments counted once per spread */
  maxAliases: number;
  /** lexical tokens of the query text; graphql-js stops parsing past it */
  maxTokens: number;
  /** how long one request may keep issuing store calls */
  timeoutMs: number;
  /** how many items a relationship list without `first` (Talk.speakers, Person.talks …) is assumed to hold */
  listFanout: number;
  /** schema introspection (`__schema`, `__type`) */
  introspection: boolean;
  /** "Did you mean …" hints naming schema fields in validation errors */
  suggestions: boolean;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 200_000,
  maxAliases: 100,
  maxTokens: 10_000,
  timeoutMs: 10_000,
  listFanout: 10,
  introspection: true,
  suggestions: true,
};

/** Environment variable of each limit. */
export const LIMIT_ENV: Record<keyof QueryLimits, string> = {
  maxDepth: 'TALKGRAPH_MAX_DEPTH',
  maxCost: 'TALKGRAPH_MAX_COST',
  maxAliases: 'TALKGRAPH_MAX_ALIASES',
  maxTokens: 'TALKGRAPH_MAX_TOKENS',
  timeoutMs: 'TALKGRAPH_REQUEST_TIMEOUT_MS',
  listFanout: 'TALKGRAPH_LIST_FANOUT',
  introspection: 'TALKGRAPH_INTROSPECTION',
  suggestions: 'TALKGRAPH_SUGGESTIONS',
};

type Env = Record<string, string | undefined>;

function readNumber(env: Env, key: keyof QueryLimits, fallback: number): number {
  const name = LIMIT_ENV[key];
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

function readSwitch(env: Env, key: keyof QueryLimits, fallback: boolean): boolean {
  const name = LIMIT_ENV[key];
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new RangeError(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
}

/**
 * The limits the environment asks for. In production (NODE_ENV=production)
 * introspection and suggestions default to off: they map the schema for anyone.
 * A malformed value is an error naming the variable, not a silent default.
 */
export function limitsFromEnv(env: Env = process.env, overrides: Partial<QueryLimits> = {}): QueryLimits {
  const production = env.NODE_ENV === 'production';
  const d = DEFAULT_LIMITS;
  return {
    maxDepth: readNumber(env, 'maxDepth', d.maxDepth),
    maxCost: readNumber(env, 'maxCost', d.maxCost),
    maxAliases: readNumber(env, 'maxAliases', d.maxAliases),
    maxTokens: readNumber(env, 'maxTokens', d.maxTokens),
    timeoutMs: readNumber(env, 'timeoutMs', d.timeoutMs),
    listFanout: readNumber(env, 'listFanout', d.listFanout),
    introspection: readSwitch(env, 'introspection', !production),
    suggestions: readSwitch(env, 'suggestions', !production),
    ...overrides,
  };
}
