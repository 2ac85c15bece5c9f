import type { AnswerValue, Answers } from '../../../../src/domain/answers/answer-schema.js';
import { hiddenQuestions } from '../../../../src/domain/answers/hidden-questions.js';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import type { AnyQuestion } from '../../components/question-field.js';

/** Every question in the order of the form (context first, then area by area), as printed. */
export function entryOrder(questionnaire: Questionnaire): AnyQuestion[] {
  return [
    ...questionnaire.contextQuestions,
    ...questionnaire.areas.flatMap((area) =>
      questionnaire.questions.filter((question) => question.area === area.id),
    ),
  ];
}

/** The questions the answers so far leave shown: a hidden (conditional) question is skipped. */
export function shownQuestions(questionnaire: Questionnaire, answers: Answers): AnyQuestion[] {
  const hidden = hiddenQuestions(indexQuestionnaire(questionnaire), answers);
  return entryOrder(questionnaire).filter((question) => !hidden.has(question.id));
}

/** Answers without those of hidden questions: what the paper says once its skips are applied. */
export function withoutHidden(questionnaire: Questionnaire, answers: Answers): Answers {
  const shown = new Set(shownQuestions(questionnaire, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
}

/** The choice a digit key names: "1" to "9" the first nine, "0" the tenth. */
export function choiceOfDigit(key: string): number | undefined {
  if (!/^[0-9]$/.test(key)) return undefined;
  return key === '0' ? 9 : Number(key) - 1;
}

export function setAnswer(
  answers: Answers,
  questionId: string,
  value: AnswerValue | null,
): Answers {
  const next = { ...answers };
  if (value === null) delete next[questionId];
  else next[questionId] = value;
  return next;
}

export type EntryKeyAction = { kind: 'choice'; index: number } | { kind: 'next' | 'previous' };

/**
 * What a key does on a question of the paper entry: a digit picks a choice, Enter goes on,
 * Backspace goes back; anything else (Space, Tab, a shortcut with a modifier) is the browser's.
 */
export function entryKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): EntryKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const choice = choiceOfDigit(event.key);
  if (choice !== undefined) return { kind: 'choice', index: choice };
  if (event.key === 'Enter') return { kind: 'next' };
  if (event.key === 'Backspace') return { kind: 'previous' };
  return undefined;
}
