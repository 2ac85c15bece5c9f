import type { UseCaseDependencies } from './dependencies.js';
import { makeExportAnswers } from './answers-file/export-answers.js';
import { makeImportAnswers } from './answers-file/import-answers.js';
import { makeGetPaperQuestionnaire } from './paper/get-paper-questionnaire.js';
import { makeCheckHealth } from './maintenance/check-health.js';
import { makePurgeAbandonedDrafts } from './maintenance/purge-abandoned-drafts.js';
import { makeDeleteResponse } from './responses/delete-response.js';
import { makeGetResponse } from './responses/get-response.js';
import { makeGetResponseReport } from './responses/get-response-report.js';
import { makeGetQuestionnaire } from './questionnaires/get-questionnaire.js';
import { makeListQuestionnaires } from './questionnaires/list-questionnaires.js';
import { makeSaveAnswers } from './responses/save-answers.js';
import { makeStartResponse } from './responses/start-response.js';
import { makeSubmitResponse } from './responses/submit-response.js';
import { makeTakeAgain } from './progress/take-again.js';
import { makeVerifyPublishedVersions } from './maintenance/verify-published-versions.js';
import { makeAddFacilitator } from './facilitators/add-facilitator.js';
import { makeAuthenticate } from './facilitators/authenticate.js';
import { makeSignOut } from './facilitators/sign-out.js';
import { makeSignIn } from './facilitators/sign-in.js';
import { makeGetFacilitatorProfile } from './facilitators/get-facilitator-profile.js';
import { makeUpdateFacilitatorProfile } from './facilitators/update-facilitator-profile.js';
import { makeListShares } from './shares/list-shares.js';
import { makeShareResponse } from './shares/share-response.js';
import { makeWithdrawShare } from './shares/withdraw-share.js';
import { makeGetShareCode } from './shares/get-share-code.js';
import { makeGetShareCodeInfo } from './shares/get-share-code-info.js';
import { makeRenewShareCode } from './shares/renew-share-code.js';
import { makeExportPortfolioCsv } from './portfolio/export-portfolio-csv.js';
import { makeExportPortfolioXlsx } from './portfolio/export-portfolio-xlsx.js';
import { makeGetPortfolioEntry } from './portfolio/get-portfolio-entry.js';
import { makeGetPortfolioReport } from './portfolio/get-portfolio-report.js';
import { makeListPortfolio } from './portfolio/list-portfolio.js';
import { makeGetJoinInfo } from './workshops/get-join-info.js';
import { makeJoinWorkshop } from './workshops/join-workshop.js';
import { makeCloseWorkshop } from './workshops/close-workshop.js';
import { makeCreateWorkshop } from './workshops/create-workshop.js';
import { makeGetWorkshop } from './workshops/get-workshop.js';
import { makeListWorkshops } from './workshops/list-workshops.js';
import { makeExportWorkshopCsv } from './workshops/export-workshop-csv.js';
import { makeExportWorkshopXlsx } from './workshops/export-workshop-xlsx.js';
import { makeGetWorkshopQrCode } from './workshops/get-workshop-qr-code.js';
import { makeGetWorkshopDashboard } from './workshops/get-workshop-dashboard.js';
import { makeGetParticipantReport } from './workshops/get-participant-report.js';
import { makeGetParticipantResults } from './workshops/get-participant-results.js';
import { makeAddPlanAction } from './plan/add-plan-action.js';
import { makeChangePlanAction } from './plan/change-plan-action.js';
import { makeDeletePlanAction } from './plan/delete-plan-action.js';
import { makeGetPlan } from './plan/get-plan.js';
import { makeGetPlanCalendar } from './plan/get-plan-calendar.js';
import { makeSetPlanPriorities } from './plan/set-plan-priorities.js';
import { makeGetWorkshopReport } from './workshops/get-workshop-report.js';
import { makeZipWorkshopReports } from './workshops/zip-workshop-reports.js';
import { makeCreateTeamInvite } from './teams/create-team-invite.js';
import { makeGetTeamInvite } from './teams/get-team-invite.js';
import { makeJoinTeam } from './teams/join-team.js';
import { makeSaveTeamAgreement } from './teams/save-team-agreement.js';
import { makeLeaveTeam } from './teams/leave-team.js';
import { makeUpdateTeamMember } from './teams/update-team-member.js';
import { makeGetTeamReport } from './teams/get-team-report.js';
import { makeGetTeamView } from './teams/get-team-view.js';

/** Every use case, bound to the same ports. */
export function createUseCases(deps: UseCaseDependencies) {
  const startResponse = makeStartResponse(deps);
  const listPortfolio = makeListPortfolio(deps);
  return {
    listQuestionnaires: makeListQuestionnaires(deps),
    getQuestionnaire: makeGetQuestionnaire(deps),
    startResponse,
    getResponse: makeGetResponse(deps),
    getResponseReport: makeGetResponseReport(deps),
    saveAnswers: makeSaveAnswers(deps),
    submitResponse: makeSubmitResponse(deps),
    deleteResponse: makeDeleteResponse(deps),
    takeAgain: makeTakeAgain(deps),
    exportAnswers: makeExportAnswers(deps),
    importAnswers: makeImportAnswers(deps, startResponse),
    getPaperQuestionnaire: makeGetPaperQuestionnaire(deps),
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
    getWorkshopQrCode: makeGetWorkshopQrCode(deps),
    closeWorkshop: makeCloseWorkshop(deps),
    getJoinInfo: makeGetJoinInfo(deps),
    joinWorkshop: makeJoinWorkshop(deps, startResponse),
    getWorkshopDashboard: makeGetWorkshopDashboard(deps),
    exportWorkshopCsv: makeExportWorkshopCsv(deps),
    exportWorkshopXlsx: makeExportWorkshopXlsx(deps),
    getWorkshopReport: makeGetWorkshopReport(deps),
    zipWorkshopReports: makeZipWorkshopReports(deps),
    getParticipantResults: makeGetParticipantResults(deps),
    getParticipantReport: makeGetParticipantReport(deps),
    getPlan: makeGetPlan(deps),
    setPlanPriorities: makeSetPlanPriorities(deps),
    addPlanAction: makeAddPlanAction(deps),
    changePlanAction: makeChangePlanAction(deps),
    deletePlanAction: makeDeletePlanAction(deps),
    getPlanCalendar: makeGetPlanCalendar(deps),
    createTeamInvite: makeCreateTeamInvite(deps),
    getTeamInvite: makeGetTeamInvite(deps),
    joinTeam: makeJoinTeam(deps, startResponse),
    getTeamView: makeGetTeamView(deps),
    updateTeamMember: makeUpdateTeamMember(deps),
    leaveTeam: makeLeaveTeam(deps),
    saveTeamAgreement: makeSaveTeamAgreement(deps),
    getTeamReport: makeGetTeamReport(deps),
    getFacilitatorProfile: makeGetFacilitatorProfile(deps),
    updateFacilitatorProfile: makeUpdateFacilitatorProfile(deps),
    getShareCode: makeGetShareCode(deps),
    renewShareCode: makeRenewShareCode(deps),
    getShareCodeInfo: makeGetShareCodeInfo(deps),
    shareResponse: makeShareResponse(deps),
    listShares: makeListShares(deps),
    withdrawShare: makeWithdrawShare(deps),
    listPortfolio,
    exportPortfolioCsv: makeExportPortfolioCsv(deps, listPortfolio),
    exportPortfolioXlsx: makeExportPortfolioXlsx(deps, listPortfolio),
    getPortfolioEntry: makeGetPortfolioEntry(deps),
    getPortfolioReport: makeGetPortfolioReport(deps),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
