import type { DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { DatabaseUnavailableError } from '../usecases/database-unavailable-error.js';

/**
 * PostgreSQL's codes for "not now": a statement cancelled by statement_timeout (57014) or a lock
 * not granted (55P03), a server shutting down or starting (57P01-57P03), out of connections
 * (53300), of disk (53100) or of memory (53200), a lost connection (class 08), writes refused
 * by a read-only server or standby (25006). @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const POSTGRES_UNAVAILABLE = /^(57014|55P03|57P0[123]|53[123]00|08\w{3}|25006)$/;

/** SQLite's: locked beyond busy_timeout, disk full, read-only file or mount, I/O error. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|FULL|READONLY|IOERR|CANTOPEN|PROTOCOL)(_|$)/;

/**
 * The socket's errors, and those of pg and pg-pool, which carry no code ("timeout expired": a
 * new connection that opened no session within its connect timeout).
 */
const NETWORK_CODES =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/;
const PG_MESSAGES =
  /^(timeout exceeded when trying to connect|timeout expired$|Connection terminated|Query read timeout|Client has encountered a connection error)/;

/** Whether a driver's error says the database cannot serve now, rather than that the query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    return (
      POSTGRES_UNAVAILABLE.test(code) || SQLITE_UNAVAILABLE.test(code) || NETWORK_CODES.test(code)
    );
  }
  return PG_MESSAGES.test(error.message);
}

function mapped(error: unknown): unknown {
  return isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error)
    : error;
}

async function mapping<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapped(error);
  }
}

/** A connection whose errors of unavailability become DatabaseUnavailableError. */
class MappingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(
    ...args: Parameters<DatabaseConnection['executeQuery']>
  ): Promise<QueryResult<R>> {
    return mapping(() => this.inner.executeQuery<R>(...args));
  }

  async *streamQuery<R>(
    ...args: Parameters<DatabaseConnection['streamQuery']>
  ): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(...args);
    } catch (error) {
      throw mapped(error);
    }
  }
}

const inner = (connection: DatabaseConnection) =>
  connection instanceof MappingConnection ? connection.inner : connection;

/**
 * The dialect with its errors of unavailability (timeouts, lost connections, full disk ...)
 * turned into DatabaseUnavailableError, so that the use cases and the HTTP layer can tell "try
 * again later" (503) from a bug (500) without knowing any driver. Every other error, a unique
 * violation or a deadlock among them, passes through untouched.
 */
export function withUnavailableErrors(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => mappingDriver(dialect.createDriver()),
  };
}

function mappingDriver(driver: Driver): Driver {
  return {
    init: () => mapping(() => driver.init()),
    acquireConnection: () =>
      mapping(async () => new MappingConnection(await driver.acquireConnection())),
    beginTransaction: (connection, settings) =>
      mapping(() => driver.beginTransaction(inner(connection), settings)),
    commitTransaction: (connection) => mapping(() => driver.commitTransaction(inner(connection))),
    rollbackTransaction: (connection) =>
      mapping(() => driver.rollbackTransaction(inner(connection))),
    ...(driver.savepoint && {
      savepoint: (connection, name, compile) =>
        mapping(() => driver.savepoint!(inner(connection), name, compile)),
    }),
    ...(driver.rollbackToSavepoint && {
      rollbackToSavepoint: (connection, name, compile) =>
        mapping(() => driver.rollbackToSavepoint!(inner(connection), name, compile)),
    }),
    ...(driver.releaseSavepoint && {
      releaseSavepoint: (connection, name, compile) =>
        mapping(() => driver.releaseSavepoint!(inner(connection), name, compile)),
    }),
    releaseConnection: (connection) => driver.releaseConnection(inner(connection)),
    destroy: () => driver.destroy(),
  };
}
