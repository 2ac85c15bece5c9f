import type { Answers, Questionnaire } from '../../src/domain/index.js';

/**
 * A complete, valid set of answers: every question answered with a scored option picked by
 * `pick` (deterministic), so conditions may hide some questions as in real use.
 */
export function completeAnswers(questionnaire: Questionnaire, seed = 1): Answers {
  let state = seed;
  const pick = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const answers: Answers = {};
  for (const question of questionnaire.contextQuestions) {
    answers[question.id] = question.options[pick(question.options.length)]!.id;
  }
  for (const question of questionnaire.questions) {
    if (question.type === 'scale') {
      const steps = (question.max - question.min) / question.step;
      answers[question.id] = question.min + pick(steps + 1) * question.step;
      continue;
    }
    const scored = question.options.filter(
      (o) => 'points' in o && !('exclusive' in o && o.exclusive),
    );
    if (question.type === 'single') answers[question.id] = scored[pick(scored.length)]!.id;
    else answers[question.id] = scored.filter((_, i) => i === 0 || pick(2) === 1).map((o) => o.id);
  }
  return answers;
}
