import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

/**
 * With TEST_DATABASE_URL (a PostgreSQL server), the store and HTTP suites run a second time on
 * PostgreSQL, each test in a schema of its own (test/support/test-database.ts).
 */
const postgresProjects: TestProjectConfiguration[] = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true,
        test: {
          name: 'store-pg',
          include: ['test/integration/store/**/*.test.ts'],
          env: { TEST_DATABASE_DIALECT: 'postgres' },
        },
      },
      {
        extends: true,
        test: {
          name: 'http-pg',
          include: ['test/http/**/*.test.ts'],
          env: { TEST_DATABASE_DIALECT: 'postgres' },
        },
      },
    ]
  : [];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'http', include: ['test/http/**/*.test.ts'] } },
      ...postgresProjects,
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Builds web/dist once, then every file drives Debian's Chromium against the real app.
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // One browser at a time: Chromium is heavy for a 2-core runner, and the timings of
          // debounced saves and retries stay those a volunteer would see.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
