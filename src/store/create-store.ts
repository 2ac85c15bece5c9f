import type { Kysely } from 'kysely';
import type { Repositories, Store } from '../usecases/ports.js';
import type { DatabaseSchema } from './database-schema.js';
import { groupCommit } from './group-commit.js';
import type { Database } from './open-database.js';
import { probeDatabase } from './probe-database.js';
import { planRepository } from './repositories/plan-repository.js';
import { publishedVersionRepository } from './repositories/published-version-repository.js';
import { facilitatorRepository } from './repositories/facilitator-repository.js';
import { responseRepository } from './repositories/response-repository.js';
import { responseStatistics } from './repositories/response-statistics.js';
import { shareRepository } from './repositories/share-repository.js';
import { sessionRepository } from './repositories/session-repository.js';
import { teamRepository } from './repositories/team-repository.js';
import { workshopRepository } from './repositories/workshop-repository.js';
import type { Dialect } from './row-locks.js';

function repositoriesOn(db: Kysely<DatabaseSchema>, dialect: Dialect): Repositories {
  return {
    responses: responseRepository(db, dialect),
    publishedVersions: publishedVersionRepository(db),
    facilitators: facilitatorRepository(db),
    sessions: sessionRepository(db),
    workshops: workshopRepository(db, dialect),
    shares: shareRepository(db),
    statistics: responseStatistics(db),
    plans: planRepository(db),
    teams: teamRepository(db, dialect),
  };
}

/**
 * PostgreSQL's codes for a transaction it aborted so that another could go on: a deadlock
 * (40P01) or a serialization failure (40001). Running it again is what the server asks for.
 */
const TRANSIENT_POSTGRES_CODES = new Set(['40P01', '40001']);

export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_POSTGRES_CODES.has(code);
}

/**
 * The store port over a Kysely database: plain repositories plus (group-committed) transactions.
 * The dialect decides how a read locks the rows it will change (see row-locks.ts).
 */
export function createStore(db: Database, dialect: Dialect): Store {
  return {
    ...repositoriesOn(db, dialect),
    transaction: groupCommit(db, (trx) => repositoriesOn(trx, dialect), isTransientDatabaseError),
    ping: () => probeDatabase(db),
  };
}
