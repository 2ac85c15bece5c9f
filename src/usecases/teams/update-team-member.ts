import type { UseCaseDependencies } from '../dependencies.js';
import { teamOfResponse } from './team-access.js';
import type { z } from 'zod';
import type { TeamMemberSettingsContract } from '../../contracts/team-contract.js';

export type TeamMemberSettings = z.infer<typeof TeamMemberSettingsContract>;

/** A member's own settings: the name the team sees, and whether it may read their answers. */
export function makeUpdateTeamMember(deps: UseCaseDependencies) {
  return async function updateTeamMember(input: {
    id: string;
    token: string | undefined;
    displayName?: string | null | undefined;
    shareAnswers?: boolean | undefined;
  }): Promise<TeamMemberSettings> {
    return deps.store.transaction(async (repositories) => {
      const { member } = await teamOfResponse(repositories, deps, input.id, input.token, 'update');
      const changes = {
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.shareAnswers === undefined ? {} : { shareAnswers: input.shareAnswers }),
      };
      await repositories.teams.updateMember(member.responseId, changes);
      return {
        displayName: changes.displayName === undefined ? member.displayName : changes.displayName,
        shareAnswers: changes.shareAnswers ?? member.shareAnswers,
      };
    });
  };
}
