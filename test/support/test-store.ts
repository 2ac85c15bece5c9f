import type {
  Facilitator,
  ProfileSummary,
  QuestionnaireResponse,
  Workshop,
} from '../../src/domain/index.js';
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

/** A facilitator as the store receives it (the hash is only stored, never checked here). */
export function buildFacilitator(id: string, overrides: Partial<Facilitator> = {}): Facilitator {
  return {
    id,
    email: `${id}@crib.example`,
    passwordHash: `hash-of-${id}`,
    createdAt: CREATED,
    displayName: null,
    shareCode: null,
    ...overrides,
  };
}

/** A workshop of the mini fixture, open, held by `facilitatorId`. */
export function buildWorkshop(
  id: string,
  facilitatorId: string,
  overrides: Partial<Workshop> = {},
): Workshop {
  return {
    id,
    facilitatorId,
    title: `Atelier ${id}`,
    date: '2026-03-12',
    questionnaireId: 'mini',
    version: '1.0.0',
    locale: 'fr',
    joinCode: `JOIN-${id}`,
    closesAt: null,
    closedAt: null,
    createdAt: CREATED,
    ...overrides,
  };
}

/** A submitted profile as the store sees it: only ids, scores and levels matter to it. */
export function buildProfile(
  overall: [number | null, string | null],
  areas: Record<string, [number | null, string | null]>,
): ProfileSummary {
  return {
    overall: { score: overall[0], level: overall[1], coverage: 1 },
    areas: Object.entries(areas).map(([id, [score, level]]) => ({
      id,
      score,
      level,
      coverage: score === null ? 0.25 : 1,
      status: score === null ? ('insufficient' as const) : ('scored' as const),
      weight: 1,
    })),
  };
}
