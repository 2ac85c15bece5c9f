import { bearer, settle, settleFile, type Credentials, type DownloadedFile } from './api.js';
import { client, type RequestBody, type ResponseBody } from './api/client.js';

// The plan API's answers and bodies, as the generated OpenAPI types say.
export type PlanView = ResponseBody<'/api/responses/{id}/plan', 'get'>;
export type PlanActionView = ResponseBody<'/api/responses/{id}/plan/actions', 'post'>;
export type NewPlanAction = RequestBody<'/api/responses/{id}/plan/actions', 'post'>;
export type PlanActionChanges = RequestBody<'/api/responses/{id}/plan/actions/{actionId}', 'patch'>;

const byId = (id: string) => ({ params: { path: { id } } });

/** The plan an association owns, reached with its response's token (see README, "Our plan"). */
export const planApi = {
  plan: ({ id, token }: Credentials, lang: string) =>
    settle(
      client.GET('/api/responses/{id}/plan', {
        params: { path: { id }, query: { lang } },
        headers: bearer(token),
      }),
    ),
  setPriorities: ({ id, token }: Credentials, areaIds: string[]) =>
    settle(
      client.PUT('/api/responses/{id}/plan/priorities', {
        ...byId(id),
        headers: bearer(token),
        body: { areaIds },
      }),
    ),
  add: ({ id, token }: Credentials, action: NewPlanAction) =>
    settle(
      client.POST('/api/responses/{id}/plan/actions', {
        ...byId(id),
        headers: bearer(token),
        body: action,
      }),
    ),
  change: ({ id, token }: Credentials, actionId: string, changes: PlanActionChanges) =>
    settle(
      client.PATCH('/api/responses/{id}/plan/actions/{actionId}', {
        params: { path: { id, actionId } },
        headers: bearer(token),
        body: changes,
      }),
    ),
  remove: ({ id, token }: Credentials, actionId: string) =>
    settle(
      client.DELETE('/api/responses/{id}/plan/actions/{actionId}', {
        params: { path: { id, actionId } },
        headers: bearer(token),
      }),
    ),
  /** The dated actions as an iCalendar file, in the given language. */
  calendar: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    settleFile(
      client.GET('/api/responses/{id}/plan.ics', {
        params: { path: { id }, query: { lang } },
        headers: { ...bearer(token), accept: 'text/calendar' },
        parseAs: 'blob',
      }),
      'text/calendar',
    ),
};
