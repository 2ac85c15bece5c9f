import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { createTestDatabase } from '../support/test-database.js';
import { startTestApp } from '../support/test-app.js';

const COMPLETE = { employees: 'some', site: 'no', channels: ['none'], gdpr: 0, payroll: 'yes' };
const DAY = 24 * 60 * 60 * 1000;

describe('purging abandoned drafts', () => {
  test('when drafts are older than the retention, then they go; newer drafts and every submitted response stay', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const testApp = await startTestApp(
      { DRAFT_RETENTION_DAYS: '0' },
      { clock: { now: () => now } },
    );
    try {
      const api = respondentApi(testApp.app);
      const old = await api.started();
      const oldSubmitted = await api.started();
      await api.saved(oldSubmitted.id, oldSubmitted.token, COMPLETE);
      expect((await api.submit(oldSubmitted.id, oldSubmitted.token)).statusCode).toBe(200);
      now = new Date(now.getTime() + 100 * DAY);
      const recent = await api.started();
      now = new Date(now.getTime() + 81 * DAY);

      expect(await testApp.app.useCases.purgeAbandonedDrafts({ olderThanDays: 180 })).toBe(1);

      expect((await api.get(old.id, old.token)).statusCode).toBe(404);
      expect((await api.get(oldSubmitted.id, oldSubmitted.token)).statusCode).toBe(200);
      expect((await api.get(recent.id, recent.token)).statusCode).toBe(200);
    } finally {
      await testApp.close();
    }
  });

  test('when the app starts with a retention, then it purges at once; with 0, it keeps every draft', async () => {
    const database = await createTestDatabase();
    let now = new Date('2026-01-01T10:00:00Z');
    const clock = { now: () => now };
    const first = await startTestApp(
      { DATABASE_URL: database.url, DRAFT_RETENTION_DAYS: '0' },
      { clock },
    );
    const draft = await respondentApi(first.app).started();
    await first.close();
    now = new Date(now.getTime() + 31 * DAY);

    const keeping = await startTestApp(
      { DATABASE_URL: database.url, DRAFT_RETENTION_DAYS: '0' },
      { clock },
    );
    expect((await respondentApi(keeping.app).get(draft.id, draft.token)).statusCode).toBe(200);
    await keeping.close();
    const purging = await startTestApp(
      { DATABASE_URL: database.url, DRAFT_RETENTION_DAYS: '30' },
      { clock },
    );
    expect((await respondentApi(purging.app).get(draft.id, draft.token)).statusCode).toBe(404);
    await purging.close();
    await database.remove();
  });
});

describe('the retention the data page states', () => {
  test('when the operator sets DRAFT_RETENTION_DAYS, then GET /api/data-policy answers it, cacheable, as the contract says', async () => {
    for (const days of ['90', '0']) {
      const testApp = await startTestApp({ DRAFT_RETENTION_DAYS: days });
      try {
        const response = await testApp.app.inject({ method: 'GET', url: '/api/data-policy' });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({ draftRetentionDays: Number(days) });
        expect(response.headers['cache-control']).toBe('public, max-age=300');
      } finally {
        await testApp.close();
      }
    }
  });
});
