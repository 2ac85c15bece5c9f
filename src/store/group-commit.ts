import type { ControlledTransaction, Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

type Work<R, T> = (repositories: R) => Promise<T>;

interface Pending<R> {
  work: Work<R, unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Runs the units of work that arrive together in one database transaction, each in its own
 * savepoint, and settles each unit only after the commit: a unit that fails is rolled back
 * alone, and nothing is acknowledged before it is durable. On SQLite a commit costs far more
 * than the small writes of a request, so sharing it is what lets one file take thousands of
 * submissions a second. @see README "Decisions"
 */
export function groupCommit<R>(
  db: Kysely<DatabaseSchema>,
  repositoriesOn: (trx: Kysely<DatabaseSchema>) => R,
): <T>(work: Work<R, T>) => Promise<T> {
  let queue: Array<Pending<R>> = [];
  let scheduled = false;

  async function flush() {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await runBatch(batch);
    }
    scheduled = false;
  }

  async function runBatch(batch: Array<Pending<R>>) {
    let trx: ControlledTransaction<DatabaseSchema>;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      batch.forEach((pending) => pending.reject(error));
      return;
    }
    const outcomes: Array<() => void> = [];
    try {
      if (batch.length === 1) {
        // Alone, a unit needs no savepoint: its failure rolls back the whole transaction.
        const [pending] = batch as [Pending<R>];
        const value = await pending.work(repositoriesOn(trx));
        outcomes.push(() => pending.resolve(value));
      } else {
        for (const [i, pending] of batch.entries()) {
          const name = `unit${i}`;
          const savepoint = await trx.savepoint(name).execute();
          try {
            const value = await pending.work(repositoriesOn(savepoint));
            await savepoint.releaseSavepoint(name).execute();
            outcomes.push(() => pending.resolve(value));
          } catch (error) {
            await savepoint.rollbackToSavepoint(name).execute();
            await savepoint.releaseSavepoint(name).execute();
            outcomes.push(() => pending.reject(error));
          }
        }
      }
      await trx.commit().execute();
      outcomes.forEach((settle) => settle());
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      batch.forEach((pending) => pending.reject(error));
    }
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
