import { ApiError, settle, settleFile, type DownloadedFile } from './api.js';
import { client, type RequestBody, type ResponseBody } from './api/client.js';

// The facilitator's answers and bodies, as the generated OpenAPI types say.
export type FacilitatorSession = ResponseBody<'/api/facilitator/session', 'get'>;
export type Workshop = ResponseBody<'/api/workshops/{id}', 'get'>;
export type CreateWorkshopRequest = RequestBody<'/api/workshops', 'post'>;
export type Dashboard = ResponseBody<'/api/workshops/{id}/dashboard', 'get'>;
export type FacilitatorProfile = ResponseBody<'/api/facilitator/profile', 'get'>;
export type ShareCodeView = ResponseBody<'/api/facilitator/share-code', 'get'>;
export type PortfolioEntry = ResponseBody<'/api/facilitator/portfolio', 'get'>['entries'][number];
export type PortfolioEntryView = ResponseBody<'/api/facilitator/portfolio/{chainId}', 'get'>;

/**
 * The facilitator's session. The server keeps it in an httpOnly cookie that the browser sends by
 * itself; the page holds only the cross-site token that every POST and DELETE must carry in the
 * `x-csrf-token` header (a page of another site can send the cookie, not read the token).
 */
let session: FacilitatorSession | undefined;
/** The server ended a session this page held (it expired): the sign-in form says so. */
let expired = false;

/** The signed-in facilitator, asked of the server once per page load; undefined when signed out. */
export async function currentSession(): Promise<FacilitatorSession | undefined> {
  if (session) return session;
  try {
    session = await settle(client.GET('/api/facilitator/session'));
    return session;
  } catch (error) {
    if (isSignedOut(error)) return undefined;
    throw error;
  }
}

/** The session has ended on the server (expired, signed out elsewhere): forget it here too. */
export function forgetSession(): void {
  session = undefined;
}

/** A 401 while signed in: the session expired on the server. */
function sessionEnded(): void {
  if (session) expired = true;
  forgetSession();
}

/** Whether the last session ended by expiring, rather than by signing out; asked once. */
export function takeExpiredNotice(): boolean {
  const was = expired;
  expired = false;
  return was;
}

/** True when an error means "sign in again". */
export function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * A state-changing call, given the cross-site token to send. A refused token (a session renewed
 * in another tab, say) is fetched again once and the call repeated.
 */
async function change<T>(call: (csrf: { 'x-csrf-token': string }) => Promise<T>): Promise<T> {
  const attempt = async () => call({ 'x-csrf-token': (await currentSession())?.csrfToken ?? '' });
  try {
    return await attempt();
  } catch (error) {
    if (isSignedOut(error)) sessionEnded();
    if (!(error instanceof ApiError && error.code === 'csrf_token_invalid')) throw error;
    forgetSession();
    return attempt();
  }
}

/** Reads of the facilitator's own data; a 401 also forgets the session kept here. */
async function read<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (isSignedOut(error)) sessionEnded();
    throw error;
  }
}

const workshop = (id: string) => ({ params: { path: { id } } });
const withLang = (id: string, lang: string) => ({ params: { path: { id }, query: { lang } } });
const file = (accept: string) => ({ headers: { accept }, parseAs: 'blob' as const });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const facilitatorApi = {
  async signIn(email: string, password: string): Promise<FacilitatorSession> {
    session = await settle(client.POST('/api/facilitator/session', { body: { email, password } }));
    return session;
  },
  async signOut(): Promise<void> {
    try {
      await change((headers) => settle(client.DELETE('/api/facilitator/session', { headers })));
    } finally {
      forgetSession();
    }
  },
  workshops: () => read(settle(client.GET('/api/workshops'))),
  workshop: (id: string) => read(settle(client.GET('/api/workshops/{id}', workshop(id)))),
  create: (body: CreateWorkshopRequest) =>
    change((headers) => settle(client.POST('/api/workshops', { body, headers }))),
  close: (id: string) =>
    change((headers) =>
      settle(client.POST('/api/workshops/{id}/close', { ...workshop(id), headers })),
    ),
  dashboard: (id: string, lang: string) =>
    read(settle(client.GET('/api/workshops/{id}/dashboard', withLang(id, lang)))),
  /** An image's address: the browser fetches it with the session's cookie. */
  qrCodeUrl: (id: string) => `/api/workshops/${encodeURIComponent(id)}/qr.svg`,
  participant: (id: string, responseId: string) =>
    read(
      settle(
        client.GET('/api/workshops/{id}/participants/{responseId}', {
          params: { path: { id, responseId } },
        }),
      ),
    ),
  participantReport: (id: string, responseId: string, lang: string): Promise<DownloadedFile> =>
    settleFile(
      client.GET('/api/workshops/{id}/participants/{responseId}/report.pdf', {
        params: { path: { id, responseId }, query: { lang } },
        ...file('application/pdf'),
      }),
      'application/pdf',
    ),
  csv: (id: string) =>
    settleFile(
      client.GET('/api/workshops/{id}/export.csv', { ...workshop(id), ...file('text/csv') }),
      'text/csv',
    ),
  csvWithIds: (id: string) =>
    settleFile(
      client.GET('/api/workshops/{id}/export-ids.csv', { ...workshop(id), ...file('text/csv') }),
      'text/csv',
    ),
  xlsx: (id: string) =>
    settleFile(
      client.GET('/api/workshops/{id}/export.xlsx', { ...workshop(id), ...file(XLSX) }),
      XLSX,
    ),
  groupReport: (id: string, lang: string) =>
    settleFile(
      client.GET('/api/workshops/{id}/report.pdf', {
        ...withLang(id, lang),
        ...file('application/pdf'),
      }),
      'application/pdf',
    ),
  reportsZip: (id: string) =>
    settleFile(
      client.GET('/api/workshops/{id}/reports.zip', {
        ...workshop(id),
        ...file('application/zip'),
      }),
      'application/zip',
    ),
  profile: () => read(settle(client.GET('/api/facilitator/profile'))),
  setCentreName: (displayName: string | null) =>
    change((headers) =>
      settle(client.PATCH('/api/facilitator/profile', { body: { displayName }, headers })),
    ),
  shareCode: () => read(settle(client.GET('/api/facilitator/share-code'))),
  renewShareCode: () =>
    change((headers) => settle(client.POST('/api/facilitator/share-code', { headers }))),
  portfolio: (lang: string) =>
    read(settle(client.GET('/api/facilitator/portfolio', { params: { query: { lang } } }))),
  portfolioCsv: (lang: string) =>
    settleFile(
      client.GET('/api/facilitator/portfolio.csv', {
        params: { query: { lang } },
        ...file('text/csv'),
      }),
      'text/csv',
    ),
  portfolioCsvWithIds: () =>
    settleFile(client.GET('/api/facilitator/portfolio-ids.csv', file('text/csv')), 'text/csv'),
  portfolioXlsx: (lang: string) =>
    settleFile(
      client.GET('/api/facilitator/portfolio.xlsx', {
        params: { query: { lang } },
        ...file(XLSX),
      }),
      XLSX,
    ),
  portfolioEntry: (chainId: string, lang: string) =>
    read(
      settle(
        client.GET('/api/facilitator/portfolio/{chainId}', {
          params: { path: { chainId }, query: { lang } },
        }),
      ),
    ),
  portfolioReport: (chainId: string, lang: string) =>
    settleFile(
      client.GET('/api/facilitator/portfolio/{chainId}/report.pdf', {
        params: { path: { chainId }, query: { lang } },
        ...file('application/pdf'),
      }),
      'application/pdf',
    ),
};
