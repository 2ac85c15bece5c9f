import type { ControlledTransaction, Kysely } from 'kysely';
import { DatabaseUnavailableError } from '../usecases/database-unavailable-error.js';
import type { DatabaseSchema } from './database-schema.js';
import { WriteWatchPlugin } from './write-watch-plugin.js';

type Work<R, T> = (repositories: R) => Promise<T>;

/** Builds the repositories of a transaction. */
export type RepositoryFactory<R> = (db: Kysely<DatabaseSchema>) => R;

/** A batch that keeps losing to other transactions fails after this many tries. */
const MAX_ATTEMPTS = 5;

interface Pending<R> {
  work: Work<R, unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Runs the units of work that arrive together in one database transaction and settles each
 * only after the commit, so nothing is acknowledged before it is durable. On SQLite a commit
 * costs more than the small writes of a request: sharing it lets one file take thousands of
 * saves a second. @see README "Decisions"
 *
 * A unit that fails before writing (a wrong token, an invalid answer) is simply rejected. A unit
 * that fails after writing spoils the shared transaction: it is rolled back and every unit of
 * the batch runs again alone, so that one failure never takes other requests down with it.
 * Whether a unit wrote is seen by a Kysely plugin on its queries (write-watch-plugin.ts), so a
 * repository method cannot forget to say so.
 *
 * With several instances on one PostgreSQL database, two batches may update the same running
 * totals in opposite orders; PostgreSQL then aborts one of them (a deadlock), which `isTransient`
 * recognises, and that batch runs again from the start.
 */
export function groupCommit<R>(
  db: Kysely<DatabaseSchema>,
  repositoriesOn: RepositoryFactory<R>,
  isTransient: (error: unknown) => boolean = () => false,
): <T>(work: Work<R, T>) => Promise<T> {
  let queue: Array<Pending<R>> = [];
  let scheduled = false;

  async function flush() {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const outcome = await runWithRetries(batch);
      if (outcome === 'spoiled') for (const pending of batch) await runWithRetries([pending]);
    }
    scheduled = false;
  }

  /**
   * Runs the batch again when it lost to another instance's transaction (a deadlock or a
   * serialization failure on PostgreSQL): nothing of it was kept, so running it again is safe.
   */
  async function runWithRetries(batch: Array<Pending<R>>): Promise<'done' | 'spoiled'> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await runTogether(batch, attempt < MAX_ATTEMPTS);
      if (outcome !== 'transient') return outcome;
    }
  }

  /**
   * 'spoiled' when a unit failed after writing and nothing of the batch was kept; 'transient'
   * when the database gave up on the transaction and asked for it to be run again.
   */
  async function runTogether(
    batch: Array<Pending<R>>,
    mayRetry: boolean,
  ): Promise<'done' | 'spoiled' | 'transient'> {
    let trx: ControlledTransaction<DatabaseSchema>;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      batch.forEach((pending) => pending.reject(error));
      return 'done';
    }
    const outcomes: Array<() => void> = [];
    try {
      for (const pending of batch) {
        let wrote = false;
        try {
          const watched = trx.withPlugin(new WriteWatchPlugin(() => (wrote = true)));
          const value = await pending.work(repositoriesOn(watched));
          outcomes.push(() => pending.resolve(value));
        } catch (error) {
          // A database that does not answer in time fails the whole batch at once (503 each):
          // running each unit again alone would make the last wait one timeout per unit.
          if (isTransient(error) || error instanceof DatabaseUnavailableError) throw error;
          if (wrote && batch.length > 1) {
            await trx.rollback().execute();
            return 'spoiled';
          }
          if (wrote) throw error;
          outcomes.push(() => pending.reject(error));
        }
      }
      await trx.commit().execute();
      outcomes.forEach((settle) => settle());
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      if (mayRetry && isTransient(error)) return 'transient';
      batch.forEach((pending) => pending.reject(error));
    }
    return 'done';
  }
  return function transaction<T>(work: Work<R, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        // Let the requests that arrive in this turn of the event loop join the batch.
        setImmediate(() => void flush());
      }
    });
  };
}
