import type { CarryOverDeclaration } from './carry-over-schema.js';
import { checkCarryOverTargets } from './check-carry-over.js';
import { checkCondition, questionIds, type QuestionIds } from './check-conditions.js';
import type { DocumentIssue } from './document-issue.js';
import { isSpecialOption } from './is-special-option.js';
import {
  allIds,
  allWellFormed,
  partsOf,
  partTexts,
  wellFormed,
  type Part,
  type QuestionnaireParts,
} from './questionnaire-parts.js';
import { scaleIsWhole, scaleValues } from './scale-values.js';
import type { Questionnaire } from './questionnaire-schema.js';

/**
 * The whole-document rules that a schema alone cannot express. Returns every problem at once,
 * each with its JSON pointer, so that an author fixes a file in one pass.
 *
 * @example checkQuestionnaire(q) // [] when the document is sound
 */
export function checkQuestionnaire(q: Questionnaire): DocumentIssue[] {
  return checkQuestionnaireParts(partsOf(q));
}

/**
 * The same rules on what is well-formed in a document that breaks the schema, in the same pass as
 * the schema: each rule runs where what it reads could be read, and says nothing otherwise (a
 * reference to an unknown question is only reported when every question's id is known).
 *
 * @example checkQuestionnaireParts(readQuestionnaireParts(document)) // [{ pointer: '/areas/1/id', message: 'the area id "comm" is used more than once' }]
 */
export function checkQuestionnaireParts(q: QuestionnaireParts): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const report = (pointer: string, message: string) => issues.push({ pointer, message });

  checkLocales(q, report);
  checkUnique(idsOf(q.areas, '/areas'), 'area', report);
  checkUnique(
    [...idsOf(q.contextQuestions, '/contextQuestions'), ...idsOf(q.questions, '/questions')],
    'question',
    report,
  );
  checkUnique(idsOf(q.levels, '/levels'), 'level', report);
  checkUnique(idsOf(q.recommendations, '/recommendations'), 'recommendation', report);

  const questions = questionIds(q);
  for (const [question, i] of wellFormed(q.contextQuestions)) {
    checkUnique(
      question.options.map((o, j) => [o.id, `/contextQuestions/${i}/options/${j}/id`]),
      'option',
      report,
    );
  }
  checkScoredQuestions(q, questions, report);
  checkLevels(q, report);
  checkLevelTexts(q, report);
  checkRecommendations(q, questions, report);
  issues.push(...carryOverIssues(q));
  return issues;
}

type Report = (pointer: string, message: string) => void;

function idsOf(
  list: ReadonlyArray<Part<unknown>> | undefined,
  at: string,
): Array<[string, string]> {
  return (list ?? []).flatMap((part, i): Array<[string, string]> =>
    part.id === undefined ? [] : [[part.id, `${at}/${i}/id`]],
  );
}

