import {
  TeamInviteNotFoundError,
  TeamNotFoundError,
  type QuestionnaireResponse,
  type Team,
  type TeamMember,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import type { Repositories, RowLock } from '../ports.js';

export interface TeamAccess {
  response: QuestionnaireResponse;
  team: Team;
  member: TeamMember;
  isOwner: boolean;
}

/**
 * The team of the response the token opens, whether it is its owner or a member. A wrong token
 * is a missing response (404); a response outside any team, a missing team (404). A change
 * passes `lock: 'update'`, which holds the response's row until it commits.
 */
export async function teamOfResponse(
  repositories: Repositories,
  deps: Pick<UseCaseDependencies, 'secrets'>,
  id: string,
  token: string | undefined,
  lock?: RowLock,
): Promise<TeamAccess> {
  const response = await ownedResponse(repositories, deps, id, token, lock);
  const membership = await repositories.teams.findMembership(response.id);
  if (!membership) throw new TeamNotFoundError();
  return {
    response,
    ...membership,
    isOwner: membership.team.ownerResponseId === response.id,
  };
}

/** The same, for what only the owner may do: to a member it looks like no team at all. */
export async function ownedTeam(
  repositories: Repositories,
  deps: Pick<UseCaseDependencies, 'secrets'>,
  id: string,
  token: string | undefined,
  lock?: RowLock,
): Promise<TeamAccess> {
  const access = await teamOfResponse(repositories, deps, id, token, lock);
  if (!access.isOwner) throw new TeamNotFoundError();
  return access;
}

/** Where a member opens the invite: the code stays in the fragment, out of every server log. */
export function inviteUrl(deps: Pick<UseCaseDependencies, 'settings'>, code: string): string {
  return `${deps.settings.publicUrl}/#/equipe/${code}`;
}

/** The team an invite code opens, and its owner's response; unknown or renewed codes are 404. */
export async function invitedTeam(
  deps: UseCaseDependencies,
  code: string,
): Promise<{ team: Team; owner: QuestionnaireResponse }> {
  const team = await deps.store.teams.findByInviteHash(deps.secrets.hashToken(code));
  const owner = team && (await deps.store.responses.findById(team.ownerResponseId));
  if (!team || !owner) throw new TeamInviteNotFoundError();
  return { team, owner };
}
