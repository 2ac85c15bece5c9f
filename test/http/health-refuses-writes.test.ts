import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/http/build-app.js';
import { expectProblem } from '../support/expect-problem.js';
import { respondentApi } from '../support/respondent-api.js';
import { tempDatabase } from '../support/temp-database.js';
import { onPostgres } from '../support/test-database.js';
import { testConfig } from '../support/test-config.js';

/**
 * A real file system of its own, small enough to fill: a tmpfs mounted for the test (root only,
 * as on the CI runner).
 */
function smallFileSystem() {
  const dir = mkdtempSync(join(tmpdir(), 'assoradar-fs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]);
  return {
    file: join(dir, 'data', 'assoradar.sqlite'),
    /** Writes zeros into a file until the file system has no block left. */
    fill() {
      const filler = openSync(join(dir, 'filler'), 'w');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (;;) writeSync(filler, block);
      } catch {
        // ENOSPC: full.
      } finally {
        closeSync(filler);
      }
    },
    remove() {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The database's files made immutable (`chattr +i`) under the running app: from then on every
 * write to them fails (EPERM), even for root and through the descriptors already open, as for a
 * file or a disk that turned read-only. `PRAGMA query_only` would only be SQLite refusing, and
 * chmod does not stop root.
 */
function immutable(files: string[]) {
  execFileSync('chattr', ['+i', ...files]);
  return () => execFileSync('chattr', ['-i', ...files]);
}

const isRoot = process.getuid?.() === 0;
const canMount = !onPostgres && isRoot;

let app: FastifyInstance | undefined;
let fileSystem: ReturnType<typeof smallFileSystem> | undefined;
const cleanUps: Array<() => void> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) cleanUp();
  await app?.close().catch(() => undefined);
  app = undefined;
  fileSystem?.remove();
  fileSystem = undefined;
});

async function appOnSmallFileSystem() {
  fileSystem = smallFileSystem();
  mkdirSync(join(fileSystem.file, '..'), { recursive: true });
  app = await buildApp({ config: testConfig({ DATABASE_URL: fileSystem.file }) });
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  expect(health.json()).toEqual({ status: 'ok', database: 'ok' });
  return app;
}

describe.runIf(canMount)('GET /api/health when SQLite cannot write', () => {
  test('when the disk is full, then health says 503 refuses_writes and a write answers 503 database_unavailable', async () => {
    const served = await appOnSmallFileSystem();
    const api = respondentApi(served);
    await api.started();

    fileSystem!.fill();

    const health = await served.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'refuses_writes' });
    // Writes until one needs a new page of WAL: each refusal is a 503, never a 500.
    let refused;
    for (let i = 0; i < 50 && !refused; i++) {
      const started = await api.start();
      if (started.statusCode !== 201) refused = started;
    }
    expectProblem(refused!, 503, 'database_unavailable');
    expect(refused!.headers['retry-after']).toBe('5');
  });

  test('when the database file turns read-only under the app, then health says 503 refuses_writes and a write answers 503', async () => {
    const database = tempDatabase();
    cleanUps.push(database.remove);
    app = await buildApp({ config: testConfig({ DATABASE_URL: database.file }) });
    const api = respondentApi(app);
    await api.started();

    cleanUps.unshift(immutable([database.file, `${database.file}-wal`]));

    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'refuses_writes' });
    const refused = await api.start();
    expectProblem(refused, 503, 'database_unavailable');
    expect(refused.headers['retry-after']).toBe('5');
  });
});
