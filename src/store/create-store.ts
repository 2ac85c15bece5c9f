import type { Kysely } from 'kysely';
import type { Repositories, Store } from '../usecases/ports.js';
import type { DatabaseSchema } from './database-schema.js';
import { groupCommit } from './group-commit.js';
import type { Database } from './open-database.js';
import { publishedVersionRepository } from './repositories/published-version-repository.js';
import { responseRepository } from './repositories/response-repository.js';

const noWriteTracking = () => undefined;

function repositoriesOn(db: Kysely<DatabaseSchema>, onWrite: () => void): Repositories {
  return {
    responses: responseRepository(db, onWrite),
    publishedVersions: publishedVersionRepository(db, onWrite),
  };
}

/** The store port over a Kysely database: plain repositories plus (group-committed) transactions. */
export function createStore(db: Database): Store {
  return { ...repositoriesOn(db, noWriteTracking), transaction: groupCommit(db, repositoriesOn) };
}
