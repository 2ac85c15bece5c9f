import { checkCarryOverTargets } from './check-carry-over.js';
import type { Condition } from './condition-schema.js';
import type { DocumentIssue } from './document-issue.js';
import { localizedTexts } from './localized-texts.js';
import { isSpecialOption } from './is-special-option.js';
import type { ContextQuestion, ScoredQuestion } from './question-schema.js';
import type { Questionnaire } from './questionnaire-schema.js';

type AnyQuestion = ContextQuestion | ScoredQuestion;

interface QuestionEntry {
  question: AnyQuestion;
  position: number;
  context: boolean;
}

/**
 * The whole-document rules that a schema alone cannot express. Returns every problem at once,
 * each with its JSON pointer, so that an author fixes a file in one pass.
 *
 * @example checkQuestionnaire(q) // [] when the document is sound
 */
export function checkQuestionnaire(q: Questionnaire): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const report = (pointer: string, message: string) => issues.push({ pointer, message });

  checkLocales(q, report);
  checkUnique(
    q.areas.map((a, i) => [a.id, `/areas/${i}/id`]),
    'area',
    report,
  );
  checkUnique(
    [
      ...q.contextQuestions.map((c, i): [string, string] => [c.id, `/contextQuestions/${i}/id`]),
      ...q.questions.map((c, i): [string, string] => [c.id, `/questions/${i}/id`]),
    ],
    'question',
    report,
  );
  checkUnique(
    q.levels.map((l, i) => [l.id, `/levels/${i}/id`]),
    'level',
    report,
  );
  checkUnique(
    q.recommendations.map((r, i) => [r.id, `/recommendations/${i}/id`]),
    'recommendation',
    report,
  );

  const questions = new Map<string, QuestionEntry>();
  q.contextQuestions.forEach((question, i) => {
    if (!questions.has(question.id))
      questions.set(question.id, { question, position: i, context: true });
  });
  q.questions.forEach((question, i) => {
    if (!questions.has(question.id)) {
      questions.set(question.id, {
        question,
        position: q.contextQuestions.length + i,
        context: false,
      });
    }
  });

  q.contextQuestions.forEach((question, i) =>
    checkUnique(
      question.options.map((o, j) => [o.id, `/contextQuestions/${i}/options/${j}/id`]),
      'option',
      report,
    ),
  );
  checkScoredQuestions(q, questions, report);
  checkLevels(q, report);
  checkLevelTexts(q, report);
  checkRecommendations(q, questions, report);
  issues.push(...checkCarryOverTargets(q));
  return issues;
}

type Report = (pointer: string, message: string) => void;

function checkLocales(q: Questionnaire, report: Report) {
  const declared = new Set(q.locales);
  if (declared.size !== q.locales.length) report('/locales', 'a locale is listed twice');
  if (!declared.has(q.defaultLocale)) {
    report('/defaultLocale', `"${q.defaultLocale}" is not one of the declared locales`);
  }
  for (const [pointer, text] of localizedTexts(q)) {
    for (const locale of q.locales) {
      if (!(locale in text)) report(pointer, `the "${locale}" text is missing`);
    }
    for (const locale of Object.keys(text)) {
      if (!declared.has(locale)) {
        report(`${pointer}/${locale}`, `"${locale}" is not a locale this questionnaire declares`);
      }
    }
  }
}

function checkUnique(entries: Array<[string, string]>, what: string, report: Report) {
  const seen = new Set<string>();
  for (const [id, pointer] of entries) {
    if (seen.has(id)) report(pointer, `the ${what} id "${id}" is used more than once`);
    seen.add(id);
  }
}

