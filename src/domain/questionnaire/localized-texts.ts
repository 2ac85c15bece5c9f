import type { LocalizedText } from './primitives.js';
import type { Questionnaire } from './questionnaire-schema.js';

/** Every localized text of a questionnaire with its JSON pointer, in document order. */
export function* localizedTexts(q: Questionnaire): Generator<[string, LocalizedText]> {
  yield ['/title', q.title];
  yield ['/description', q.description];
  for (const [i, area] of q.areas.entries()) {
    yield [`/areas/${i}/title`, area.title];
    yield [`/areas/${i}/description`, area.description];
    for (const [levelId, text] of Object.entries(area.levelTexts ?? {})) {
      yield [`/areas/${i}/levelTexts/${levelId}`, text];
    }
  }
  for (const [i, question] of q.contextQuestions.entries()) {
    yield [`/contextQuestions/${i}/title`, question.title];
    if (question.help) yield [`/contextQuestions/${i}/help`, question.help];
    for (const [j, option] of question.options.entries()) {
      yield [`/contextQuestions/${i}/options/${j}/label`, option.label];
    }
  }
  for (const [i, question] of q.questions.entries()) {
    yield [`/questions/${i}/title`, question.title];
    if (question.help) yield [`/questions/${i}/help`, question.help];
    for (const [j, option] of question.options.entries()) {
      yield [`/questions/${i}/options/${j}/label`, option.label];
    }
    if (question.type === 'scale' && question.labels) {
      yield [`/questions/${i}/labels/min`, question.labels.min];
      yield [`/questions/${i}/labels/max`, question.labels.max];
    }
  }
  for (const [i, level] of q.levels.entries()) {
    yield [`/levels/${i}/title`, level.title];
    yield [`/levels/${i}/description`, level.description];
  }
  for (const [i, recommendation] of q.recommendations.entries()) {
    yield [`/recommendations/${i}/title`, recommendation.title];
    yield [`/recommendations/${i}/text`, recommendation.text];
    for (const [j, resource] of recommendation.resources.entries()) {
      yield [`/recommendations/${i}/resources/${j}/title`, resource.title];
    }
  }
}
