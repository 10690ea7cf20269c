/**
 * The store cannot be reached (Neo4j down, wrong URI or credentials). Adapters
 * map their driver's errors to this at their edge; the API reports it as
 * STORE_UNAVAILABLE and the health check as not ready.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
