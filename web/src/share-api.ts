import { request, type Credentials } from './api.js';
import type { CentreShare, ShareCodeInfo } from './share-types.js';

const sharesPath = (id: string) => `/api/responses/${encodeURIComponent(id)}/shares`;

/** The association's side of sharing with a support centre, with its resume token. */
export const shareApi = {
  /** The centre a code names, shown before the association consents. */
  centre: (code: string) =>
    request<ShareCodeInfo>('GET', `/api/share-codes/${encodeURIComponent(code)}`),
  list: ({ id, token }: Credentials) =>
    request<{ shares: CentreShare[] }>('GET', sharesPath(id), undefined, token),
  /** `consent: true` is sent only once the volunteer ticked the box that says what it means. */
  share: ({ id, token }: Credentials, shareCode: string) =>
    request<CentreShare>('POST', sharesPath(id), { shareCode, consent: true }, token),
  withdraw: ({ id, token }: Credentials, facilitatorId: string) =>
    request<void>(
      'DELETE',
      `${sharesPath(id)}/${encodeURIComponent(facilitatorId)}`,
      undefined,
      token,
    ),
};
