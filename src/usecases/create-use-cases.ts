import type { UseCaseDependencies } from './dependencies.js';
import { makeDeleteResponse } from './delete-response.js';
import { makeGetResponse } from './get-response.js';
import { makeGetResponseReport } from './get-response-report.js';
import { makeGetQuestionnaire, makeListQuestionnaires } from './list-questionnaires.js';
import { makeSaveAnswers } from './save-answers.js';
import { makeStartResponse } from './start-response.js';
import { makeSubmitResponse } from './submit-response.js';
import { makeVerifyPublishedVersions } from './verify-published-versions.js';

/** Every use case, bound to the same ports. */
export function createUseCases(deps: UseCaseDependencies) {
  return {
    listQuestionnaires: makeListQuestionnaires(deps),
    getQuestionnaire: makeGetQuestionnaire(deps),
    startResponse: makeStartResponse(deps),
    getResponse: makeGetResponse(deps),
    getResponseReport: makeGetResponseReport(deps),
    saveAnswers: makeSaveAnswers(deps),
    submitResponse: makeSubmitResponse(deps),
    deleteResponse: makeDeleteResponse(deps),
    verifyPublishedVersions: makeVerifyPublishedVersions(deps),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
