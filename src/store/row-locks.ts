import type { SelectQueryBuilder } from 'kysely';
import type { RowLock } from '../usecases/ports.js';
import type { DatabaseSchema } from './database-schema.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Adds the row lock a read-then-write needs. On PostgreSQL, `FOR UPDATE` (or `FOR SHARE`) holds
 * the rows until the transaction ends, so a second instance's transaction waits and then reads
 * what the first one committed. SQLite has no row locks and needs none here: one instance owns
 * the file, and its transactions run one at a time on its single connection, so a transaction
 * that reads a row is never interleaved with another that writes it. @see README "Decisions"
 */
export function withRowLock<TB extends keyof DatabaseSchema, O>(
  query: SelectQueryBuilder<DatabaseSchema, TB, O>,
  lock: RowLock | undefined,
  dialect: Dialect,
): SelectQueryBuilder<DatabaseSchema, TB, O> {
  if (!lock || dialect !== 'postgres') return query;
  return lock === 'update' ? query.forUpdate() : query.forShare();
}
