import type { QuestionnaireResponse } from '../../src/domain/index.js';
import { createStore } from '../../src/store/create-store.js';
import { migrateToLatest } from '../../src/store/migrate-to-latest.js';
import { openDatabase, type Database } from '../../src/store/open-database.js';
import type { Store } from '../../src/usecases/ports.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const CREATED = '2026-03-01T10:00:00.000Z';

export interface TestStore {
  db: Database;
  store: Store;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real store on a fresh, migrated database of the run's dialect, with the mini fixture's version recorded. */
export async function openTestStore(): Promise<TestStore> {
  const database = await createTestDatabase();
  const db = openDatabase(database.config);
  await migrateToLatest(db);
  const store = createStore(db, database.config.dialect);
  await store.publishedVersions.record(
    { questionnaireId: 'mini', version: '1.0.0', contentHash: 'abc' },
    CREATED,
  );
  return {
    db,
    store,
    database,
    close: async () => {
      await db.destroy();
      await database.remove();
    },
  };
}

/** A draft of the mini fixture, as the store receives it. */
export function buildDraftResponse(
  id: string,
  overrides: Partial<QuestionnaireResponse> = {},
): QuestionnaireResponse {
  return {
    id,
    questionnaireId: 'mini',
    version: '1.0.0',
    locale: 'fr',
    status: 'draft',
    tokenHash: `hash-of-${id}`,
    associationName: null,
    chainId: overrides.chainId ?? id,
    previousResponseId: null,
    workshopId: null,
    shareAnswers: false,
    answers: {},
    profile: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    submittedAt: null,
    ...overrides,
  };
}
