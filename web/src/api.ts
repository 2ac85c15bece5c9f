import type { Questionnaire } from '../../src/domain/questionnaire/questionnaire-schema.js';
import type { z } from 'zod';
import type { QuestionnaireSummaryContract } from '../../src/http/contracts/questionnaire-contract.js';
import type {
  ResponseContract,
  SaveAnswersBody,
} from '../../src/http/contracts/response-contract.js';

// The API's own contracts, as types only: nothing of zod reaches the bundle.
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummaryContract>;
export type ResponseView = z.infer<typeof ResponseContract>;
/** What a save sends: answers to merge and, when it changed, the association's name. */
export type SaveRequest = z.input<typeof SaveAnswersBody>;

export interface Credentials {
  id: string;
  token: string;
}

/** An answer of the server that is not a success: problem+json, or no answer at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: Array<{ pointer: string; detail: string }> = [],
  ) {
    super(detail);
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(payload.code ?? 'unknown'),
      String(payload.detail ?? payload.title ?? response.statusText),
      (payload.errors as ApiError['errors'] | undefined) ?? [],
    );
  }
  return payload as T;
}

/** Published versions never change (README, "Versions are immutable"): fetch each once. */
const definitions = new Map<string, Promise<Questionnaire>>();

export const api = {
  listQuestionnaires: () =>
    request<{ questionnaires: QuestionnaireSummary[] }>('GET', '/api/questionnaires'),
  questionnaire(id: string, version: string): Promise<Questionnaire> {
    const key = `${id}@${version}`;
    let definition = definitions.get(key);
    if (!definition) {
      definition = request<Questionnaire>('GET', `/api/questionnaires/${id}/versions/${version}`);
      definition.catch(() => definitions.delete(key));
      definitions.set(key, definition);
    }
    return definition;
  },
  start: (questionnaireId: string, locale: string) =>
    request<Credentials & { version: string }>('POST', '/api/responses', {
      questionnaireId,
      locale,
    }),
  response: ({ id, token }: Credentials) =>
    request<ResponseView>('GET', `/api/responses/${id}`, undefined, token),
  saveAnswers: ({ id, token }: Credentials, body: SaveRequest) =>
    request<unknown>('PATCH', `/api/responses/${id}/answers`, body, token),
  submit: ({ id, token }: Credentials) =>
    request<unknown>('POST', `/api/responses/${id}/submit`, undefined, token),
  remove: ({ id, token }: Credentials) =>
    request<void>('DELETE', `/api/responses/${id}`, undefined, token),
};
