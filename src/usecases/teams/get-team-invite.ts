import { localize } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { invitedTeam } from './team-access.js';
import type { z } from 'zod';
import type { TeamInviteInfoContract } from '../../contracts/team-contract.js';

export type TeamInviteInfo = z.infer<typeof TeamInviteInfoContract>;

/** What a member sees before joining: which association, which questionnaire, how many already. */
export function makeGetTeamInvite(deps: UseCaseDependencies) {
  return async function getTeamInvite({
    code,
    locale: lang,
  }: {
    code: string;
    locale?: string | undefined;
  }): Promise<TeamInviteInfo> {
    const { team, owner } = await invitedTeam(deps, code);
    const questionnaire = definitionOf(deps, owner);
    const locale = lang && questionnaire.locales.includes(lang) ? lang : owner.locale;
    return {
      associationName: owner.associationName,
      questionnaireId: owner.questionnaireId,
      version: owner.version,
      questionnaireTitle: localize(questionnaire.title, locale, questionnaire.defaultLocale),
      locale: owner.locale,
      locales: [...questionnaire.locales],
      memberCount: await deps.store.teams.countMembers(team.id),
    };
  };
}