function checkScoredQuestions(
  q: Questionnaire,
  questions: Map<string, QuestionEntry>,
  report: Report,
) {
  const areaIds = new Set(q.areas.map((a) => a.id));
  const areasWithQuestions = new Set<string>();
  q.questions.forEach((question, i) => {
    const at = `/questions/${i}`;
    areasWithQuestions.add(question.area);
    if (!areaIds.has(question.area)) report(`${at}/area`, `there is no area "${question.area}"`);
    checkUnique(
      question.options.map((o, j) => [o.id, `${at}/options/${j}/id`]),
      'option',
      report,
    );
    for (const kind of ['notApplicable', 'dontKnow'] as const) {
      if (question.options.filter((o) => isSpecialOption(o) && o.kind === kind).length > 1) {
        report(`${at}/options`, `only one option may be of kind "${kind}"`);
      }
    }
    if (question.type === 'scale') {
      if (question.max <= question.min) report(`${at}/max`, '"max" must be greater than "min"');
      else if ((question.max - question.min) % question.step !== 0) {
        report(`${at}/step`, '"step" must divide the distance from "min" to "max"');
      }
    } else {
      const best = Math.max(0, ...question.options.map((o) => ('points' in o ? o.points : 0)));
      if (best <= 0)
        report(`${at}/options`, 'no option scores above 0, so the question cannot be scored');
    }
    if (question.showIf) {
      checkCondition(question.showIf, `${at}/showIf`, questions, report, {
        before: q.contextQuestions.length + i,
      });
    }
  });
  q.areas.forEach((area, i) => {
    if (!areasWithQuestions.has(area.id))
      report(`/areas/${i}`, `no question scores in area "${area.id}"`);
  });
}

function checkLevels(q: Questionnaire, report: Report) {
  const sorted = [...q.levels.entries()].sort(([, a], [, b]) => a.min - b.min);
  let expectedMin = 0;
  for (const [i, level] of sorted) {
    if (level.max <= level.min) report(`/levels/${i}/max`, '"max" must be greater than "min"');
    if (level.min < expectedMin) {
      report(
        `/levels/${i}/min`,
        `this level overlaps the one before it (which ends at ${expectedMin})`,
      );
    } else if (level.min > expectedMin) {
      report(`/levels/${i}/min`, `no level covers scores from ${expectedMin} to ${level.min}`);
    }
    expectedMin = Math.max(expectedMin, level.max);
  }
  if (expectedMin < 100) report('/levels', `no level covers scores from ${expectedMin} to 100`);
  const inOrder = q.levels.every((level, i) => i === 0 || level.min >= q.levels[i - 1]!.min);
  if (!inOrder) report('/levels', 'list the levels from the lowest to the highest');
}

function checkLevelTexts(q: Questionnaire, report: Report) {
  const levelIds = new Set(q.levels.map((level) => level.id));
  q.areas.forEach((area, i) => {
    for (const levelId of Object.keys(area.levelTexts ?? {})) {
      if (!levelIds.has(levelId)) {
        report(`/areas/${i}/levelTexts/${levelId}`, `there is no level "${levelId}"`);
      }
    }
  });
}

function checkRecommendations(
  q: Questionnaire,
  questions: Map<string, QuestionEntry>,
  report: Report,
) {
  const areaIds = new Set(q.areas.map((a) => a.id));
  q.recommendations.forEach((recommendation, i) => {
    const at = `/recommendations/${i}`;
    if (!areaIds.has(recommendation.area)) {
      report(`${at}/area`, `there is no area "${recommendation.area}"`);
    }
    const { trigger } = recommendation;
    if ('answer' in trigger) {
      checkCondition(trigger.answer, `${at}/trigger/answer`, questions, report, { scored: true });
    } else if (trigger.areaScore.max <= trigger.areaScore.min) {
      report(`${at}/trigger/areaScore/max`, '"max" must be greater than "min"');
    }
    recommendation.contexts?.forEach((condition, j) =>
      checkCondition(condition, `${at}/contexts/${j}`, questions, report, { context: true }),
    );
  });
}

interface ConditionScope {
  /** The condition must point at a question placed before this position. */
  before?: number;
  context?: boolean;
  scored?: boolean;
}

function checkCondition(
  condition: Condition,
  at: string,
  questions: Map<string, QuestionEntry>,
  report: Report,
  scope: ConditionScope,
) {
  const entry = questions.get(condition.question);
  if (!entry) {
    report(`${at}/question`, `there is no question "${condition.question}"`);
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
