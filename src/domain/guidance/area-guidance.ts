import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { hiddenQuestions } from '../answers/hidden-questions.js';
import { localize } from '../questionnaire/localize.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { answerFindings } from '../scoring/answer-findings.js';
import type { Profile } from '../scoring/profile-schema.js';
import type { AreaGuidance } from './guidance-schema.js';
import { nextLevelSteps } from './next-level-steps.js';

/**
 * What the results say about each area, in area order: its level's text written for this area
 * (else the level's general description), what the answers show, and what would move it to the
 * next level. An area with too few answers gets no level text and no steps but lists its shown
 * unanswered questions, since answering them is what gives it a score; a not-applicable area
 * gets neither.
 *
 * @example areaGuidance(q, answers, scoreResponse(q, answers), 'fr')[0].levelText
 *   // 'Votre communication repose sur le bouche-à-oreille…'
 */
export function areaGuidance(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  locale: string,
): AreaGuidance[] {
  const fallback = questionnaire.defaultLocale;
  const index = indexQuestionnaire(questionnaire);
  const hidden = hiddenQuestions(index, answers);
  const findings = new Map(
    answerFindings(questionnaire, answers, profile, locale).map((area) => [area.areaId, area]),
  );
  return profile.areas.map((area) => {
    const definition = questionnaire.areas.find((a) => a.id === area.id);
    const level = questionnaire.levels.find((l) => l.id === area.level);
    const ownText = level && definition?.levelTexts?.[level.id];
    const found = findings.get(area.id);
    const questions = index.areas.find((a) => a.area.id === area.id)?.questions ?? [];
    return {
      areaId: area.id,
      status: area.status,
      score: area.score,
      levelId: area.level,
      levelText: level ? localize(ownText ?? level.description, locale, fallback) : null,
      strengths: found?.strengths ?? [],
      gaps: found?.gaps ?? [],
      dontKnow: found?.dontKnow ?? [],
      nextLevel:
        area.status === 'scored' ? nextLevelSteps(questionnaire, answers, area.id, locale) : null,
      unanswered:
        area.status === 'insufficient'
          ? questions
              .filter(
                ({ question }) =>
                  !hidden.has(question.id) && answerTo(answers, question.id) === undefined,
              )
              .map(({ question }) => ({
                questionId: question.id,
                question: localize(question.title, locale, fallback),
              }))
          : [],
    };
  });
}
