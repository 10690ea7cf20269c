import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import { driverFailureCause, isConnectionFailure, publicUri } from './failure';
import { disableNagleForNeo4jDriver } from './no-delay';
import { cypher } from './statements';

// The one place that touches the driver: sessions per call, executeRead /
// executeWrite (the driver retries transient failures), single-statement
// reads in auto-commit transactions (retried here alike), round trips
// counted, and driver errors mapped to errors that say what went wrong and where.

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  /** default: the server's default database */
  database?: string;
  /** how long executeRead/executeWrite keep retrying transient failures (default 3 s) */
  maxRetryMs?: number;
  /** how long to wait for a connection (default 5 s) */
  connectTimeoutMs?: number;
}

export type Row = Record<string, unknown>;
/** Runs cypher/<name>.cypher (or `text`) in the current transaction. */
export type Run = (name: string, params: Record<string, unknown>, text?: string) => Promise<Row[]>;

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** The server aborts a transaction running longer than this (a runaway query, a stuck lock). */
const READ_TIMEOUT_MS = 60_000;
const WRITE_TIMEOUT_MS = 300_000;
/** health() answers within this, whatever the network does. */
const HEALTH_TIMEOUT_MS = 8000;

export class Neo4jConnection {
  readonly driver: Driver;
  /** Cypher statements sent so far (each tx.run is one round trip); tests count these. */
  roundTrips = 0;

  constructor(readonly config: Neo4jConfig) {
    disableNagleForNeo4jDriver();
    // No password: no auth token (a server with auth disabled accepts that).
    const auth = config.password ? neo4j.auth.basic(config.user || 'neo4j', config.password) : undefined;
    const connectTimeout = config.connectTimeoutMs ?? 5000;
    try {
      this.driver = neo4j.driver(config.uri, auth, {
        connectionTimeout: connectTimeout,
        connectionAcquisitionTimeout: connectTimeout * 2,
        maxTransactionRetryTime: config.maxRetryMs ?? 3000,
        userAgent: 'talkgraph',
        telemetryDisabled: true,
      });
    } catch (e) {
      throw new StoreUnavailableError(
        `Neo4j URI ${JSON.stringify(publicUri(config.uri))} is not usable: ${(e as Error).message.replaceAll(config.uri, publicUri(config.uri))}`,
      );
    }
  }

  private where(): string {
    return `Neo4j at ${publicUri(this.config.uri)}${this.config.database ? ` (database ${this.config.database})` : ''}`;
  }

  /** A driver error as one of ours: unreachable/refused -> StoreUnavailableError, else a query error. */
  mapError(e: unknown, what: string): Error {
    if (e instanceof StoreUnavailableError) return e;
    const code = (e as { code?: string }).code ?? '';
    const message = (e as Error).message ?? String(e);
    if (UNAVAILABLE.has(code) || isConnectionFailure(e)) {
      const why = code.includes('Security')
        ? `refused the credentials of user ${JSON.stringify(this.config.user || 'neo4j')}`
        : code.includes('DatabaseNotFound')
          ? 'has no such database'
          : 'is unreachable';
      // One sentence naming the URI and the cause; the driver's full text stays in `cause`.
      const detail = code.includes('Security') || code.includes('DatabaseNotFound') ? '' : `: ${driverFailureCause(e)}`;
      return new StoreUnavailableError(`${this.where()} ${why} (${what})${detail}`, { cause: e });
    }
    return new Error(`${this.where()}: ${what} failed: ${code ? `${code}: ` : ''}${message}`, { cause: e });
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private runner(tx: ManagedTransaction): Run {
    return async (name, params, text) => {
      this.roundTrips++;
      const result = await tx.run(text ?? cypher(name), params);
      return result.records.map((r) => r.toObject() as Row);
    };
  }

  async read<T>(what: string, work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(this.runner(tx)), { timeout: READ_TIMEOUT_MS });
    } catch (e) {
      throw this.mapError(e, what);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * One read statement in an auto-commit transaction: the driver pipelines
   * RUN and PULL, so it costs one network round trip, where a managed read
   * transaction costs three (BEGIN, RUN + PULL, COMMIT) — on a loopback
   * server 3.7 against 8.4 ms for `RETURN 1`. A statement sees one snapshot
   * either way; transient failures are retried as executeRead would (a read
   * is safe to repeat), for up to maxRetryMs.
   */
  async readOne(what: string, name: string, params: Record<string, unknown>, text?: string): Promise<Row[]> {
    const giveUpAt = Date.now() + (this.config.maxRetryMs ?? 3000);
    for (let attempt = 0; ; attempt++) {
      const session = this.session('READ');
      try {
        this.roundTrips++;
        const result = await session.run(text ?? cypher(name), params, { timeout: READ_TIMEOUT_MS });
        return result.records.map((r) => r.toObject() as Row);
      } catch (e) {
        if (!neo4j.isRetryableError(e as Error) || Date.now() >= giveUpAt) throw this.mapError(e, what);
      } finally {
        await session.close().catch(() => {});
      }
      // the driver's own backoff: about 1 s doubling, here from 100 ms, capped by giveUpAt
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, giveUpAt - Date.now())));
    }
  }

  async write<T>(what: string, work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(this.runner(tx)), { timeout: WRITE_TIMEOUT_MS });
    } catch (e) {
      throw this.mapError(e, what);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** An auto-commit statement: schema changes, and CALL … IN TRANSACTIONS. */
  async autoCommit(what: string, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      this.roundTrips++;
      const result = await session.run(text, params);
      return result.records.map((r) => r.toObject() as Row);
    } catch (e) {
      throw this.mapError(e, what);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Ready = the server answers a query in the database. Never throws; answers within HEALTH_TIMEOUT_MS. */
  async health(): Promise<{ ok: boolean; detail: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, detail: `${this.where()} did not answer within ${HEALTH_TIMEOUT_MS} ms` }),
        HEALTH_TIMEOUT_MS,
      );
    });
    const check = (async () => {
      try {
        const info = await this.driver.getServerInfo({ database: this.config.database });
        await this.readOne('health check', 'read/ping', {});
        return { ok: true, detail: this.where().replace(/^Neo4j/, info.agent ?? 'Neo4j') };
      } catch (e) {
        return { ok: false, detail: this.mapError(e, 'health check').message };
      }
    })();
    try {
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
