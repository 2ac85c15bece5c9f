import {
  QuestionnaireNotFoundError,
  ResponseNotFoundError,
  type Questionnaire,
  type QuestionnaireResponse,
} from '../domain/index.js';
import type { UseCaseDependencies } from './dependencies.js';
import type { Repositories } from './ports.js';

/** The response, if the token opens it; a wrong token looks exactly like a missing response. */
export async function ownedResponse(
  repositories: Repositories,
  { secrets }: Pick<UseCaseDependencies, 'secrets'>,
  id: string,
  token: string | undefined,
): Promise<QuestionnaireResponse> {
  if (!token) throw new ResponseNotFoundError();
  const response = await repositories.responses.findById(id);
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
