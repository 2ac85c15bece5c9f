import { counted } from '../counted.js';
import type { Condition } from './condition-schema.js';
import type { DocumentIssue } from './document-issue.js';
import { isSpecialOption } from './is-special-option.js';
import type { ScoredOption, ScoredQuestion } from './question-schema.js';
import {
  allIds,
  partsOf,
  partTexts,
  wellFormed,
  type QuestionnaireParts,
} from './questionnaire-parts.js';
import type { Questionnaire, ScoringRules } from './questionnaire-schema.js';
import { splitGridWarnings } from './split-grid-warnings.js';

/**
 * Likely mistakes in a questionnaire that is otherwise valid: it can be published, but an author
 * probably did not mean it. Each comes with its JSON pointer.
 *
 * @example questionnaireWarnings(q) // [{ pointer: '/areas/1', message: 'area "funding" has a single question ...' }]
 */
export function questionnaireWarnings(q: Questionnaire): DocumentIssue[] {
  return questionnaireWarningsOfParts(partsOf(q));
}

/**
 * The same warnings on what is well-formed in a document that breaks the schema, so that they
 * come in the same pass as its errors; each looks only at parts that could be read, and says
 * nothing where what it needs is broken (an area's lowest score needs each of its questions).
 *
 * @example questionnaireWarningsOfParts(readQuestionnaireParts(document))
 */
export function questionnaireWarningsOfParts(q: QuestionnaireParts): DocumentIssue[] {
  return [
    ...questionsThatCannotDiscriminate(q),
    ...recommendationsThatCannotFire(q),
    ...untranslatedTexts(q),
    ...singleQuestionAreas(q),
    ...partialLevelTexts(q),
    ...splitGridWarnings(q),
  ];
}

type ChoiceQuestion = Exclude<ScoredQuestion, { type: 'scale' }>;

/**
 * The points an answer to a choice question can get, as src/domain/scoring scores it: a single
 * choice, one option's; a multiple choice, any set of boxes ticked together (an exclusive box
 * alone), over the most they can reach, all non-exclusive boxes or the best exclusive one.
 */
function pointsRange(question: ChoiceQuestion): { lowest: number; highest: number } {
  const scoring = question.options.filter((o) => !isSpecialOption(o)) as Array<
    ScoredOption & { exclusive?: boolean }
  >;
  const points = scoring.map((o) => o.points);
  if (question.type === 'single')
    return { lowest: Math.min(...points), highest: Math.max(...points) };
  const together = scoring.filter((o) => !o.exclusive).reduce((sum, o) => sum + o.points, 0);
  const alone = Math.max(0, ...scoring.filter((o) => o.exclusive).map((o) => o.points));
  return { lowest: Math.min(...points), highest: Math.max(together, alone) };
}

/**
 * A choice question that scores the same whatever is answered: a single choice whose options all
 * carry the same points, a multiple choice where ticking more boxes adds nothing (several boxes of
 * equal points do add up: no warning then). A multiple choice whose only points sit on an
 * exclusive box scores its best by ticking "none of these" alone. (The checker refuses a question
 * where no option scores at all.)
 */
function questionsThatCannotDiscriminate(q: QuestionnaireParts): DocumentIssue[] {
  const warnings: DocumentIssue[] = [];
  for (const [question, i] of wellFormed(q.questions)) {
    if (question.type === 'scale') continue;
    const scored = question.options.filter((o) => !isSpecialOption(o));
    if (scored.length === 0) continue;
    const { lowest, highest } = pointsRange(question);
    if (highest <= 0) continue;
    const pointer = `/questions/${i}/options`;
    if (question.type === 'single') {
      if (scored.length > 1 && lowest === highest) {
        warnings.push({
          pointer,
          message: `every option of question "${question.id}" scores ${counted(lowest, 'point')}: whatever is answered, it scores the same`,
        });
      }
      continue;
    }
    const boxes = question.options.filter((o) => !isSpecialOption(o) && !o.exclusive);
    const exclusive = question.options.filter(
      (o) => !isSpecialOption(o) && o.exclusive && o.points > 0,
    );
    if (boxes.every((o) => !isSpecialOption(o) && o.points === 0) && exclusive.length > 0) {
      warnings.push({
        pointer,
        message: `question "${question.id}" gives points only to its exclusive box ${exclusive.map((o) => `"${o.id}"`).join(', ')}: ticking it alone scores the most, any other box scores 0; are the points on the wrong box?`,
      });
    } else if (lowest === highest) {
      warnings.push({
        pointer,
        message: `every answer to question "${question.id}" scores ${counted(lowest, 'point')}, however many boxes are ticked: whatever is answered, it scores the same`,
      });
    }
  }
  return warnings;
}

