import type { FastifyInstance } from 'fastify';
import type { AnswersPatch } from '../../../src/domain/index.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { respondentApi } from '../../support/respondent-api.js';
import type { Credentials } from './start-diagnosis.js';

/**
 * A response to the real questionnaire, every question answered with its second choice (the
 * first on a scale) and submitted, through the API: for tests about the results page, which
 * need not click through twelve steps first.
 */
export async function submittedResponse(
  app: FastifyInstance,
  start: { locale?: string; associationName?: string } = {},
): Promise<Credentials> {
  const questionnaire = (
    await app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
  ).json<Questionnaire>();
  const answers: AnswersPatch = {};
  for (const question of questionnaire.contextQuestions) {
    answers[question.id] = (question.options[1] ?? question.options[0]!).id;
  }
  for (const question of questionnaire.questions) {
    const option = (question.options[1] ?? question.options[0])?.id;
    answers[question.id] =
      question.type === 'scale' ? question.min : question.type === 'multiple' ? [option!] : option!;
  }
  const api = respondentApi(app);
  const { id, token } = await api.started({ questionnaireId: questionnaire.id, ...start });
  await api.saved(id, token, answers);
  const submitted = await api.submit(id, token);
  if (submitted.statusCode !== 200) {
    throw new Error(`submitting answered ${submitted.statusCode}: ${submitted.body}`);
  }
  return { id, token };
}
