import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DashboardContract } from '../../../src/contracts/workshop-contract.js';
import { openAppServices, type AppServices } from '../../../src/open-app-services.js';
import { EARLY, PASSWORD } from '../../support/facilitator-api.js';
import { call } from '../../support/http-call.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { testPasswordHasher } from '../../support/test-password-hasher.js';

// Two processes of the real server on one PostgreSQL database: nothing one instance needs may
// live in the other's memory. (An SQLite file serves one instance: this runs on PostgreSQL.)
describe.runIf(onPostgres)('two app instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let services: AppServices;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Both start at once on the new database: the migrations run once, under PostgreSQL's lock.
    [first, second] = await Promise.all([
      startServerProcess({ DATABASE_URL: database.url }),
      startServerProcess({ DATABASE_URL: database.url }),
    ]);
    // The operator's CLI, a third client of the same database.
    services = await openAppServices(testConfig({ DATABASE_URL: database.url }), {
      passwords: testPasswordHasher,
    });
    await services.useCases.addFacilitator({ email: 'crib@example.org', password: PASSWORD });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await services?.close();
    await database?.remove();
  });

  test('when a participant joins through one and submits through the other, then the dashboard on either sees it', async () => {
    const signIn = await call(first.url, 'POST', '/api/facilitator/session', {
      body: { email: 'crib@example.org', password: PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const facilitator = { cookie, csrf: signIn.body.csrfToken as string };

    // The session opened on the first instance is good on the second.
    const created = await call(second.url, 'POST', '/api/workshops', {
      ...facilitator,
      body: { title: 'Atelier à deux serveurs', date: '2026-12-03', questionnaireId: 'mini' },
    });
    expect(created.status).toBe(201);
    const workshop = created.body as { id: string; joinCode: string };

    const joined = await call(first.url, 'POST', `/api/join/${workshop.joinCode}`, {
      body: { shareAnswers: false },
    });
    expect(joined.status).toBe(201);
    const { id, token } = joined.body as { id: string; token: string };
    const saved = await call(second.url, 'PATCH', `/api/responses/${id}/answers`, {
      bearer: token,
      body: { answers: EARLY },
    });
    expect(saved.status).toBe(200);

    const midway = await call(
      first.url,
      'GET',
      `/api/workshops/${workshop.id}/dashboard`,
      facilitator,
    );
    expect(DashboardContract.parse(midway.body).counts).toEqual({
      joined: 1,
      inProgress: 1,
      submitted: 0,
    });

    const submitted = await call(second.url, 'POST', `/api/responses/${id}/submit`, {
      bearer: token,
    });
    expect(submitted.status).toBe(200);

    for (const instance of [first, second]) {
      const dashboard = await call(
        instance.url,
        'GET',
        `/api/workshops/${workshop.id}/dashboard`,
        facilitator,
      );
      expect(dashboard.status).toBe(200);
      const parsed = DashboardContract.parse(dashboard.body);
      expect(parsed.counts).toEqual({ joined: 1, inProgress: 0, submitted: 1 });
      expect(parsed.participants.map((participant) => participant.status)).toEqual(['submitted']);
    }

    // Signing out on one instance ends the session on both.
    expect((await call(second.url, 'DELETE', '/api/facilitator/session', facilitator)).status).toBe(
      204,
    );
    const after = await call(
      first.url,
      'GET',
      `/api/workshops/${workshop.id}/dashboard`,
      facilitator,
    );
    expect(after.status).toBe(401);
  });
});
