import { loadCatalog } from './catalog/load-catalog.js';
import { questionnaireFiles } from './catalog/questionnaire-files.js';
import type { Config } from './config.js';
import { createStore } from './store/create-store.js';
import {
  cachedReportRenderer,
  type DocumentCacheStatistics,
} from './report/cached-report-renderer.js';
import {
  openWorkerReportRenderer,
  type DocumentPoolStatistics,
} from './report/worker-report-renderer.js';
import { makeDocumentWriter } from './report/documents/document-writer.js';
import { pdfReportRenderer } from './report/pdf-report-renderer.js';
import { backupDatabase } from './store/backup-database.js';
import { migrateToLatest } from './store/migrate-to-latest.js';
import { openDatabase, type Database } from './store/open-database.js';
import { systemClock, type Clock } from './system/clock.js';
import { scryptPasswordHasher, type PasswordHasher } from './system/password-hasher.js';
import { cryptoResponseSecrets, type ResponseSecrets } from './system/response-secrets.js';
import {
  createAuthoringUseCases,
  type AuthoringUseCases,
} from './usecases/authoring/create-authoring-use-cases.js';
import { createUseCases, type UseCases } from './usecases/create-use-cases.js';

/** Brings the database named by the configuration up to date, for the CLI's `migrate`. */
export async function migrateDatabase(config: Config): Promise<string[]> {
  const db = openDatabase(config.database, { forMigrations: true });
  try {
    const results = await migrateToLatest(db);
    return results.map((result) => `${result.status.toLowerCase()}: ${result.migrationName}`);
  } finally {
    await db.destroy();
  }
}

/** Backs the database named by the configuration up to `target`, for the CLI's `backup`. */
export function backupConfiguredDatabase(config: Config, target: string): Promise<number> {
  return backupDatabase(config.database, target);
}

/**
 * The authoring commands' use cases (validate, score, report, paper): over the questionnaire
 * folder and a renderer on the calling thread, with no database and no worker pool to open or
 * close.
 */
export function openAuthoring(config: Config): AuthoringUseCases {
  return createAuthoringUseCases({
    questionnaires: questionnaireFiles(config.questionnairesDir),
    reports: pdfReportRenderer,
  });
}

/**
 * On PostgreSQL, migrations run on a pool of their own without the statement timeout (see
 * openDatabase); SQLite has no statement timeout, and an in-memory database exists only on its
 * own connection.
 */
async function migrateWithoutStatementTimeout(config: Config, db: Database): Promise<void> {
  if (config.database.dialect !== 'postgres') {
    await migrateToLatest(db);
    return;
  }
  const migrating = openDatabase(config.database, { forMigrations: true });
  try {
    await migrateToLatest(migrating);
  } finally {
    await migrating.destroy();
  }
}

export interface AppServices {
  useCases: UseCases;
  db: Database;
  /** How the document workers and their cache are doing (benchmarks, tests). */
  documents: {
    /** Starts the document workers; resolves once they have loaded the renderer. */
    ready(): Promise<void>;
    statistics(): { pool: DocumentPoolStatistics; cache: DocumentCacheStatistics };
  };
  close(): Promise<void>;
}

export interface ServiceOverrides {
  clock?: Clock;
  secrets?: ResponseSecrets;
  passwords?: PasswordHasher;
}

/**
 * The composition root shared by the server, the CLI, the tests and the benchmarks: loads and
 * validates the questionnaires, opens and migrates the database, wires the use cases, and
 * refuses to go on if a published version changed.
 */
export async function openAppServices(
  config: Config,
  overrides: ServiceOverrides = {},
): Promise<AppServices> {
  const catalog = await loadCatalog(config.questionnairesDir);
  const db = openDatabase(config.database);
  // Documents are rendered off the event loop, by worker threads, and kept by their tag.
  const pool = openWorkerReportRenderer(config.documents);
  const reports = cachedReportRenderer(pool, config.documents.cacheBytes);
  const close = async () => {
    await Promise.all([db.destroy(), pool.close()]);
  };
  try {
    await migrateWithoutStatementTimeout(config, db);
    const useCases = createUseCases({
      catalog,
      store: createStore(db, config.database.dialect),
      clock: overrides.clock ?? systemClock,
      secrets: overrides.secrets ?? cryptoResponseSecrets,
      reports,
      // Workbooks are written by the same workers, off the event loop.
      documents: makeDocumentWriter((table) => pool.writeXlsx(table)),
      passwords: overrides.passwords ?? scryptPasswordHasher,
      settings: {
        publicUrl: config.publicUrl,
        sessionHours: config.sessionHours,
        peerGroupQuestion: config.peerGroupQuestion,
        peerGroupMinimum: config.peerGroupMinimum,
        healthTimeoutMs: config.healthTimeoutMs,
      },
    });
    await useCases.verifyPublishedVersions();
    const documents = {
      ready: () => pool.ready(),
      statistics: () => ({ pool: pool.statistics(), cache: reports.statistics() }),
    };
    return { useCases, db, documents, close };
  } catch (error) {
    await close();
    throw error;
  }
}
