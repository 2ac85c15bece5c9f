import {
  QuestionnaireNotFoundError,
  UnsupportedLocaleError,
  ResponseNotFoundError,
  type Questionnaire,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { CatalogEntry, Repositories, RowLock } from '../ports.js';

/**
 * The response, if the token opens it; a wrong token looks exactly like a missing response.
 * Inside a transaction that will write it (or its plan), pass `lock: 'update'`: another
 * instance's transaction on the same response then waits for this one's commit.
 */
export async function ownedResponse(
  repositories: Repositories,
  { secrets }: Pick<UseCaseDependencies, 'secrets'>,
  id: string,
  token: string | undefined,
  lock?: RowLock,
): Promise<QuestionnaireResponse> {
  if (!token) throw new ResponseNotFoundError();
  const response = await repositories.responses.findById(id, { lock });
  if (!response || !secrets.tokenMatches(token, response.tokenHash)) {
    throw new ResponseNotFoundError();
  }
  return response;
}

/** The definition of the exact version a response answers. */
export function definitionOf(
  { catalog }: Pick<UseCaseDependencies, 'catalog'>,
  response: Pick<QuestionnaireResponse, 'questionnaireId' | 'version'>,
): Questionnaire {
  const entry = catalog.find(response.questionnaireId, response.version);
  // The start-up check guarantees every used version is loaded; this guards the invariant.
  if (!entry) throw new QuestionnaireNotFoundError(response.questionnaireId, response.version);
  return entry.questionnaire;
}

/**
 * The version to start on (the latest unless one is named) and the locale to use (the
 * questionnaire's default unless one is named), refusing an unknown version or locale.
 */
export function versionToStart(
  { catalog }: Pick<UseCaseDependencies, 'catalog'>,
  input: { questionnaireId: string; version?: string | undefined; locale?: string | undefined },
): CatalogEntry & { locale: string } {
  const entry = catalog.find(input.questionnaireId, input.version);
  if (!entry) throw new QuestionnaireNotFoundError(input.questionnaireId, input.version);
  const locale = input.locale ?? entry.questionnaire.defaultLocale;
  if (!entry.questionnaire.locales.includes(locale)) {
    throw new UnsupportedLocaleError(locale, entry.questionnaire.locales);
  }
  return { ...entry, locale };
}
