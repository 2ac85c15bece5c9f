import type { Questionnaire } from '../../src/domain/questionnaire/questionnaire-schema.js';
import type { z } from 'zod';
import type { QuestionnaireSummaryContract } from '../../src/http/contracts/questionnaire-contract.js';
import type {
  ResponseContract,
  SaveAnswersBody,
  TakenAgainContract,
} from '../../src/http/contracts/response-contract.js';

import type {
  TeamAgreementBody,
  TeamInviteContract,
  TeamInviteInfoContract,
  TeamMemberSettingsContract,
  TeamViewContract,
  UpdateTeamMemberBody,
} from '../../src/http/contracts/team-contract.js';
import type { ImportedAnswersContract } from '../../src/http/contracts/answers-file-contract.js';
import type { JoinableWorkshop, JoinRequest } from './workshop-types.js';

// The API's own contracts, as types only: nothing of zod reaches the bundle.
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummaryContract>;
export type ResponseView = z.infer<typeof ResponseContract>;
export type TakenAgain = z.infer<typeof TakenAgainContract>;
export type TeamView = z.infer<typeof TeamViewContract>;
export type ImportedAnswers = z.infer<typeof ImportedAnswersContract>;
export type TeamInvite = z.infer<typeof TeamInviteContract>;
export type TeamInviteInfo = z.infer<typeof TeamInviteInfoContract>;
export type TeamMemberSettings = z.infer<typeof TeamMemberSettingsContract>;
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
    /** From a 429's Retry-After: how long the server asks us to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/** The token travels in a header, never in an address: it stays out of logs and history. */
function authorization(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A fetch whose failure to reach the server is an ApiError too, so callers handle one kind. */
export async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
}

/** The problem+json of an error answer, as an ApiError (whatever the body actually holds). */
export async function problemOf(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return new ApiError(
    response.status,
    String(payload.code ?? 'unknown'),
    String(payload.detail ?? payload.title ?? response.statusText),
    (payload.errors as ApiError['errors'] | undefined) ?? [],
    Number(response.headers.get('retry-after')) || undefined,
  );
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers = { ...authorization(token), ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await send(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => ({}))) as T;
}

/** A downloaded file: its content and the name the server gave it, if any. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | undefined;
}

/**
 * The file name of a Content-Disposition header: `filename*` (RFC 6266, UTF-8) first, then
 * `filename`; undefined when there is none.
 */
export function fileNameOf(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  let name: string | undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(contentDisposition);
  try {
    name = extended ? decodeURIComponent(extended[1]!) : undefined;
  } catch {
    // Badly encoded: the plain name below will do.
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(contentDisposition);
    name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  }
  // A base name only, never a path, whatever the header says.
  return name?.split(/[\\/]/).pop()?.trim() || undefined;
}

/**
 * A file to download (a PDF, a CSV, a zip), fetched so that headers (a token, the session's
 * cookie) go with it. Anything else than the expected type (a proxy's error page, say) is an
 * error, never saved as the file.
 */
export async function fetchFile(
  path: string,
  accept: string,
  headers: Record<string, string> = {},
): Promise<DownloadedFile> {
  const response = await send(path, {
    headers: { ...headers, accept },
    credentials: 'same-origin',
  });
  if (!response.ok) throw await problemOf(response);
  if (!(response.headers.get('content-type') ?? '').startsWith(accept)) {
    throw new ApiError(
      response.status,
      'unexpected_type',
      response.headers.get('content-type') ?? '',
    );
  }
  const blob = await response.blob().catch(() => {
    throw new ApiError(0, 'network', 'offline');
  });
  return { blob, fileName: fileNameOf(response.headers.get('content-disposition')) };
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
  start: (
    questionnaireId: string,
    locale: string,
    more: { version?: string; associationName?: string } = {},
  ) =>
    request<Credentials & { version: string }>('POST', '/api/responses', {
      questionnaireId,
      locale,
      ...more,
    }),
  response: ({ id, token }: Credentials) =>
    request<ResponseView>('GET', `/api/responses/${id}`, undefined, token),
  saveAnswers: ({ id, token }: Credentials, body: SaveRequest) =>
    request<unknown>('PATCH', `/api/responses/${id}/answers`, body, token),
  submit: ({ id, token }: Credentials) =>
    request<unknown>('POST', `/api/responses/${id}/submit`, undefined, token),
  /** A new diagnosis following a submitted one; the same token opens it. */
  takeAgain: ({ id, token }: Credentials) =>
    request<TakenAgain>('POST', `/api/responses/${id}/again`, undefined, token),
  remove: ({ id, token }: Credentials) =>
    request<void>('DELETE', `/api/responses/${id}`, undefined, token),
  /** The PDF report of a submitted response, in the given language. */
  report: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    fetchFile(
      `/api/responses/${id}/report.pdf?lang=${encodeURIComponent(lang)}`,
      'application/pdf',
      authorization(token),
    ),
  /** The answers as a file to keep or to load on another server (README, "The answers file"). */
  answersFile: ({ id, token }: Credentials): Promise<DownloadedFile> =>
    fetchFile(`/api/responses/${id}/answers.json`, 'application/json', authorization(token)),
  /** A new draft from an answers file: a new token, and the answers a newer version dropped. */
  importAnswers: (file: unknown) => request<ImportedAnswers>('POST', '/api/responses/import', file),
  /** The team of this response (404 when it belongs to none). */
  team: ({ id, token }: Credentials) =>
    request<TeamView>('GET', `/api/responses/${id}/team`, undefined, token),
  /** Starts a team from this response, or gives its owner a new invite link. */
  teamInvite: ({ id, token }: Credentials) =>
    request<TeamInvite>('POST', `/api/responses/${id}/team`, undefined, token),
  updateTeamMember: ({ id, token }: Credentials, body: z.input<typeof UpdateTeamMemberBody>) =>
    request<TeamMemberSettings>('PATCH', `/api/responses/${id}/team/member`, body, token),
  saveTeamAgreement: (
    { id, token }: Credentials,
    areaId: string,
    body: z.input<typeof TeamAgreementBody>,
  ) =>
    request<unknown>(
      'PUT',
      `/api/responses/${id}/team/agreements/${encodeURIComponent(areaId)}`,
      body,
      token,
    ),
  teamReport: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    fetchFile(
      `/api/responses/${id}/team/report.pdf?lang=${encodeURIComponent(lang)}`,
      'application/pdf',
      authorization(token),
    ),
  /** What the join page of a team shows, by its invite code. */
  teamByInvite: (code: string, lang: string) =>
    request<TeamInviteInfo>(
      'GET',
      `/api/team-invites/${encodeURIComponent(code)}?lang=${encodeURIComponent(lang)}`,
    ),
  joinTeam: (code: string, body: { displayName?: string; locale?: string }) =>
    request<Credentials & { version: string }>(
      'POST',
      `/api/team-invites/${encodeURIComponent(code)}/members`,
      body,
    ),
  /** What the join page shows of a workshop, by its code. */
  workshopByCode: (code: string) =>
    request<JoinableWorkshop>('GET', `/api/join/${encodeURIComponent(code)}`),
  /** Joins a workshop: a response is started, exactly as `start` does, and tied to it. */
  join: (code: string, body: JoinRequest) =>
    request<Credentials & { version: string }>(
      'POST',
      `/api/join/${encodeURIComponent(code)}`,
      body,
    ),
};
