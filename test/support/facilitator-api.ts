import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { FacilitatorSessionContract } from '../../src/contracts/facilitator-contract.js';
import { WorkshopContract } from '../../src/contracts/workshop-contract.js';
import type { Answers } from '../../src/domain/index.js';

export const PASSWORD = 'un mot de passe solide';

export interface SignedIn {
  email: string;
  cookie: string;
  csrfToken: string;
}

export type Workshop = ReturnType<typeof WorkshopContract.parse>;

/** The facilitator's and the participants' HTTP calls through `inject`. */
export function facilitatorApi(app: FastifyInstance) {
  const signIn = (email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/facilitator/session', payload: { email, password } });
  const as = (who: SignedIn | undefined, csrf = true) => ({
    ...(who ? { cookie: who.cookie } : {}),
    ...(who && csrf ? { 'x-csrf-token': who.csrfToken } : {}),
  });
  const api = {
    signIn,
    /** Creates the account (as the CLI does) and signs in. */
    async facilitator(email: string): Promise<SignedIn> {
      await app.useCases.addFacilitator({ email, password: PASSWORD });
      const response = await signIn(email, PASSWORD);
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'assoradar_session');
      expect(cookie).toBeDefined();
      const body = FacilitatorSessionContract.parse(response.json());
      return {
        email: body.email,
        cookie: `assoradar_session=${cookie!.value}`,
        csrfToken: body.csrfToken,
      };
    },
    get: (who: SignedIn | undefined, url: string) =>
      app.inject({ method: 'GET', url, headers: as(who) }),
    post: (who: SignedIn | undefined, url: string, payload?: object, csrf = true) =>
      app.inject({ method: 'POST', url, headers: as(who, csrf), ...(payload ? { payload } : {}) }),
    delete: (who: SignedIn | undefined, url: string, csrf = true) =>
      app.inject({ method: 'DELETE', url, headers: as(who, csrf) }),
    async workshop(who: SignedIn, body: object = {}): Promise<Workshop> {
      const response = await api.post(who, '/api/workshops', {
        title: 'Atelier numérique',
        date: '2026-12-03',
        questionnaireId: 'mini',
        ...body,
      });
      expect(response.statusCode).toBe(201);
      return WorkshopContract.parse(response.json());
    },
    join: (code: string, body: object = { shareAnswers: false }) =>
      app.inject({ method: 'POST', url: `/api/join/${code}`, payload: body }),
    /** Joins, answers and (unless told not to) submits, as a participant does. */
    async participant(
      code: string,
      answers: Answers,
      body: object = { shareAnswers: false },
      submit = true,
    ): Promise<{ id: string; token: string }> {
      const joined = await api.join(code, body);
      expect(joined.statusCode).toBe(201);
      const { id, token } = joined.json<{ id: string; token: string }>();
      const headers = { authorization: `Bearer ${token}` };
      const saved = await app.inject({
        method: 'PATCH',
        url: `/api/responses/${id}/answers`,
        headers,
        payload: { answers },
      });
      expect(saved.statusCode).toBe(200);
      if (submit) {
        const submitted = await app.inject({
          method: 'POST',
          url: `/api/responses/${id}/submit`,
          headers,
        });
        expect(submitted.statusCode).toBe(200);
      }
      return { id, token };
    },
  };
  return api;
}

/**
 * Two associations on the mini fixture, scored by hand (see submit-response.test.ts):
 *   EARLY: comm 0 (beginner), data 50 (advanced), overall 16.7; plan: start-newsletter,
 *          gdpr-register, create-site, payroll-access.
 *   ADVANCED: site yes, weekly, both channels: comm 100; gdpr 4: data 100 (payroll hidden);
 *          overall 100 (expert everywhere); no recommendation fires.
 */
export const EARLY: Answers = {
  employees: 'some',
  site: 'no',
  channels: ['none'],
  gdpr: 0,
  payroll: 'yes',
};
export const ADVANCED: Answers = {
  employees: 'none',
  site: 'yes',
  'site-updates': 'weekly',
  channels: ['newsletter', 'social'],
  gdpr: 4,
};
