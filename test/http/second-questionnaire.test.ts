import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Answers } from '../../src/domain/index.js';
import { SubmittedResponseContract } from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { findArea } from '../support/find-area.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The questionnaires the product ships, as the server reads them. */
const SHIPPED = fileURLToPath(new URL('../../questionnaires', import.meta.url));

/**
 * The volunteer of test/integration/content/competences-benevoles.test.ts (scores worked out
 * there), without the answers to questions their other answers hide.
 */
const VOLUNTEER: Answers = {
  role: 'volunteer',
  'team-age': 'over-60',
  'computer-use': 'rarely',
  'mail-address': 'personal-folder',
  'mail-skills': ['attachment', 'bcc'],
  'shared-docs': 'never',
  passwords: 'notebook',
  'two-factor': 'dont-know',
  'phishing-confidence': 2,
  'phishing-checks': ['sender', 'call'],
  incident: ['dont-know'],
  updates: 'automatic',
  'social-role': 'share',
  'image-rights': 'oral',
  comments: 'yes',
  'data-where': ['own-computer', 'shared-sheet'],
  'data-sending': 'never',
  'data-minimum': 'think',
  'data-rights': 1,
  'learning-ways': ['colleague', 'trying'],
  'tool-autonomy': 4,
  'tool-choice': 'test',
  'free-resources': 'heard',
  pix: 'no',
  'visio-join': 'help',
};

describe('the second questionnaire, competences-benevoles, over HTTP', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  beforeEach(async () => {
    testApp = await startTestApp({ QUESTIONNAIRES_DIR: SHIPPED });
    api = respondentApi(testApp.app);
  });
  afterEach(async () => {
    await testApp.close();
  });

  test('when the questionnaires are listed, then both are offered, in French and English', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/questionnaires' });

    expect(response.statusCode).toBe(200);
    const { questionnaires } = response.json<{
      questionnaires: Array<{ id: string; latest: string; locales: string[] }>;
    }>();
    expect(questionnaires.map(({ id, latest, locales }) => ({ id, latest, locales }))).toEqual([
      { id: 'asso-numerique', latest: '1.2.0', locales: ['fr', 'en'] },
      { id: 'competences-benevoles', latest: '1.1.0', locales: ['fr', 'en'] },
    ]);
  });

  test('when a volunteer submits, then only the shown required questions are asked for, and the profile is the one worked out by hand', async () => {
    const { id, token, questionnaireId, version } = await api.started({
      questionnaireId: 'competences-benevoles',
      locale: 'fr',
    });
    expect({ questionnaireId, version }).toEqual({
      questionnaireId: 'competences-benevoles',
      version: '1.1.0',
    });
    await api.saved(id, token, VOLUNTEER);

    // The video skills show once "with help" is answered; the hosting checklist stays hidden;
    // the document versions and the data clean-up are optional.
    expectProblem(await api.submit(id, token), 422, 'required_unanswered', [
      '/answers/visio-skills',
      '/answers/visio-comfort',
    ]);

    // Meetings: "with help" 1/3 (w1), two of four skills 1/2 (w2), comfort 3 on 1-5 1/2 (w1):
    // (1/3 + 1 + 1/2) / 4 -> 45.8. Overall, with the other areas of the hand-worked profile:
    // (17/60 + 2 x 13/24 + 11/18 + 1.5 x 5/18 + 26/75 + 11/24) x 100 / 7.5 -> 42.7.
    await api.saved(id, token, { 'visio-skills': ['mute', 'chat'], 'visio-comfort': 3 });
    const response = await api.submit(id, token);
    expect(response.statusCode).toBe(200);
    const submitted = SubmittedResponseContract.parse(response.json());
    expect(findArea(submitted.profile, 'reunions')).toMatchObject({
      score: 45.8,
      level: 'les-bases',
    });
    expect(findArea(submitted.profile, 'securite').score).toBe(54.2);
    expect(submitted.profile.overall).toMatchObject({ score: 42.7, level: 'les-bases' });
  });
});
