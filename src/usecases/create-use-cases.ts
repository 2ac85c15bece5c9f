import type { UseCaseDependencies } from './dependencies.js';
import { makeCheckHealth } from './check-health.js';
import { makePurgeAbandonedDrafts } from './purge-abandoned-drafts.js';
import { makeDeleteResponse } from './delete-response.js';
import { makeGetResponse } from './get-response.js';
import { makeGetResponseReport } from './get-response-report.js';
import { makeGetQuestionnaire, makeListQuestionnaires } from './list-questionnaires.js';
import { makeSaveAnswers } from './save-answers.js';
import { makeStartResponse } from './start-response.js';
import { makeSubmitResponse } from './submit-response.js';
import { makeVerifyPublishedVersions } from './verify-published-versions.js';
import { makeAddFacilitator } from './facilitators/add-facilitator.js';
import { makeAuthenticate, makeSignOut } from './facilitators/authenticate.js';
import { makeSignIn } from './facilitators/sign-in.js';
import {
  makeGetFacilitatorProfile,
  makeUpdateFacilitatorProfile,
} from './facilitators/facilitator-profile.js';
import {
  makeListShares,
  makeShareResponse,
  makeWithdrawShare,
} from './shares/association-shares.js';
import { makeGetShareCodeInfo, makeShareCode } from './shares/share-code.js';
import { makePortfolio, makePortfolioEntry, makePortfolioReport } from './portfolio/portfolio.js';
import { makePortfolioCsv } from './portfolio/portfolio-csv.js';
import { makeGetJoinInfo, makeJoinWorkshop } from './workshops/join-workshop.js';
import {
  makeCloseWorkshop,
  makeCreateWorkshop,
  makeGetWorkshop,
  makeListWorkshops,
} from './workshops/manage-workshops.js';
import { makeWorkshopCsv } from './workshops/workshop-csv.js';
import { makeWorkshopDashboard } from './workshops/workshop-dashboard.js';
import {
  makeParticipantReport,
  makeParticipantResults,
} from './workshops/workshop-participants.js';
import { makeWorkshopReport, makeWorkshopReportsZip } from './workshops/workshop-reports.js';

/** Every use case, bound to the same ports. */
export function createUseCases(deps: UseCaseDependencies) {
  const startResponse = makeStartResponse(deps);
  const portfolio = makePortfolio(deps);
  return {
    listQuestionnaires: makeListQuestionnaires(deps),
    getQuestionnaire: makeGetQuestionnaire(deps),
    startResponse,
    getResponse: makeGetResponse(deps),
    getResponseReport: makeGetResponseReport(deps),
    saveAnswers: makeSaveAnswers(deps),
    submitResponse: makeSubmitResponse(deps),
    deleteResponse: makeDeleteResponse(deps),
    verifyPublishedVersions: makeVerifyPublishedVersions(deps),
    checkHealth: makeCheckHealth(deps),
    purgeAbandonedDrafts: makePurgeAbandonedDrafts(deps),
    addFacilitator: makeAddFacilitator(deps),
    signIn: makeSignIn(deps),
    authenticate: makeAuthenticate(deps),
    signOut: makeSignOut(deps),
    createWorkshop: makeCreateWorkshop(deps),
    listWorkshops: makeListWorkshops(deps),
    getWorkshop: makeGetWorkshop(deps),
    closeWorkshop: makeCloseWorkshop(deps),
    getJoinInfo: makeGetJoinInfo(deps),
    joinWorkshop: makeJoinWorkshop(deps, startResponse),
    workshopDashboard: makeWorkshopDashboard(deps),
    workshopCsv: makeWorkshopCsv(deps),
    workshopReport: makeWorkshopReport(deps),
    workshopReportsZip: makeWorkshopReportsZip(deps),
    participantResults: makeParticipantResults(deps),
    participantReport: makeParticipantReport(deps),
    getFacilitatorProfile: makeGetFacilitatorProfile(deps),
    updateFacilitatorProfile: makeUpdateFacilitatorProfile(deps),
    shareCode: makeShareCode(deps, { renew: false }),
    renewShareCode: makeShareCode(deps, { renew: true }),
    getShareCodeInfo: makeGetShareCodeInfo(deps),
    shareResponse: makeShareResponse(deps),
    listShares: makeListShares(deps),
    withdrawShare: makeWithdrawShare(deps),
    portfolio,
    portfolioCsv: makePortfolioCsv(deps, portfolio),
    portfolioEntry: makePortfolioEntry(deps),
    portfolioReport: makePortfolioReport(deps),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
