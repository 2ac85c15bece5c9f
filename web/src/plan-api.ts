import type { z } from 'zod';
import type {
  NewPlanActionBody,
  PlanActionChangesBody,
  PlanActionContract,
  PlanContract,
} from '../../src/http/contracts/plan-contract.js';
import { fetchFile, request, type Credentials, type DownloadedFile } from './api.js';

// The API's own contracts, as types only: nothing of zod reaches the bundle.
export type PlanView = z.infer<typeof PlanContract>;
export type PlanActionView = z.infer<typeof PlanActionContract>;
export type NewPlanAction = z.input<typeof NewPlanActionBody>;
export type PlanActionChanges = z.input<typeof PlanActionChangesBody>;

const base = (id: string) => `/api/responses/${id}/plan`;

/** The plan an association owns, reached with its response's token (see README, "Our plan"). */
export const planApi = {
  plan: ({ id, token }: Credentials) => request<PlanView>('GET', base(id), undefined, token),
  setPriorities: ({ id, token }: Credentials, areaIds: string[]) =>
    request<{ priorities: string[] }>('PUT', `${base(id)}/priorities`, { areaIds }, token),
  add: ({ id, token }: Credentials, action: NewPlanAction) =>
    request<PlanActionView>('POST', `${base(id)}/actions`, action, token),
  change: ({ id, token }: Credentials, actionId: string, changes: PlanActionChanges) =>
    request<PlanActionView>(
      'PATCH',
      `${base(id)}/actions/${encodeURIComponent(actionId)}`,
      changes,
      token,
    ),
  remove: ({ id, token }: Credentials, actionId: string) =>
    request<void>(
      'DELETE',
      `${base(id)}/actions/${encodeURIComponent(actionId)}`,
      undefined,
      token,
    ),
  /** The dated actions as an iCalendar file, in the given language. */
  calendar: ({ id, token }: Credentials, lang: string): Promise<DownloadedFile> =>
    fetchFile(`/api/responses/${id}/plan.ics?lang=${encodeURIComponent(lang)}`, 'text/calendar', {
      authorization: `Bearer ${token}`,
    }),
};
