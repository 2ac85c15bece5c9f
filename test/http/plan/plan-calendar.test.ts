import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { respondentApi } from '../../support/respondent-api.js';
import { usePlanApp } from '../../support/use-plan-app.js';

/** Every event of the file, as Mozilla's parser reads it. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        end: event.endDate.toString(),
      };
    }),
  };
}

describe('GET /api/responses/:id/plan.ics', () => {
  const env = usePlanApp();

  test('when actions have due dates, then the file holds one all-day event each, named after the association, with who, cost, status and area', async () => {
    const { id, token } = await env.plan.submitted({ associationName: 'Les Amis du Vélo' });
    const site = await env.plan.added(id, token, {
      recommendationId: 'create-site',
      owner: 'Amina, trésorière',
      dueDate: '2027-02-28',
      cost: 'paid',
      status: 'in_progress',
    });
    const own = await env.plan.added(id, token, { title: 'Point; bilan', dueDate: '2027-01-15' });
    await env.plan.added(id, token, { title: 'Un jour, peut-être' });

    const response = await env.plan.calendar(id, token);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="plan-action-mini-les-amis-du-velo-\d{4}-\d{2}-\d{2}\.ics"$/,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(eventsOf(response.body)).toEqual({
      name: 'Plan d’action numérique — Les Amis du Vélo',
      events: [
        {
          uid: `${own.id}@assoradar`,
          summary: 'Point; bilan',
          description: 'Avancement : prévue',
          start: '2027-01-15',
          allDay: true,
          end: '2027-01-16',
        },
        {
          uid: `${site.id}@assoradar`,
          summary: 'Créer un site simple',
          description:
            'Qui : Amina, trésorière\nCoût : payant\nAvancement : en cours\nDomaine : Communication',
          start: '2027-02-28',
          allDay: true,
          end: '2027-03-01',
        },
      ],
    });
  });

  test('when lang=en is asked, then the details are in English; the same plan gives the same bytes', async () => {
    const { id, token } = await env.plan.submitted();
    await env.plan.added(id, token, { recommendationId: 'gdpr-register', dueDate: '2027-06-01' });

    const english = await env.plan.calendar(id, token, 'en');

    expect(eventsOf(english.body).events[0]!.description).toBe('Status : planned\nArea : Data');
    expect((await env.plan.calendar(id, token, 'en')).body).toBe(english.body);
  });

  test('when the locale is not one of the questionnaire, then 400 unsupported_locale', async () => {
    const { id, token } = await env.plan.submitted();
    expectProblem(await env.plan.calendar(id, token, 'de'), 400, 'unsupported_locale');
  });

  test('when the response is a draft or the token wrong, then 409 or 404', async () => {
    const draft = await respondentApi(env.testApp.app).started({ questionnaireId: 'mini' });
    expectProblem(await env.plan.calendar(draft.id, draft.token), 409, 'response_not_submitted');
    expectProblem(await env.plan.calendar(draft.id, 'wrong'), 404, 'response_not_found');
  });
});
