import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import { expectProblem, type InjectedResponse } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';
import { testConfig } from '../support/test-config.js';
import { testPasswordHasher } from '../support/test-password-hasher.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function logInto(lines: string[]) {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  return stream;
}

/**
 * A 500 that says nothing of what failed: the generic problem, no SQL, no table name, no
 * stack frame, no error message.
 */
function expectOpaqueFailure(response: InjectedResponse & { body: string }) {
  const problem = expectProblem(response, 500, 'internal_error');
  expect(problem).toEqual({
    type: 'urn:assoradar:problem:internal-error',
    title: 'Internal server error',
    status: 500,
    code: 'internal_error',
  });
  expect(response.body).not.toMatch(
    /select|insert|update|delete|responses|relation|table|sqlite|postgres|stack|\.ts:\d|\.js:\d|\bat /i,
  );
}

describe('a failure inside the app', () => {
  test('when the database fails a query, then the answer is a bare 500 problem and the log has the detail', async () => {
    const lines: string[] = [];
    const testApp: TestApp = await startTestApp(
      { LOG_LEVEL: 'error' },
      { logStream: logInto(lines) },
    );
    cleanups.push(() => testApp.close());
    const api = respondentApi(testApp.app);
    const started = await api.started();
    await api.saved(started.id, started.token, { site: 'yes' });
    // Under the app's feet: every query on responses now fails inside the database.
    await testApp.database.rows(sql`alter table responses rename to responses_gone`);

    expectOpaqueFailure(await api.patch(started.id, started.token, { site: 'no' }));
    expectOpaqueFailure(await api.get(started.id, started.token));
    expectOpaqueFailure(await api.start());
    expectOpaqueFailure(await api.submit(started.id, started.token));
    expectOpaqueFailure(await api.remove(started.id, started.token));

    expect(lines.join('')).toMatch(/"msg":"unhandled error"/);
    expect(lines.join('')).toMatch(/responses/);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  test('when the database is gone, then writes and reads answer a bare 500 problem', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.remove());
    const config = testConfig({ DATABASE_URL: database.url });
    const services = await openAppServices(config, { passwords: testPasswordHasher });
    const app = await buildApp({ config, services });
    cleanups.push(() => app.close());
    const api = respondentApi(app);
    const started = await api.started();
    const facilitators = facilitatorApi(app);
    const anne = await facilitators.facilitator('anne@crib.fr');

    await services.db.destroy();

    expectOpaqueFailure(await api.patch(started.id, started.token, { site: 'no' }));
    expectOpaqueFailure(await api.start());
    expectOpaqueFailure(await facilitators.signIn('anne@crib.fr', 'mauvais'));
    expectOpaqueFailure(
      await facilitators.post(anne, '/api/workshops', {
        title: 'Atelier',
        date: '2026-12-03',
        questionnaireId: 'mini',
      }),
    );
    expectOpaqueFailure(await facilitators.join('ABCDEF'));
  });

  test('when a use case throws an error carrying SQL, a stack and a status, then none of it is sent', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.remove());
    const config = testConfig({ DATABASE_URL: database.url });
    const services = await openAppServices(config, { passwords: testPasswordHasher });
    cleanups.push(() => services.close());
    const failure = Object.assign(
      new Error('insert into "responses" ("id", "answers") values ($1, $2) - deadlock detected'),
      {
        code: '40P01',
        detail: 'Process 42 waits for ShareLock on transaction 7; select * from responses',
        sql: 'select "answers" from "responses" where "id" = $1',
        statusCode: 503,
      },
    );
    const app = await buildApp({
      config,
      services: {
        ...services,
        useCases: {
          ...services.useCases,
          saveAnswers: () => Promise.reject(failure),
          startResponse: () => {
            throw failure;
          },
        },
      },
    });
    cleanups.push(() => app.close());
    const api = respondentApi(app);

    expectOpaqueFailure(await api.start());
    expectOpaqueFailure(await api.patch('any-id', 'any-token', { site: 'no' }));
  });

  test("when an error that is not Fastify's carries a 4xx status and SQL in its message, then the status is kept and the message is not sent", async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.remove());
    const config = testConfig({ DATABASE_URL: database.url });
    const services = await openAppServices(config, { passwords: testPasswordHasher });
    cleanups.push(() => services.close());
    const failure = Object.assign(new Error('select * from "responses" where "id" = $1'), {
      statusCode: 409,
    });
    const app = await buildApp({
      config,
      services: {
        ...services,
        useCases: { ...services.useCases, startResponse: () => Promise.reject(failure) },
      },
    });
    cleanups.push(() => app.close());

    const response = await respondentApi(app).start();

    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.detail).toBeUndefined();
    expect(response.body).not.toMatch(/select|responses/);
  });
});
