import { InvalidAgreementError, type TeamAgreement } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { ownedTeam } from './team-access.js';

/** The owner records the level the board agreed on for an area, with a short note. */
export function makeSaveTeamAgreement(deps: UseCaseDependencies) {
  return async function saveTeamAgreement(input: {
    id: string;
    token: string | undefined;
    areaId: string;
    level: string;
    note: string;
  }): Promise<TeamAgreement> {
    return deps.store.transaction(async (repositories) => {
      const { team, response } = await ownedTeam(
        repositories,
        deps,
        input.id,
        input.token,
        'update',
      );
      const questionnaire = definitionOf(deps, response);
      if (!questionnaire.areas.some((area) => area.id === input.areaId)) {
        throw new InvalidAgreementError(
          '/areaId',
          `The questionnaire has no area "${input.areaId}".`,
        );
      }
      if (!questionnaire.levels.some((level) => level.id === input.level)) {
        throw new InvalidAgreementError(
          '/level',
          `"${input.level}" is not a level of the questionnaire (${questionnaire.levels.map((level) => level.id).join(', ')}).`,
        );
      }
      const agreement = {
        areaId: input.areaId,
        level: input.level,
        note: input.note,
        updatedAt: deps.clock.now().toISOString(),
      };
      await repositories.teams.saveAgreement(team.id, agreement);
      return agreement;
    });
  };
}
