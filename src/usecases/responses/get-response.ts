import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from './owned-response.js';
import { responseView, type ResponseView } from './response-view.js';

/** What the respondent sees of their response, opened with their token. */
export function makeGetResponse(deps: UseCaseDependencies) {
  return async function getResponse(input: {
    id: string;
    token: string | undefined;
    /** The page's language, for the plan and the guidance; the response's own by default. */
    locale?: string;
  }): Promise<ResponseView> {
    const response = await ownedResponse(deps.store, deps, input.id, input.token);
    return responseView(deps, response, {
      answersShown: true,
      history: true,
      locale: input.locale,
    });
  };
}
