import { TeamNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { teamOfResponse } from './team-access.js';
import { teamView, type TeamView } from './team-view.js';

/**
 * The team view, opened with the token of any of its members' responses; null when the response
 * (its token checked) belongs to no team. That is the usual case, not an error: the results page
 * asks on every visit. A wrong token is still a missing response.
 */
export function makeGetTeamView(deps: UseCaseDependencies) {
  return async function getTeamView(input: {
    id: string;
    token: string | undefined;
  }): Promise<TeamView | null> {
    try {
      const access = await teamOfResponse(deps.store, deps, input.id, input.token);
      return await teamView(deps, deps.store, access);
    } catch (error) {
      if (error instanceof TeamNotFoundError) return null;
      throw error;
    }
  };
}
