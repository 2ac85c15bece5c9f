import type { Condition } from './condition-schema.js';
import type { DocumentIssue } from './document-issue.js';
import { isSpecialOption } from './is-special-option.js';
import { localizedTexts } from './localized-texts.js';
import type { ScoredQuestion } from './question-schema.js';
import type { Questionnaire } from './questionnaire-schema.js';

/**
 * Likely mistakes in a questionnaire that is otherwise valid: it can be published, but an author
 * probably did not mean it. Each comes with its JSON pointer. Run on a parsed questionnaire
 * (after `parseQuestionnaire` succeeded), so every reference is known to exist.
 *
 * @example questionnaireWarnings(q) // [{ pointer: '/areas/1', message: 'area "funding" has a single question ...' }]
 */
export function questionnaireWarnings(q: Questionnaire): DocumentIssue[] {
  return [
    ...questionsThatCannotDiscriminate(q),
    ...recommendationsThatCannotFire(q),
    ...untranslatedTexts(q),
    ...singleQuestionAreas(q),
    ...partialLevelTexts(q),
  ];
}

/** The points an answer to a choice question can earn, special options aside. */
function scoredPoints(question: ScoredQuestion): number[] {
  return question.options.flatMap((o) => (isSpecialOption(o) ? [] : [o.points]));
}

/**
 * A choice question whose options all carry the same points scores the same whatever is
 * answered; with every option at 0 it can never score above zero (the checker refuses that one
 * when no option at all scores, this catches a multiple choice whose only points sit on an
 * exclusive "none" box too).
 */
function questionsThatCannotDiscriminate(q: Questionnaire): DocumentIssue[] {
  const warnings: DocumentIssue[] = [];
  q.questions.forEach((question, i) => {
    if (question.type === 'scale') return;
    const points = scoredPoints(question);
    const reachable =
      question.type === 'multiple'
        ? question.options.filter((o) => !isSpecialOption(o) && !o.exclusive && o.points > 0)
        : question.options.filter((o) => !isSpecialOption(o) && o.points > 0);
    if (question.type === 'multiple' && reachable.length === 0) {
      warnings.push({
        pointer: `/questions/${i}/options`,
        message: `question "${question.id}" can never score above zero: its only points are on an exclusive box, which scores over the sum of all boxes`,
      });
    } else if (points.length > 1 && points.every((p) => p === points[0])) {
      warnings.push({
        pointer: `/questions/${i}/options`,
        message: `every option of question "${question.id}" scores ${points[0]} points: whatever is answered, it scores the same`,
      });
    }
  });
  return warnings;
}

/** The lowest share (0..1) of its maximum a question can score when answered. */
function lowestShare(q: Questionnaire, question: ScoredQuestion): number {
  if (question.type === 'scale') return 0;
  const points = scoredPoints(question);
  const best =
    question.type === 'multiple' ? points.reduce((a, b) => a + b, 0) : Math.max(...points);
  const dontKnowScores =
    (question.dontKnow ?? q.scoring.dontKnow) === 'lowest' &&
    question.options.some((o) => isSpecialOption(o) && o.kind === 'dontKnow');
  if (dontKnowScores || best <= 0) return 0;
  return Math.min(...points) / best;
}

function recommendationsThatCannotFire(q: Questionnaire): DocumentIssue[] {
  const warnings: DocumentIssue[] = [];
  const byId = new Map(q.questions.map((question) => [question.id, question]));
  q.recommendations.forEach((recommendation, i) => {
    const at = `/recommendations/${i}/trigger`;
    const { trigger } = recommendation;
    if ('areaScore' in trigger) {
      const inArea = q.questions.filter((question) => question.area === recommendation.area);
      // An area's score is a mean of its questions' shares: never below the lowest of them.
      const lowest = Math.min(...inArea.map((question) => lowestShare(q, question))) * 100;
      if (inArea.length > 0 && trigger.areaScore.max <= lowest) {
        warnings.push({
          pointer: `${at}/areaScore`,
          message: `recommendation "${recommendation.id}" can never fire: area "${recommendation.area}" never scores below ${round(lowest)}, and the range ends at ${trigger.areaScore.max}`,
        });
      }
      return;
    }
    const question = byId.get(trigger.answer.question);
    if (!question) return;
    const message = answerTriggerProblem(trigger.answer, question);
    if (message) {
      warnings.push({
        pointer: `${at}/answer`,
        message: `recommendation "${recommendation.id}" ${message}`,
      });
    }
  });
  return warnings;
}

function answerTriggerProblem(condition: Condition, question: ScoredQuestion): string | undefined {
  if ('anyOf' in condition) {
    if (question.type === 'scale') return undefined;
    const points = scoredPoints(question);
    const best = Math.max(...points);
    const named = question.options.filter((o) => condition.anyOf.includes(o.id));
    // Advice fires on weak answers: one that fires only on the best answer is probably reversed.
    if (named.length > 0 && named.every((o) => !isSpecialOption(o) && o.points === best)) {
      return `fires only on the best answer of "${question.id}" (${best} points): should it name the weaker options?`;
    }
    return undefined;
  }
  if (question.type !== 'scale') return undefined;
  const low = Math.max(condition.min ?? -Infinity, question.min);
  const high = Math.min(condition.max ?? Infinity, question.max);
  if (low > high) {
    return `can never fire: no answer to "${question.id}" (${question.min} to ${question.max}) lies in the range ${condition.min ?? '…'} to ${condition.max ?? '…'}`;
  }
  return undefined;
}

/**
 * A missing locale is an error already; a text copied unchanged into another locale is the
 * likely trace of a translation not done yet. Short texts (a name, "CNIL") may well be the same.
 */
function untranslatedTexts(q: Questionnaire): DocumentIssue[] {
  const warnings: DocumentIssue[] = [];
  for (const [pointer, text] of localizedTexts(q)) {
    const [first, ...others] = q.locales;
    const original = first === undefined ? undefined : text[first];
    if (original === undefined || !/\s\S+\s/.test(original)) continue;
    for (const locale of others) {
      if (text[locale] === original) {
        warnings.push({
          pointer: `${pointer}/${locale}`,
          message: `the "${locale}" text is the same as the "${first}" one: not translated yet?`,
        });
      }
    }
  }
  return warnings;
}

function singleQuestionAreas(q: Questionnaire): DocumentIssue[] {
  return q.areas.flatMap((area, i) => {
    const count = q.questions.filter((question) => question.area === area.id).length;
    return count === 1
      ? [
          {
            pointer: `/areas/${i}`,
            message: `area "${area.id}" has a single question: its score jumps from one answer to another, add a question or merge the area`,
          },
        ]
      : [];
  });
}

/** An area that writes its own texts for some levels reads the generic paragraph at the others. */
function partialLevelTexts(q: Questionnaire): DocumentIssue[] {
  return q.areas.flatMap((area, i) => {
    if (!area.levelTexts) return [];
    const missing = q.levels.filter((level) => !(level.id in area.levelTexts!));
    if (missing.length === 0 || missing.length === q.levels.length) return [];
    return [
      {
        pointer: `/areas/${i}/levelTexts`,
        message: `area "${area.id}" has no text for level ${missing.map((level) => `"${level.id}"`).join(', ')}: it shows the level's general description there`,
      },
    ];
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
