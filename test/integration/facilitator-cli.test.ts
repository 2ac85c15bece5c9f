import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { tempDatabase } from '../support/temp-database.js';
import { startTestApp } from '../support/test-app.js';
import { FIXTURE_QUESTIONNAIRES } from '../support/test-config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `assoradar facilitator add <email>` with `input` on standard input. */
function addFacilitator(
  email: string,
  input: string,
  databaseFile: string,
  extraArgs: string[] = [],
) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'facilitator', 'add', email, ...extraArgs],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: databaseFile,
          QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES,
          LOG_LEVEL: 'silent',
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npx assoradar facilitator add', { timeout: 30_000 }, () => {
  let database: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(() => {
    database.remove();
  });

  test('when the password comes on standard input, then the facilitator can sign in with it', async () => {
    const result = await addFacilitator('Anne@Crib.fr', 'un mot de passe solide\n', database.file);

    expect(result).toMatchObject({ code: 0, stdout: 'Facilitator anne@crib.fr created.\n' });
    const testApp = await startTestApp({ DATABASE_URL: database.file });
    try {
      const signIn = await testApp.app.inject({
        method: 'POST',
        url: '/api/facilitator/session',
        payload: { email: 'anne@crib.fr', password: 'un mot de passe solide' },
      });
      expect(signIn.statusCode).toBe(200);
    } finally {
      await testApp.app.close();
    }
  });

  test('when the password is too short, the address wrong or taken, then it says so and exits 1', async () => {
    const short = await addFacilitator('anne@crib.fr', 'court\n', database.file);
    const wrong = await addFacilitator('anne-at-crib', 'un mot de passe solide\n', database.file);
    await addFacilitator('anne@crib.fr', 'un mot de passe solide\n', database.file);
    const taken = await addFacilitator('ANNE@crib.fr', 'un autre mot de passe\n', database.file);

    expect(short).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('at least 10 characters'),
    });
    expect(wrong).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is not an e-mail address'),
    });
    expect(taken).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
  });

  test('when --name is given, then associations see the centre by that name', async () => {
    const result = await addFacilitator('anne@crib.fr', 'un mot de passe solide\n', database.file, [
      '--name',
      'CRIB de la Gironde',
    ]);
    const tooLong = await addFacilitator('bob@crib.fr', 'un mot de passe solide\n', database.file, [
      '--name',
      'x'.repeat(121),
    ]);

    expect(result).toMatchObject({
      code: 0,
      stdout: 'Facilitator anne@crib.fr (CRIB de la Gironde) created.\n',
    });
    expect(tooLong).toMatchObject({ code: 1, stderr: expect.stringContaining('--name') });
    const testApp = await startTestApp({ DATABASE_URL: database.file });
    try {
      const signIn = await testApp.app.inject({
        method: 'POST',
        url: '/api/facilitator/session',
        payload: { email: 'anne@crib.fr', password: 'un mot de passe solide' },
      });
      const cookie = signIn.cookies.find((c) => c.name === 'assoradar_session')!;
      const code = await testApp.app.inject({
        method: 'GET',
        url: '/api/facilitator/share-code',
        headers: { cookie: `assoradar_session=${cookie.value}` },
      });
      expect(code.json()).toMatchObject({ centreName: 'CRIB de la Gironde' });
    } finally {
      await testApp.app.close();
    }
  });
});
