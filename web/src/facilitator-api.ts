import { ApiError, fetchFile, request, type DownloadedFile } from './api.js';
import type { ResponseView } from './api.js';
import type {
  FacilitatorProfile,
  PortfolioEntry,
  PortfolioEntryView,
  ShareCodeView,
} from './share-types.js';
import type {
  CreateWorkshopRequest,
  Dashboard,
  FacilitatorSession,
  Workshop,
} from './workshop-types.js';

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
    session = await request<FacilitatorSession>('GET', '/api/facilitator/session');
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
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
 * A state-changing call with the cross-site token. A refused token (a session renewed in another
 * tab, say) is fetched again once and the call repeated.
 */
async function change<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const attempt = async () => {
    const token = (await currentSession())?.csrfToken ?? '';
    return request<T>(method, path, body, undefined, { 'x-csrf-token': token });
  };
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) sessionEnded();
    if (!(error instanceof ApiError && error.code === 'csrf_token_invalid')) throw error;
    forgetSession();
    return attempt();
  }
}

/** GETs of the facilitator's own data; a 401 also forgets the session kept here. */
async function read<T>(path: string): Promise<T> {
  try {
    return await request<T>('GET', path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) sessionEnded();
    throw error;
  }
}

const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export const facilitatorApi = {
  async signIn(email: string, password: string): Promise<FacilitatorSession> {
    session = await request<FacilitatorSession>('POST', '/api/facilitator/session', {
      email,
      password,
    });
    return session;
  },
  async signOut(): Promise<void> {
    try {
      await change<void>('DELETE', '/api/facilitator/session');
    } finally {
      forgetSession();
    }
  },
  workshops: () => read<{ workshops: Workshop[] }>('/api/workshops'),
  workshop: (id: string) => read<Workshop>(workshopPath(id)),
  create: (body: CreateWorkshopRequest) => change<Workshop>('POST', '/api/workshops', body),
  close: (id: string) => change<Workshop>('POST', `${workshopPath(id)}/close`),
  dashboard: (id: string, lang: string) =>
    read<Dashboard>(`${workshopPath(id)}/dashboard?lang=${encodeURIComponent(lang)}`),
  qrCodeUrl: (id: string) => `${workshopPath(id)}/qr.svg`,
  participant: (id: string, responseId: string) =>
    read<ResponseView>(`${workshopPath(id)}/participants/${encodeURIComponent(responseId)}`),
  participantReport: (id: string, responseId: string, lang: string): Promise<DownloadedFile> =>
    fetchFile(
      `${workshopPath(id)}/participants/${encodeURIComponent(responseId)}/report.pdf?lang=${encodeURIComponent(lang)}`,
      'application/pdf',
    ),
  csv: (id: string) => fetchFile(`${workshopPath(id)}/export.csv`, 'text/csv'),
  groupReport: (id: string, lang: string) =>
    fetchFile(`${workshopPath(id)}/report.pdf?lang=${encodeURIComponent(lang)}`, 'application/pdf'),
  reportsZip: (id: string) => fetchFile(`${workshopPath(id)}/reports.zip`, 'application/zip'),
  profile: () => read<FacilitatorProfile>('/api/facilitator/profile'),
  setCentreName: (displayName: string | null) =>
    change<FacilitatorProfile>('PATCH', '/api/facilitator/profile', { displayName }),
  shareCode: () => read<ShareCodeView>('/api/facilitator/share-code'),
  renewShareCode: () => change<ShareCodeView>('POST', '/api/facilitator/share-code'),
  portfolio: (lang: string) =>
    read<{ entries: PortfolioEntry[] }>(
      `/api/facilitator/portfolio?lang=${encodeURIComponent(lang)}`,
    ),
  portfolioCsv: (lang: string) =>
    fetchFile(`/api/facilitator/portfolio.csv?lang=${encodeURIComponent(lang)}`, 'text/csv'),
  portfolioEntry: (chainId: string, lang: string) =>
    read<PortfolioEntryView>(
      `/api/facilitator/portfolio/${encodeURIComponent(chainId)}?lang=${encodeURIComponent(lang)}`,
    ),
  portfolioReport: (chainId: string, lang: string) =>
    fetchFile(
      `/api/facilitator/portfolio/${encodeURIComponent(chainId)}/report.pdf?lang=${encodeURIComponent(lang)}`,
      'application/pdf',
    ),
};
