import { afterEach, describe, expect, test } from 'vitest';
import { YEAR_RANGE } from '../../src/domain/index.js';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { planApi } from '../support/plan-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function start() {
  testApp = await startTestApp();
  return testApp.app;
}

const TOO_EARLY = ['0000-01-01', '1899-12-31'];
const TOO_LATE = ['2201-01-01', '9999-12-31'];

describe(`dates of the API fall in the years ${YEAR_RANGE.min}-${YEAR_RANGE.max}, both included`, () => {
  test('when a plan action is due before 1900 or after 2200, then 400 names /dueDate and the plan is unchanged', async () => {
    const plan = planApi(await start());
    const { id, token } = await plan.submitted();
    const action = await plan.added(id, token, { title: 'Sauvegardes', dueDate: '2027-03-31' });

    for (const dueDate of [...TOO_EARLY, ...TOO_LATE]) {
      const added = expectProblem(
        await plan.add(id, token, { title: 'Hors du temps', dueDate }),
        400,
        'validation_failed',
        ['/dueDate'],
      );
      expect(added.errors?.[0]?.detail).toBe('the year must be between 1900 and 2200');
      expectProblem(
        await plan.change(id, token, action.id, { dueDate }),
        400,
        'validation_failed',
        ['/dueDate'],
      );
    }

    expect((await plan.plan(id, token)).actions).toEqual([action]);
  });

  test('when a plan action is due on 1900-01-01 or 2200-12-31, then it is kept and its calendar day ends on a four-digit year', async () => {
    const plan = planApi(await start());
    const { id, token } = await plan.submitted();

    const first = await plan.added(id, token, { title: 'Premier jour', dueDate: '1900-01-01' });
    const last = await plan.added(id, token, { title: 'Dernier jour', dueDate: '2200-12-31' });

    expect([first.dueDate, last.dueDate]).toEqual(['1900-01-01', '2200-12-31']);
    const calendar = (await plan.calendar(id, token)).body;
    expect(calendar).toContain('DTSTART;VALUE=DATE:19000101\r\nDTEND;VALUE=DATE:19000102\r\n');
    expect(calendar).toContain('DTSTART;VALUE=DATE:22001231\r\nDTEND;VALUE=DATE:22010101\r\n');
  });

  test('when a workshop is dated or closes outside the years, then 400 names the field and no workshop is created', async () => {
    const facilitators = facilitatorApi(await start());
    const anne = await facilitators.facilitator('anne@crib.fr');
    const create = (body: object) =>
      facilitators.post(anne, '/api/workshops', {
        title: 'Atelier',
        date: '2026-12-03',
        questionnaireId: 'mini',
        ...body,
      });

    for (const date of [...TOO_EARLY, ...TOO_LATE]) {
      expectProblem(await create({ date }), 400, 'validation_failed', ['/date']);
      expectProblem(
        await create({ closesAt: `${date}T18:00:00+01:00` }),
        400,
        'validation_failed',
        ['/closesAt'],
      );
    }
    expect((await facilitators.get(anne, '/api/workshops')).json()).toEqual({ workshops: [] });

    const first = await facilitators.workshop(anne, {
      date: '1900-01-01',
      closesAt: '1900-01-01T00:00:00Z',
    });
    const last = await facilitators.workshop(anne, {
      date: '2200-12-31',
      closesAt: '2200-12-31T23:59:59Z',
    });
    expect([first.date, first.closesAt]).toEqual(['1900-01-01', '1900-01-01T00:00:00.000Z']);
    expect([last.date, last.closesAt]).toEqual(['2200-12-31', '2200-12-31T23:59:59.000Z']);
  });

  test('when an answers file says it was exported outside the years, then the import answers 400 naming /exportedAt', async () => {
    const app = await start();

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses/import',
      payload: {
        format: 'assoradar-answers',
        formatVersion: 1,
        questionnaireId: 'mini',
        version: '1.0.0',
        locale: 'fr',
        associationName: null,
        answers: { site: 'yes' },
        exportedAt: '9999-12-31T10:00:00.000Z',
      },
    });

    expectProblem(response, 400, 'validation_failed', ['/exportedAt']);
  });
});
