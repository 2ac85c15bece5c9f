import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { tempDatabase } from '../support/temp-database.js';
import { startTestApp } from '../support/test-app.js';
import { FIXTURE_QUESTIONNAIRES } from '../support/test-config.js';
import { runCli } from '../support/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `assoradar facilitator add <email>` in process, with `input` as a pipe would give it. */
function addFacilitator(
  email: string,
  input: string,
  databaseFile: string,
  extraArgs: string[] = [],
) {
  return runCli(
    ['facilitator', 'add', email, ...extraArgs],
    { DATABASE_URL: databaseFile, QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES },
    input,
  );
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

describe('npx assoradar facilitator add, a blank password from a pipe', { timeout: 30_000 }, () => {
  let database: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(() => {
    database.remove();
  });

  // The other rules are the same function's (test/unit/cli/new-password.test.ts).
  test('when the piped password is ten spaces, then it says it is blank and exits 1', async () => {
    const blank = await addFacilitator('anne@crib.fr', '          \n', database.file);

    expect(blank).toMatchObject({ code: 1, stderr: 'The password cannot be blank.\n' });
  });
});

/**
 * `facilitator add` in a real pseudo-terminal, the real entry in a process of its own (util-linux `script`): types each line once the
 * prompt that asks for it has shown, and answers everything the terminal showed.
 */
function addAtTerminal(email: string, lines: string[], databaseFile: string) {
  const command = [process.execPath, '--import', 'tsx', 'src/cli.ts', 'facilitator', 'add', email];
  return new Promise<{ code: number; shown: string }>((resolve) => {
    const child = spawn('script', ['-qfec', command.join(' '), '/dev/null'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseFile,
        QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES,
        LOG_LEVEL: 'silent',
      },
    });
    let shown = '';
    const prompts = ['Password (not shown): ', 'Same password again: '];
    let typed = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      shown += chunk.toString();
      // Each line goes once its own prompt has shown, as a person types.
      while (typed < lines.length && shown.includes(prompts[typed]!)) {
        child.stdin.write(`${lines[typed]!}\r`);
        typed += 1;
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, shown }));
  });
}

describe.skipIf(!existsSync('/usr/bin/script'))(
  'npx assoradar facilitator add at a terminal',
  { timeout: 30_000 },
  () => {
    let database: ReturnType<typeof tempDatabase>;
    beforeEach(() => {
      database = tempDatabase();
    });
    afterEach(() => {
      database.remove();
    });

    test('when the password is typed twice, then the terminal never shows it and the facilitator can sign in', async () => {
      const result = await addAtTerminal(
        'anne@crib.fr',
        ['un mot de passe solide', 'un mot de passe solide'],
        database.file,
      );

      expect(result.code).toBe(0);
      expect(result.shown).toContain('Password (not shown): ');
      expect(result.shown).toContain('Same password again: ');
      expect(result.shown).toContain('Facilitator anne@crib.fr created.');
      expect(result.shown).not.toContain('mot de passe');
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

    test('when the two entries differ, then it says so, exits 1 and creates no one', async () => {
      const differ = await addAtTerminal(
        'anne@crib.fr',
        ['un mot de passe solide', 'un mot de passe solid'],
        database.file,
      );

      expect(differ.code).toBe(1);
      expect(differ.shown).toContain('The two passwords differ: nothing was created.');
      const testApp = await startTestApp({ DATABASE_URL: database.file });
      try {
        const signIn = await testApp.app.inject({
          method: 'POST',
          url: '/api/facilitator/session',
          payload: { email: 'anne@crib.fr', password: 'un mot de passe solide' },
        });
        expect(signIn.statusCode).toBe(401);
      } finally {
        await testApp.app.close();
      }
    });
  },
);
