import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { localize } from '../questionnaire/localize.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { answerInWords } from './answer-in-words.js';
import type { Profile } from './profile-schema.js';

/** A question's score at or above this is a strength of the association. */
export const STRENGTH_FROM = 0.75;
/** A question's score at or below this is something to work on. */
export const GAP_UP_TO = 0.25;

/** One answer, in words: the question and what was answered. */
export interface AnswerFinding {
  questionId: string;
  question: string;
  answer: string;
}

/** What an area's answers show: strengths, things to work on, and what nobody knew. */
export interface AreaFindings {
  areaId: string;
  strengths: AnswerFinding[];
  gaps: AnswerFinding[];
  dontKnow: AnswerFinding[];
}

/**
 * Sorts each area's counted answers by what they show, in document order: a question scoring at
 * least STRENGTH_FROM is a strength, one scoring at most GAP_UP_TO is a gap, "I don't know" is
 * listed apart (the board may want to find out). Hidden, unanswered and not-applicable questions
 * are left out; so is a middling answer, which says little either way.
 *
 * @example answerFindings(q, { site: 'yes' }, scoreResponse(q, { site: 'yes' }), 'fr')[0].strengths
 *   // [{ questionId: 'site', question: 'Avez-vous un site ?', answer: 'Oui' }]
 */
export function answerFindings(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  locale: string,
): AreaFindings[] {
  const index = indexQuestionnaire(questionnaire);
  const fallback = questionnaire.defaultLocale;
  return profile.areas.map((area) => {
    const findings: AreaFindings = { areaId: area.id, strengths: [], gaps: [], dontKnow: [] };
    for (const explanation of area.explanation.questions) {
      const indexed = index.scored.get(explanation.id);
      const value = answerTo(answers, explanation.id);
      if (!indexed || value === undefined) continue;
      const finding = {
        questionId: explanation.id,
        question: localize(indexed.question.title, locale, fallback),
        answer: answerInWords(indexed, value, locale, fallback),
      };
      if (explanation.outcome === 'dontKnow') findings.dontKnow.push(finding);
      if (explanation.outcome !== 'scored' || explanation.score === null) continue;
      if (explanation.score >= STRENGTH_FROM) findings.strengths.push(finding);
      else if (explanation.score <= GAP_UP_TO) findings.gaps.push(finding);
    }
    return findings;
  });
}
