import type { Questionnaire } from '../../src/domain/questionnaire/questionnaire-schema.js';
import { client, type RequestBody, type ResponseBody } from './api/client.js';

// The API's answers and bodies, as the generated OpenAPI types say: one truth with the server.
export type QuestionnaireSummary = ResponseBody<
  '/api/questionnaires',
  'get'
>['questionnaires'][number];
export type ResponseView = ResponseBody<'/api/responses/{id}', 'get'>;
export type TakenAgain = ResponseBody<'/api/responses/{id}/again', 'post'>;
export type TeamView = ResponseBody<'/api/responses/{id}/team', 'get'>;
export type ImportedAnswers = ResponseBody<'/api/responses/import', 'post'>;
export type TeamInvite = ResponseBody<'/api/responses/{id}/team', 'post'>;
export type TeamInviteInfo = ResponseBody<'/api/team-invites/{code}', 'get'>;
export type TeamMemberSettings = ResponseBody<'/api/responses/{id}/team/member', 'patch'>;
/** What a save sends: answers to merge and, when it changed, the association's name. */
export type SaveRequest = RequestBody<'/api/responses/{id}/answers', 'patch'>;

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

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a call of the generated client, or an ApiError: the problem+json of an error
 * answer, or "offline" when the server could not be reached.
 */
export async function settle<T>(pending: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await pending;
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
  const { response } = outcome;
  if (!response.ok) throw problemFrom(response, outcome.error);
  return outcome.data as T;
}

function problemFrom(response: Response, body: unknown): ApiError {
  const payload = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  return new ApiError(
    response.status,
    String(payload.code ?? 'unknown'),
    String(payload.detail ?? payload.title ?? response.statusText),
    (payload.errors as ApiError['errors'] | undefined) ?? [],
    Number(response.headers.get('retry-after')) || undefined,
  );
}

/** A file the client fetched as a blob: refused unless the server sent the expected type. */
export async function settleFile(
  pending: Promise<Outcome<Blob>>,
  accept: string,
): Promise<DownloadedFile> {
  let outcome: Outcome<Blob>;
  try {
    outcome = await pending;
  } catch {
    throw new ApiError(0, 'network', 'offline');
  }
  const { response } = outcome;
  if (!response.ok) throw problemFrom(response, outcome.error);
  if (!(response.headers.get('content-type') ?? '').startsWith(accept))
    throw new ApiError(
      response.status,
      'unexpected_type',
      response.headers.get('content-type') ?? '',
    );
  return {
    blob: outcome.data!,
    fileName: fileNameOf(response.headers.get('content-disposition')),
  };
}