function checkLocales(q: QuestionnaireParts, report: Report) {
  if (!q.locales) return;
  const declared = new Set(q.locales);
  if (declared.size !== q.locales.length) report('/locales', 'a locale is listed twice');
  if (q.defaultLocale !== undefined && !declared.has(q.defaultLocale)) {
    report('/defaultLocale', `"${q.defaultLocale}" is not one of the declared locales`);
  }
  for (const [pointer, text] of partTexts(q)) {
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

function checkScoredQuestions(q: QuestionnaireParts, questions: QuestionIds, report: Report) {
  const areaIds = allIds(q.areas);
  const offset = q.contextQuestions?.length ?? 0;
  for (const [question, i] of wellFormed(q.questions)) {
    const at = `/questions/${i}`;
    if (areaIds && !areaIds.has(question.area)) {
      report(`${at}/area`, `there is no area "${question.area}"`);
    }
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
      else if (!scaleIsWhole(question)) {
        report(`${at}/step`, '"step" must divide the distance from "min" to "max"');
      } else if (question.stepLabels) {
        const values = scaleValues(question).length;
        if (question.stepLabels.length !== values) {
          report(
            `${at}/stepLabels`,
            `the scale has ${values} values (${question.min} to ${question.max} by ${question.step}): give ${values} labels, one for each, not ${question.stepLabels.length}`,
          );
        }
        if (question.labels) {
          report(
            `${at}/labels`,
            'give "labels" (both ends) or "stepLabels" (every value), not both',
          );
        }
      }
    } else {
      const best = Math.max(0, ...question.options.map((o) => ('points' in o ? o.points : 0)));
      if (best <= 0)
        report(`${at}/options`, 'no option scores above 0, so the question cannot be scored');
    }
    if (question.showIf) {
      checkCondition(question.showIf, `${at}/showIf`, questions, report, { before: offset + i });
    }
  }
  // An area has no question only if every question's area could be read.
  const parts = q.questions ?? [];
  if (!q.questions || parts.some((part) => part.area === undefined)) return;
  const areasWithQuestions = new Set(parts.map((part) => part.area));
  (q.areas ?? []).forEach((area, i) => {
    if (area.id !== undefined && !areasWithQuestions.has(area.id)) {
      report(`/areas/${i}`, `no question scores in area "${area.id}"`);
    }
  });
}

function checkLevels(q: QuestionnaireParts, report: Report) {
  const levels = allWellFormed(q.levels);
  // No level at all is the schema's to say.
  if (levels?.length === 0) return;
  if (!levels) {
    // How the levels cover 0-100 is only known once each of them can be read.
    for (const [level, i] of wellFormed(q.levels)) {
      if (level.max <= level.min) report(`/levels/${i}/max`, '"max" must be greater than "min"');
    }
    return;
  }
  const sorted = [...levels.entries()].sort(([, a], [, b]) => a.min - b.min);
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
  const inOrder = levels.every((level, i) => i === 0 || level.min >= levels[i - 1]!.min);
  if (!inOrder) report('/levels', 'list the levels from the lowest to the highest');
}

function checkLevelTexts(q: QuestionnaireParts, report: Report) {
  const levelIds = allIds(q.levels);
  if (!levelIds) return;
  for (const [area, i] of wellFormed(q.areas)) {
    for (const levelId of Object.keys(area.levelTexts ?? {})) {
      if (!levelIds.has(levelId)) {
        report(`/areas/${i}/levelTexts/${levelId}`, `there is no level "${levelId}"`);
      }
    }
  }
}

function checkRecommendations(q: QuestionnaireParts, questions: QuestionIds, report: Report) {
  const areaIds = allIds(q.areas);
  for (const [recommendation, i] of wellFormed(q.recommendations)) {
    const at = `/recommendations/${i}`;
    if (areaIds && !areaIds.has(recommendation.area)) {
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
  }
}

/**
 * The carry-over declarations checked against this version, once its version and every question
 * can be read (a rule naming a question that is not well-formed would otherwise be refused).
 */
function carryOverIssues(q: QuestionnaireParts): DocumentIssue[] {
  const contextQuestions = allWellFormed(q.contextQuestions);
  const questions = allWellFormed(q.questions);
  if (q.version === undefined || !contextQuestions || !questions) return [];
  // Each well-formed declaration at its own index, the broken ones left as holes: the checker
  // goes through the list with forEach, which skips holes, so its pointers stay the document's.
  const carryOver: CarryOverDeclaration[] = [];
  for (const [declaration, i] of wellFormed(q.carryOver)) carryOver[i] = declaration;
  return checkCarryOverTargets({
    id: q.id ?? '',
    version: q.version,
    locales: q.locales ?? [],
    defaultLocale: q.defaultLocale ?? '',
    title: q.title ?? {},
    description: q.description ?? {},
    respondent: 'association',
    scoring: q.scoring ?? { coverageThreshold: 0.5, dontKnow: 'lowest' },
    areas: allWellFormed(q.areas) ?? [],
    contextQuestions,
    questions,
    levels: allWellFormed(q.levels) ?? [],
    recommendations: allWellFormed(q.recommendations) ?? [],
    carryOver,
  });
}
