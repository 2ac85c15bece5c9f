import {
  chainProgress,
  localize,
  type Questionnaire,
  type QuestionnaireResponse,
  type ResponseShare,
  type SubmittedResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import type { z } from 'zod';
import type {
  PortfolioChangeContract,
  PortfolioEntryContract,
  PortfolioScoreContract,
} from '../../contracts/share-contract.js';

export type PortfolioScore = z.infer<typeof PortfolioScoreContract>;

export type PortfolioChange = z.infer<typeof PortfolioChangeContract>;

export type PortfolioEntry = z.infer<typeof PortfolioEntryContract>;

/** The reader's language when the questionnaire has it, else the diagnosis's own. */
export function readingLocale(
  questionnaire: Questionnaire,
  response: Pick<QuestionnaireResponse, 'locale'>,
  requested: string | undefined,
): string {
  return requested && questionnaire.locales.includes(requested) ? requested : response.locale;
}

/**
 * The portfolio entry of a shared chain (its diagnoses, any order, drafts ignored); undefined
 * when none of them is submitted (every submitted one was erased since).
 */
export function portfolioEntry(
  deps: Pick<UseCaseDependencies, 'catalog'>,
  share: ResponseShare,
  chain: readonly QuestionnaireResponse[],
  requestedLocale: string | undefined,
): { entry: PortfolioEntry; latest: SubmittedResponse } | undefined {
  const found = chainProgress(chain, (response) => definitionOf(deps, response).levels);
  if (!found) return undefined;
  const { latest, previous, progress } = found;
  const questionnaire = definitionOf(deps, latest);
  const locale = readingLocale(questionnaire, latest, requestedLocale);
  const text = (value: Record<string, string>) =>
    localize(value, locale, questionnaire.defaultLocale);
  const levelTitle = (id: string | null) => {
    const level = questionnaire.levels.find((candidate) => candidate.id === id);
    return level ? text(level.title) : null;
  };
  const areaTitle = new Map(questionnaire.areas.map((area) => [area.id, text(area.title)]));
  return {
    latest,
    entry: {
      chainId: share.chainId,
      associationName: latest.associationName,
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        title: text(questionnaire.title),
      },
      sharedSince: share.consentedAt,
      latest: {
        responseId: latest.id,
        submittedAt: latest.submittedAt,
        overall: {
          score: latest.profile.overall.score,
          level: latest.profile.overall.level,
          levelTitle: levelTitle(latest.profile.overall.level),
        },
        areas: latest.profile.areas.map((area) => ({
          id: area.id,
          title: areaTitle.get(area.id) ?? area.id,
          score: area.score,
          level: area.level,
          levelTitle: levelTitle(area.level),
        })),
      },
      progress:
        previous && progress
          ? {
              previousSubmittedAt: previous.submittedAt,
              overall: { points: progress.overall.points, levelSteps: progress.overall.levelSteps },
              areas: progress.areas.map((area) => ({
                areaId: area.areaId,
                points: area.points,
                levelSteps: area.levelSteps,
              })),
            }
          : null,
      // Filled by the caller: one query for a whole portfolio (PlanRepository.statusCounts).
      plan: null,
    },
  };
}
