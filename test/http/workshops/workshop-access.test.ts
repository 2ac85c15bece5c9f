import { describe, expect, test } from 'vitest';
import { WorkshopListContract } from '../../../src/contracts/workshop-contract.js';
import { expectProblem } from '../../support/expect-problem.js';
import { EARLY, facilitatorApi } from '../../support/facilitator-api.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

describe('workshops and who may reach them', () => {
  const env = useRespondentApp();
  const api = () => facilitatorApi(env.testApp.app);

  test('when a facilitator creates a workshop, then it has a six-character code without look-alikes and a join URL', async () => {
    const anne = await api().facilitator('anne@crib.fr');

    const workshop = await api().workshop(anne, { locale: 'en' });

    expect(workshop.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(workshop.joinUrl).toBe(`http://localhost:3000/#/atelier/${workshop.joinCode}`);
    expect(workshop).toMatchObject({
      questionnaireId: 'mini',
      version: '1.0.0',
      locale: 'en',
      open: true,
    });
    const qr = await api().get(anne, `/api/workshops/${workshop.id}/qr.svg`);
    expect(qr.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(qr.body).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  test('when the body is wrong or the questionnaire unknown, then nothing is created and the field is named', async () => {
    const anne = await api().facilitator('anne@crib.fr');

    expectProblem(
      await api().post(anne, '/api/workshops', {
        title: 'A',
        date: '3 décembre',
        questionnaireId: 'mini',
      }),
      400,
      'validation_failed',
      ['/date'],
    );
    expectProblem(
      await api().post(anne, '/api/workshops', {
        title: 'A',
        date: '2026-12-03',
        questionnaireId: 'nope',
      }),
      404,
      'questionnaire_not_found',
    );
    const list = WorkshopListContract.parse((await api().get(anne, '/api/workshops')).json());
    expect(list.workshops).toEqual([]);
  });

  test('when the cross-site protection token is missing or wrong, then it answers 403 and creates nothing', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const body = { title: 'A', date: '2026-12-03', questionnaireId: 'mini' };

    expectProblem(await api().post(anne, '/api/workshops', body, false), 403, 'csrf_token_invalid');
    expectProblem(
      await api().post({ ...anne, csrfToken: 'forged' }, '/api/workshops', body),
      403,
      'csrf_token_invalid',
    );
    expect(
      WorkshopListContract.parse((await api().get(anne, '/api/workshops')).json()).workshops,
    ).toEqual([]);
  });

  test("when a facilitator reaches another's workshop, then every route answers 404 and changes nothing", async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const bruno = await api().facilitator('bruno@pava.fr');
    const workshop = await api().workshop(anne);
    const participant = await api().participant(workshop.joinCode, EARLY);
    const base = `/api/workshops/${workshop.id}`;

    for (const url of [
      base,
      `${base}/dashboard`,
      `${base}/qr.svg`,
      `${base}/export.csv`,
      `${base}/report.pdf`,
      `${base}/reports.zip`,
      `${base}/participants/${participant.id}`,
      `${base}/participants/${participant.id}/report.pdf`,
    ]) {
      expectProblem(await api().get(bruno, url), 404, 'workshop_not_found');
    }
    expectProblem(await api().post(bruno, `${base}/close`), 404, 'workshop_not_found');
    expect((await api().get(anne, base)).json()).toMatchObject({ open: true });
    expect(
      WorkshopListContract.parse((await api().get(bruno, '/api/workshops')).json()).workshops,
    ).toEqual([]);
  });

  test('when a facilitator asks for a response that is not in the workshop, then it answers 404', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne);
    const outsider = await env.api.started();

    expectProblem(
      await api().get(anne, `/api/workshops/${workshop.id}/participants/${outsider.id}`),
      404,
      'participant_not_found',
    );
  });

  test('when a participant joins with a code typed loosely, then it gets its own response in the workshop language', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne, { locale: 'en' });
    const typed = `${workshop.joinCode.slice(0, 3).toLowerCase()}-${workshop.joinCode.slice(3)} `;

    const info = await env.testApp.app.inject({
      method: 'GET',
      url: `/api/join/${encodeURIComponent(typed)}`,
    });
    expect(info.json()).toMatchObject({
      title: 'Atelier numérique',
      date: '2026-12-03',
      // Who answers, so that the join page speaks to an association (mini's default).
      respondent: 'association',
      open: true,
    });
    const joined = await api().join(encodeURIComponent(typed), {
      associationName: 'Les Amis',
      shareAnswers: true,
    });

    expect(joined.statusCode).toBe(201);
    const { id, token, locale } = joined.json<{ id: string; token: string; locale: string }>();
    expect(locale).toBe('en');
    expect((await env.api.get(id, token)).json()).toMatchObject({
      associationName: 'Les Amis',
      status: 'draft',
    });
  });

  test('when the code does not exist, then it answers 404 workshop_not_found', async () => {
    expectProblem(
      await env.testApp.app.inject({ method: 'GET', url: '/api/join/ZZZZZZ' }),
      404,
      'workshop_not_found',
    );
    expectProblem(await api().join('ZZZZZZ'), 404, 'workshop_not_found');
  });

  test('when the workshop is closed, then nobody joins and no answer is saved or submitted', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne);
    const inside = await api().participant(
      workshop.joinCode,
      { site: 'no' },
      { shareAnswers: false },
      false,
    );

    const closed = await api().post(anne, `/api/workshops/${workshop.id}/close`);
    expect(closed.json()).toMatchObject({ open: false, closedAt: expect.any(String) });

    expectProblem(await api().join(workshop.joinCode), 409, 'workshop_closed');
    expectProblem(
      await env.api.patch(inside.id, inside.token, { site: 'yes' }),
      409,
      'workshop_closed',
    );
    expectProblem(await env.api.submit(inside.id, inside.token), 409, 'workshop_closed');
    expect((await env.api.get(inside.id, inside.token)).json()).toMatchObject({
      status: 'draft',
      answers: { site: 'no' },
    });
    expect(
      (
        await env.testApp.app.inject({ method: 'GET', url: `/api/join/${workshop.joinCode}` })
      ).json(),
    ).toMatchObject({ open: false });
  });

  test('when a workshop has a closing time, then it closes by itself at that time', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne, { closesAt: '2020-01-01T10:00:00+01:00' });

    expect(workshop).toMatchObject({ open: false, closesAt: '2020-01-01T09:00:00.000Z' });
    expectProblem(await api().join(workshop.joinCode), 409, 'workshop_closed');
  });

  test("when a participant uses another participant's response id, then it answers 404", async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne);
    const first = await api().participant(workshop.joinCode, EARLY);
    const second = await api().participant(
      workshop.joinCode,
      EARLY,
      { shareAnswers: false },
      false,
    );

    expectProblem(await env.api.get(first.id, second.token), 404, 'response_not_found');
    expectProblem(
      await env.api.patch(second.id, first.token, { site: 'yes' }),
      404,
      'response_not_found',
    );
  });
});
