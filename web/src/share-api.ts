import { bearer, settle, type Credentials } from './api.js';
import { client } from './api/client.js';

/** The association's side of sharing with a support centre, with its resume token. */
export const shareApi = {
  /** The centre a code names, shown before the association consents. */
  centre: (code: string) =>
    settle(client.GET('/api/share-codes/{code}', { params: { path: { code } } })),
  list: ({ id, token }: Credentials) =>
    settle(
      client.GET('/api/responses/{id}/shares', {
        params: { path: { id } },
        headers: bearer(token),
      }),
    ),
  /** `consent: true` is sent only once the volunteer ticked the box that says what it means. */
  share: ({ id, token }: Credentials, shareCode: string) =>
    settle(
      client.POST('/api/responses/{id}/shares', {
        params: { path: { id } },
        headers: bearer(token),
        body: { shareCode, consent: true },
      }),
    ),
  withdraw: ({ id, token }: Credentials, facilitatorId: string) =>
    settle(
      client.DELETE('/api/responses/{id}/shares/{facilitatorId}', {
        params: { path: { id, facilitatorId } },
        headers: bearer(token),
      }),
    ),
};