/** The token travels in a header, never in an address: it stays out of logs and history. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const byId = (id: string) => ({ params: { path: { id } } });

export const api = {
  listQuestionnaires: () => settle(client.GET('/api/questionnaires')),
  dataPolicy: () => settle(client.GET('/api/data-policy')),
  questionnaire(id: string, version: string): Promise<Questionnaire> {
    const key = `${id}@${version}`;
    let definition = definitions.get(key);
    if (!definition) {
      definition = settle(
        client.GET('/api/questionnaires/{id}/versions/{version}', {
          params: { path: { id, version } },
        }),
      );
      definition.catch(() => definitions.delete(key));
      definitions.set(key, definition);
    }
    return definition;
  },
  start: (
    questionnaireId: string,
    locale: string,
    more: { version?: string; associationName?: string } = {},
  ) => settle(client.POST('/api/responses', { body: { questionnaireId, locale, ...more } })),
  /** With `lang`, the plan and the guidance come in that language (the page's). */
  response: ({ id, token }: Credentials, lang?: string) =>
    settle(
      client.GET('/api/responses/{id}', {
        params: { path: { id }, query: lang ? { lang } : {} },
        headers: bearer(token),
      }),
    ),
  saveAnswers: ({ id, token }: Credentials, body: SaveRequest) =>
    settle(
      client.PATCH('/api/responses/{id}/answers', { ...byId(id), headers: bearer(token), body }),
    ),
  submit: ({ id, token }: Credentials) =>
    settle(client.POST('/api/responses/{id}/submit', { ...byId(id), headers: bearer(token) })),
  /** A new diagnosis following a submitted one; the same token opens it. */
  takeAgain: ({ id, token }: Credentials) =>
    settle(client.POST('/api/responses/{id}/again', { ...byId(id), headers: bearer(token) })),
  remove: ({ id, token }: Credentials) =>
    settle(client.DELETE('/api/responses/{id}', { ...byId(id), headers: bearer(token) })),
  /** The PDF report of a submitted response, in the given language. */
  report: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    settleFile(
      client.GET('/api/responses/{id}/report.pdf', {
        params: { path: { id }, query: { lang } },
        headers: { ...bearer(token), accept: 'application/pdf' },
        parseAs: 'blob',
      }),
      'application/pdf',
    ),
  /** The answers as a file to keep or to load on another server (README, "The answers file"). */
  answersFile: ({ id, token }: Credentials): Promise<DownloadedFile> =>
    settleFile(
      client.GET('/api/responses/{id}/answers.json', {
        ...byId(id),
        headers: { ...bearer(token), accept: 'application/json' },
        parseAs: 'blob',
      }),
      'application/json',
    ),
  /** A new draft from an answers file: a new token, and the answers a newer version dropped. */
  importAnswers: (file: unknown) =>
    // The file is sent as it was read: the server validates it and says what is wrong.
    settle(
      client.POST('/api/responses/import', {
        body: file as RequestBody<'/api/responses/import', 'post'>,
      }),
    ),
  /** The team of this response, or null when it belongs to none (the server answers 204). */
  team: async ({ id, token }: Credentials): Promise<TeamView | null> =>
    (await settle(
      client.GET('/api/responses/{id}/team', { ...byId(id), headers: bearer(token) }),
    )) ?? null,
  /** Starts a team from this response, or gives its owner a new invite link. */
  teamInvite: ({ id, token }: Credentials) =>
    settle(client.POST('/api/responses/{id}/team', { ...byId(id), headers: bearer(token) })),
  updateTeamMember: (
    { id, token }: Credentials,
    body: RequestBody<'/api/responses/{id}/team/member', 'patch'>,
  ) =>
    settle(
      client.PATCH('/api/responses/{id}/team/member', {
        ...byId(id),
        headers: bearer(token),
        body,
      }),
    ),
  saveTeamAgreement: (
    { id, token }: Credentials,
    areaId: string,
    body: RequestBody<'/api/responses/{id}/team/agreements/{areaId}', 'put'>,
  ) =>
    settle(
      client.PUT('/api/responses/{id}/team/agreements/{areaId}', {
        params: { path: { id, areaId } },
        headers: bearer(token),
        body,
      }),
    ),
  teamReport: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    settleFile(
      client.GET('/api/responses/{id}/team/report.pdf', {
        params: { path: { id }, query: { lang } },
        headers: { ...bearer(token), accept: 'application/pdf' },
        parseAs: 'blob',
      }),
      'application/pdf',
    ),
  /** What the join page of a team shows, by its invite code. */
  teamByInvite: (code: string, lang: string) =>
    settle(client.GET('/api/team-invites/{code}', { params: { path: { code }, query: { lang } } })),
  joinTeam: (code: string, body: RequestBody<'/api/team-invites/{code}/members', 'post'>) =>
    settle(client.POST('/api/team-invites/{code}/members', { params: { path: { code } }, body })),
  /** What the join page shows of a workshop, by its code. */
  workshopByCode: (code: string) =>
    settle(client.GET('/api/join/{code}', { params: { path: { code } } })),
  /** Joins a workshop: a response is started, exactly as `start` does, and tied to it. */
  join: (code: string, body: RequestBody<'/api/join/{code}', 'post'>) =>
    settle(client.POST('/api/join/{code}', { params: { path: { code } }, body })),
};
