import type { Condition } from './condition-schema.js';
import type { ContextQuestion, ScoredQuestion } from './question-schema.js';
import { allIds, type Part, type QuestionnaireParts } from './questionnaire-parts.js';

type AnyQuestion = ContextQuestion | ScoredQuestion;
type Report = (pointer: string, message: string) => void;

interface QuestionEntry {
  /** Undefined when the question is not well-formed: only its id and place are known. */
  question?: AnyQuestion;
  position: number;
  context: boolean;
}

/** Every question's id, with its place and what can be read of it, to check conditions against. */
export interface QuestionIds {
  entries: Map<string, QuestionEntry>;
  /** Every question's id is known, so a reference to another id names no question. */
  complete: boolean;
}

/**
 * The questions a condition may read, by id (the first of each id): context questions first, then
 * scored ones, in document order.
 */
export function questionIds(q: QuestionnaireParts): QuestionIds {
  const entries = new Map<string, QuestionEntry>();
  const context = q.contextQuestions ?? [];
  const add = (part: Part<AnyQuestion>, position: number, isContext: boolean) => {
    if (part.id !== undefined && !entries.has(part.id)) {
      entries.set(part.id, { question: part.value, position, context: isContext });
    }
  };
  context.forEach((part, i) => add(part, i, true));
  (q.questions ?? []).forEach((part, i) => add(part, context.length + i, false));
  const complete = allIds(q.contextQuestions) !== undefined && allIds(q.questions) !== undefined;
  return { entries, complete };
}

export interface ConditionScope {
  /** The condition must point at a question placed before this position. */
  before?: number;
  context?: boolean;
  scored?: boolean;
}

/**
 * A condition (`showIf`, an answer trigger, a context limit) checked against the question it
 * reads: that the question exists, comes before, is of the right kind, and has the options or the
 * scale the condition names. A question that is not well-formed is checked by id and place only.
 */
export function checkCondition(
  condition: Condition,
  at: string,
  questions: QuestionIds,
  report: Report,
  scope: ConditionScope,
) {
  const entry = questions.entries.get(condition.question);
  if (!entry) {
    if (questions.complete) {
      report(`${at}/question`, `there is no question "${condition.question}"`);
    }
    return;
  }
  if (scope.before !== undefined && entry.position >= scope.before) {
    report(`${at}/question`, `"${condition.question}" must come before the question it conditions`);
  }
  if (scope.context && !entry.context) {
    report(`${at}/question`, `"${condition.question}" is not a context question`);
  }
  if (scope.scored && entry.context) {
    report(`${at}/question`, `"${condition.question}" is a context question, not a scored one`);
  }
  const { question } = entry;
  // A question that is not well-formed has no options or type to check against yet.
  if (!question) return;
  if ('anyOf' in condition) {
    const optionIds = new Set(question.options.map((o) => o.id));
    condition.anyOf.forEach((optionId, k) => {
      if (!optionIds.has(optionId)) {
        report(`${at}/anyOf/${k}`, `"${optionId}" is not an option of question "${question.id}"`);
      }
    });
  } else if (question.type !== 'scale') {
    report(at, `"min"/"max" apply only to scale questions; use "anyOf" for "${question.id}"`);
  } else if (
    condition.min !== undefined &&
    condition.max !== undefined &&
    condition.max < condition.min
  ) {
    report(`${at}/max`, '"max" must not be below "min"');
  }
}