/**
 * The lowest share (0..1) of its maximum a question can score when answered. "I don't know"
 * scores a single choice's poorest option, and 0 for a multiple choice, unless it is left out.
 */
function lowestShare(scoring: ScoringRules, question: ScoredQuestion): number {
  if (question.type === 'scale') return 0;
  const { lowest, highest } = pointsRange(question);
  if (highest <= 0) return 0;
  const dontKnowScores =
    (question.dontKnow ?? scoring.dontKnow) === 'lowest' &&
    question.options.some((o) => isSpecialOption(o) && o.kind === 'dontKnow');
  if (question.type === 'multiple' && dontKnowScores) return 0;
  return lowest / highest;
}

function recommendationsThatCannotFire(q: QuestionnaireParts): DocumentIssue[] {
  const warnings: DocumentIssue[] = [];
  const byId = new Map(wellFormed(q.questions).map(([question]) => [question.id, question]));
  for (const [recommendation, i] of wellFormed(q.recommendations)) {
    const at = `/recommendations/${i}/trigger`;
    const { trigger } = recommendation;
    if ('areaScore' in trigger) {
      const inArea = questionsOfArea(q, recommendation.area);
      if (!inArea || inArea.length === 0 || !q.scoring) continue;
      // An area's score is a mean of its questions' shares: never below the lowest of them.
      const lowest = Math.min(...inArea.map((question) => lowestShare(q.scoring!, question))) * 100;
      if (trigger.areaScore.max <= lowest) {
        warnings.push({
          pointer: `${at}/areaScore`,
          message: `recommendation "${recommendation.id}" can never fire: area "${recommendation.area}" never scores below ${round(lowest)}, and the range ends at ${trigger.areaScore.max}`,
        });
      }
      continue;
    }
    const question = byId.get(trigger.answer.question);
    if (!question) continue;
    const message = answerTriggerProblem(trigger.answer, question);
    if (message) {
      warnings.push({
        pointer: `${at}/answer`,
        message: `recommendation "${recommendation.id}" ${message}`,
      });
    }
  }
  return warnings;
}

/** The questions of an area, when each question of the document is well-formed enough to tell. */
function questionsOfArea(q: QuestionnaireParts, area: string): ScoredQuestion[] | undefined {
  if (!q.questions || q.questions.some((part) => part.area === undefined)) return undefined;
  const parts = q.questions.filter((part) => part.area === area);
  return parts.every((part) => part.value) ? parts.map((part) => part.value!) : undefined;
}

function answerTriggerProblem(condition: Condition, question: ScoredQuestion): string | undefined {
  if ('anyOf' in condition) {
    // A ticked box of a multiple choice is one answer among others, not "the best answer".
    if (question.type !== 'single') return undefined;
    const { highest: best } = pointsRange(question);
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
function untranslatedTexts(q: QuestionnaireParts): DocumentIssue[] {
  if (!q.locales) return [];
  const [first, ...others] = q.locales;
  const warnings: DocumentIssue[] = [];
  for (const [pointer, text] of partTexts(q)) {
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

function singleQuestionAreas(q: QuestionnaireParts): DocumentIssue[] {
  const questions = q.questions;
  if (!questions || questions.some((part) => part.area === undefined)) return [];
  return (q.areas ?? []).flatMap((area, i) => {
    if (area.id === undefined) return [];
    const count = questions.filter((part) => part.area === area.id).length;
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
function partialLevelTexts(q: QuestionnaireParts): DocumentIssue[] {
  const levelIds = allIds(q.levels);
  if (!levelIds) return [];
  return wellFormed(q.areas).flatMap(([area, i]) => {
    if (!area.levelTexts) return [];
    const missing = [...levelIds].filter((id) => !(id in area.levelTexts!));
    if (missing.length === 0 || missing.length === levelIds.size) return [];
    return [
      {
        pointer: `/areas/${i}/levelTexts`,
        message: `area "${area.id}" has no text for level ${missing.map((id) => `"${id}"`).join(', ')}: it shows the level's general description there`,
      },
    ];
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
