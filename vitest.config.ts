import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

/**
 * Test files at once. Most of a file's time is spent waiting (SQLite fsyncs, PostgreSQL, PDF
 * worker threads, child processes), so one more worker than cores keeps the cores busy; vitest's
 * own default (cores - 1) ran one file at a time on a 2-core runner. Every project of one run
 * must have the same count: vitest runs the files of projects with the same count together.
 */
const WORKERS = availableParallelism() + 1;

/**
 * The HTTP files that also run on PostgreSQL: the scale-out suite (several instances, graceful
 * shutdown, connections: PostgreSQL's business) and a handful of journeys whose routes reach
 * every repository through the real app. Every repository's own behaviour is checked on both
 * dialects by the store contract suites (test/integration/store, project store-pg); the rest of
 * the HTTP tier is dialect-blind and runs once, on SQLite.
 */
export const POSTGRES_HTTP_SMOKE = [
  'test/http/scale-out/**/*.test.ts',
  'test/http/database-hangs.test.ts',
  'test/http/health-refuses-writes.test.ts',
  'test/http/respondent-journey.test.ts',
  'test/http/draft-purge.test.ts',
  'test/http/peer-comparison.test.ts',
  'test/http/workshops/workshop-dashboard.test.ts',
  'test/http/teams/team-access.test.ts',
  'test/http/shares/share-access.test.ts',
  'test/http/plan/plan-actions.test.ts',
  'test/http/progress/take-again.test.ts',
];

/**
 * With TEST_DATABASE_URL (a PostgreSQL server), the store contract suites and the HTTP smoke set
 * run a second time on PostgreSQL, each test in a schema of its own (test/support/test-database.ts).
 */
const postgresProjects: TestProjectConfiguration[] = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true,
        test: {
          name: 'store-pg',
          include: ['test/integration/store/**/*.test.ts'],
          isolate: false,
          env: { TEST_DATABASE_DIALECT: 'postgres' },
        },
      },
      {
        extends: true,
        test: {
          name: 'http-pg',
          include: POSTGRES_HTTP_SMOKE,
          isolate: false,
          env: { TEST_DATABASE_DIALECT: 'postgres' },
        },
      },
    ]
  : [];

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    // Files share the cores with two others: a PDF test of 3 s alone took over vitest's 5 s,
    // and a report rendered in a beforeAll over its 10 s.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/web/**'],
          // Pure functions, no shared state: one worker process runs many files, without a
          // fresh module graph each.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['test/unit/web/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/web/support/dom-timeouts.ts'],
          // The web's modules hold the page's state (the language, the catalogues, the route,
          // the device's remembered responses) and happy-dom one document: a file of its own
          // module graph, so that no file sees what another left behind.
          isolate: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Real files, processes and databases, each made by its test and removed after it;
          // the one test that sets TZ puts it back. Sixty files importing the app, pdfkit and
          // the store afresh cost more than their tests: a worker keeps its modules.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['test/http/**/*.test.ts'],
          // Each test builds its own app on its own database and closes it; nothing is mocked
          // or set in the environment: a worker keeps its loaded modules from file to file.
          isolate: false,
        },
      },
      ...postgresProjects,
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Builds web/dist and starts one Chromium, once; every file then connects to it and
          // drives it against a real app of its own. The files run beside the other tiers'
          // (most of their time is spent waiting on the browser and the app), each test in a
          // browser context of its own.
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // Apps of their own, no mock, no environment variable set: as for the HTTP tier.
          isolate: false,
          // A whole journey takes 25 s alone on a 2-core runner, and up to twice that while the
          // other tiers run beside it.
          testTimeout: 120_000,
          hookTimeout: 30_000,
          // An answer shown after a round trip (a refused sign-in, a new row) can take over
          // vitest's 1 s default while the other tiers load the cores; a failing poll still
          // fails, only later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
