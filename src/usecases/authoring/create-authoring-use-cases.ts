import type { AuthoringDependencies } from './authoring-ports.js';
import { makeFindQuestionnaire } from './find-questionnaire.js';
import { makeRenderAnswersReport } from './render-answers-report.js';
import { makeRenderPaperQuestionnaire } from './render-paper-questionnaire.js';
import { makeScoreAnswers } from './score-answers.js';
import { makeValidateQuestionnaires } from './validate-questionnaires.js';

/**
 * The use cases of the authoring commands (validate, score, report, paper): over the questionnaire
 * folder and the renderer only, so that an author needs no database to check a questionnaire.
 */
export function createAuthoringUseCases(deps: AuthoringDependencies) {
  return {
    findQuestionnaire: makeFindQuestionnaire(deps),
    validateQuestionnaires: makeValidateQuestionnaires(deps),
    scoreAnswers: makeScoreAnswers(),
    renderAnswersReport: makeRenderAnswersReport(deps),
    renderPaperQuestionnaire: makeRenderPaperQuestionnaire(deps),
  };
}

export type AuthoringUseCases = ReturnType<typeof createAuthoringUseCases>;
