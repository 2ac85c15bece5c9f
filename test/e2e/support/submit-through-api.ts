import type { FastifyInstance } from 'fastify';
import type { AnswersPatch } from '../../../src/domain/index.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { respondentApi } from '../../support/respondent-api.js';
import type { Credentials } from './start-diagnosis.js';

/** Which end of each question's choices to answer: different profiles for different tests. */
export type Profile = 'low' | 'middle' | 'high';

/**
 * Answers every question of a started response through the API with its token (the first
 * option, the second, or the last scored one; the low or high end of a scale) and submits it:
 * for workshop tests, where joining goes through the page and twelve steps of clicks would add
 * nothing.
 */
export async function submitThroughApi(
  app: FastifyInstance,
  { id, token }: Credentials,
  profile: Profile,
): Promise<void> {
  const response = await respondentApi(app).get(id, token);
  const { questionnaireId, version } = response.json<{
    questionnaireId: string;
    version: string;
  }>();
  const questionnaire = (
    await app.inject({
      method: 'GET',
      url: `/api/questionnaires/${questionnaireId}/versions/${version}`,
    })
  ).json<Questionnaire>();
  const pick = <T>(items: T[]): T =>
    profile === 'low'
      ? items[0]!
      : profile === 'middle'
        ? items[Math.min(1, items.length - 1)]!
        : items.at(-1)!;
  const answers: AnswersPatch = {};
  for (const question of questionnaire.contextQuestions) {
    // The same budget for everyone: one peer group.
    answers[question.id] = (question.options[1] ?? question.options[0]!).id;
  }
  for (const question of questionnaire.questions) {
    // Scored options only: "not applicable" and "I don't know" come last and would blur the profile.
    const scored = question.options.filter((option) => !('kind' in option));
    if (question.type === 'scale') {
      answers[question.id] =
        profile === 'low'
          ? question.min
          : profile === 'high'
            ? question.max
            : question.min + question.step;
    } else if (question.type === 'multiple') {
      const ticks = scored.filter((option) => !('exclusive' in option && option.exclusive));
      answers[question.id] =
        profile === 'high'
          ? ticks.map((option) => option.id)
          : [pick(ticks.length > 0 ? ticks : scored).id];
    } else {
      answers[question.id] = pick(scored).id;
    }
  }
  const api = respondentApi(app);
  await api.saved(id, token, answers);
  const submitted = await api.submit(id, token);
  if (submitted.statusCode !== 200) {
    throw new Error(`submitting answered ${submitted.statusCode}: ${submitted.body}`);
  }
}
