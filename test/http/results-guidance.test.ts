import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import { EARLY, facilitatorApi } from '../support/facilitator-api.js';
import { miniDocument, tempQuestionnaireFolder } from '../support/questionnaire-folder.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The mini fixture with what issue 16 adds: "comm" writes its own text for "progressing", no
 * employee means little capacity; and a personal copy of it, answered by one person.
 */
const folder = tempQuestionnaireFolder();
const mini = miniDocument();
mini.areas[0].levelTexts = {
  progressing: { fr: 'Le site reste à faire.', en: 'The website is still to do.' },
};
mini.contextQuestions[0].options[0].capacity = 'low';
folder.write('mini', '1.0.0.json', mini);
folder.write('personal', '1.0.0.json', { ...miniDocument(), id: 'personal', respondent: 'person' });

describe('GET /api/responses/:id: the guidance', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  beforeEach(async () => {
    testApp = await startTestApp({ QUESTIONNAIRES_DIR: folder.dir });
    api = respondentApi(testApp.app);
  });
  afterEach(() => testApp.close());
  afterAll(() => folder.remove());

  test('when the page asks in another language, then the plan and the guidance speak it, and a language the questionnaire lacks gives its own', async () => {
    const { id, token } = await api.started({ questionnaireId: 'mini', locale: 'fr' });
    await api.saved(id, token, {
      employees: 'none',
      site: 'no',
      channels: ['newsletter'],
      gdpr: 1,
    });
    expect((await api.submit(id, token)).statusCode).toBe(200);
    const read = async (query: string) =>
      ResponseContract.parse(
        (
          await testApp.app.inject({
            method: 'GET',
            url: `/api/responses/${id}${query}`,
            headers: { authorization: `Bearer ${token}` },
          })
        ).json(),
      );

    const french = await read('');
    const english = await read('?lang=en');
    expect(french.guidance!.areas[0]!.levelText).toBe('Le site reste à faire.');
    expect(english.guidance!.areas[0]!.levelText).toBe('The website is still to do.');
    expect(english.guidance!.areas[0]!.gaps).toMatchObject([{ questionId: 'site', answer: 'No' }]);
    expect(english.actionPlan!.items.map((item) => item.title)).not.toEqual(
      french.actionPlan!.items.map((item) => item.title),
    );
    // The response keeps its own language; only the words of this answer follow the query.
    expect(english.locale).toBe('fr');
    const german = await read('?lang=de');
    expect(german.guidance!.areas[0]!.levelText).toBe('Le site reste à faire.');
  });

  test('when the response is submitted, then it answers what to do next, worked out by hand', async () => {
    const { id, token } = await api.started({ questionnaireId: 'mini', locale: 'en' });
    await api.saved(id, token, {
      employees: 'none',
      site: 'no',
      channels: ['newsletter'],
      gdpr: 1,
    });
    expect((await api.submit(id, token)).statusCode).toBe(200);

    const body = ResponseContract.parse((await api.get(id, token)).json());

    // comm: site 0 (weight 1), site-updates hidden, channels 1/2 (weight 2): 1/3 = 33.3,
    // progressing; data: gdpr 1/4 = 25 (payroll hidden), progressing.
    expect(body.respondent).toBe('association');
    const guidance = body.guidance!;
    expect(guidance.capacity).toBe('low');
    const [comm, data] = guidance.areas;
    expect(comm).toMatchObject({
      areaId: 'comm',
      score: 33.3,
      levelId: 'progressing',
      levelText: 'The website is still to do.',
      gaps: [{ questionId: 'site', answer: 'No' }],
      // site yes: site-updates shows, unanswered; (1 + 2 x 0.5) / 3 = 66.7 (+33.4). Ticking
      // both channels gives as much, but comes later.
      nextLevel: {
        levelId: 'advanced',
        pointsNeeded: 16.7,
        steps: [{ questionId: 'site', value: 'yes', answer: 'Yes', points: 33.4 }],
        reached: true,
      },
    });
    expect(data).toMatchObject({
      levelText: 'Some basics.',
      nextLevel: { pointsNeeded: 25, steps: [{ questionId: 'gdpr', value: 4, answer: '4 / 4' }] },
    });

    // Priorities: gdpr-register 0.75 x 1/2 x 3 / 1 = 1.125 (low effort); create-site
    // 1/3 x 3 / 2 = 0.5 (medium: more than no employee affords); start-newsletter
    // (50 - 33.3) / 100 x 2 = 0.334 (low). payroll-access needs employees.
    expect(
      guidance.firstActions.map((action) => [action.item.id, action.affordable, action.reason]),
    ).toEqual([
      [
        'gdpr-register',
        true,
        { trigger: 'answer', questionId: 'gdpr', question: expect.any(String), answer: '1 / 4' },
      ],
      [
        'start-newsletter',
        true,
        { trigger: 'areaScore', areaId: 'comm', area: 'Communication', score: 33.3 },
      ],
      ['create-site', false, expect.objectContaining({ trigger: 'answer', questionId: 'site' })],
    ]);
    expect(guidance.otherActions).toEqual([]);
    // Two scored areas: one suggested, the weaker.
    expect(guidance.weakestAreaIds).toEqual(['data']);
  });

  test('when the response is a draft, then there is no guidance yet', async () => {
    const { id, token } = await api.started({ questionnaireId: 'mini' });

    const body = ResponseContract.parse((await api.get(id, token)).json());

    expect(body.guidance).toBeNull();
  });

  test('when one person answers the questionnaire, then the response says so', async () => {
    const { id, token } = await api.started({ questionnaireId: 'personal' });

    const body = ResponseContract.parse((await api.get(id, token)).json());

    expect(body.respondent).toBe('person');
  });

  test('when a facilitator reads a participant who did not share their answers, then there is no guidance: its reasons quote answers', async () => {
    const facilitator = facilitatorApi(testApp.app);
    const me = await facilitator.facilitator('animatrice@example.org');
    const workshop = await facilitator.workshop(me);
    const shared = await facilitator.participant(workshop.joinCode, EARLY, { shareAnswers: true });
    const kept = await facilitator.participant(workshop.joinCode, EARLY, { shareAnswers: false });

    const read = async (responseId: string) =>
      ResponseContract.parse(
        (
          await facilitator.get(me, `/api/workshops/${workshop.id}/participants/${responseId}`)
        ).json(),
      );

    expect((await read(kept.id)).guidance).toBeNull();
    expect((await read(shared.id)).guidance?.firstActions.length).toBeGreaterThan(0);
  });
});
