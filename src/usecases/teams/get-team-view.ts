import type { UseCaseDependencies } from '../dependencies.js';
import { teamOfResponse } from './team-access.js';
import { teamView, type TeamView } from './team-view.js';

/** The team view, opened with the token of any of its members' responses. */
export function makeGetTeamView(deps: UseCaseDependencies) {
  return async function getTeamView(input: {
    id: string;
    token: string | undefined;
  }): Promise<TeamView> {
    const access = await teamOfResponse(deps.store, deps, input.id, input.token);
    return teamView(deps, deps.store, access);
  };
}
