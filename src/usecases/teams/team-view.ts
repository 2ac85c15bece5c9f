import {
  combineProfiles,
  DISCUSSION_THRESHOLD,
  divergentQuestions,
  type QuestionnaireResponse,
  type TeamMember,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import type { Repositories } from '../ports.js';
import type { TeamAccess } from './team-access.js';
import type { z } from 'zod';
import type { TeamMemberContract, TeamViewContract } from '../../contracts/team-contract.js';

export type TeamMemberView = z.infer<typeof TeamMemberContract>;

/** What every member of a team sees; the detailed answers only of those who share them. */
export type TeamView = z.infer<typeof TeamViewContract>;

/** What the members see of their team, as the member `response` opened it. */
export async function teamView(
  deps: UseCaseDependencies,
  repositories: Repositories,
  { team, response, isOwner }: TeamAccess,
): Promise<TeamView> {
  const owner =
    team.ownerResponseId === response.id
      ? response
      : await repositories.responses.findById(team.ownerResponseId);
  const questionnaire = definitionOf(deps, owner ?? response);
  const memberships = await repositories.teams.members(team.id);
  const members: Array<{ member: TeamMember; response: QuestionnaireResponse }> = [];
  for (const member of memberships) {
    const found =
      member.responseId === response.id
        ? response
        : await repositories.responses.findById(member.responseId);
    if (found) members.push({ member, response: found });
  }
  const submitted = members.filter((entry) => entry.response.status === 'submitted');
  const numbered = members.map((entry, index) => ({ ...entry, number: index + 1 }));
  return {
    role: isOwner ? 'owner' : 'member',
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    associationName: (owner ?? response).associationName,
    createdAt: team.createdAt,
    members: numbered.map(({ member, response: memberResponse, number }) => {
      const profile = memberResponse.status === 'submitted' ? memberResponse.profile : null;
      return {
        number,
        displayName: member.displayName,
        isOwner: member.responseId === team.ownerResponseId,
        isYou: member.responseId === response.id,
        status: memberResponse.status,
        shareAnswers: member.shareAnswers,
        overallScore: profile?.overall.score ?? null,
        overallLevel: profile?.overall.level ?? null,
        areaScores: Object.fromEntries(
          questionnaire.areas.map((area) => [
            area.id,
            profile?.areas.find((scored) => scored.id === area.id)?.score ?? null,
          ]),
        ),
      };
    }),
    combined: combineProfiles(
      questionnaire.areas.map((area) => area.id),
      submitted.map((entry) => entry.response.profile!),
      questionnaire.levels,
    ),
    topics: divergentQuestions(
      questionnaire,
      submitted.map((entry) => entry.response.answers),
    ),
    discussionThreshold: DISCUSSION_THRESHOLD,
    agreements: await repositories.teams.agreements(team.id),
    sharedAnswers: numbered
      .filter(
        ({ member, response: memberResponse }) =>
          member.shareAnswers && memberResponse.status === 'submitted',
      )
      .map(({ member, response: memberResponse, number }) => ({
        number,
        displayName: member.displayName,
        answers: memberResponse.answers,
      })),
  };
}
