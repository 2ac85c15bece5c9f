import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { ProblemDetails } from '../../../../src/contracts/problem-contract.js';
import {
  EARLY,
  facilitatorApi,
  type SignedIn,
  type Workshop,
} from '../../../support/facilitator-api.js';
import { respondentApi } from '../../../support/respondent-api.js';
import { startTestApp, type TestApp } from '../../../support/test-app.js';

export interface Credentials {
  id: string;
  token: string;
}

/** One app with someone of every kind in it, for a property's many runs. */
export interface PropertyApp {
  testApp: TestApp;
  app: FastifyInstance;
  /** A draft with answers, by itself. */
  draft: Credentials;
  /** A draft with a required answer missing: submitting it is always refused. */
  incomplete: Credentials;
  /** A submitted response, with its report. */
  submitted: Credentials;
  facilitator: SignedIn;
  workshop: Workshop;
  /** A participant of the workshop, who shares its answers. */
  participant: Credentials;
}

/**
 * The real app (limits raised: a property sends hundreds of requests from one address), with a
 * facilitator, a workshop, its participant and respondents in every state.
 */
export async function startPropertyApp(): Promise<PropertyApp> {
  const testApp = await startTestApp({
    WRITES_PER_MINUTE: '100000000',
    SIGN_IN_ATTEMPTS_PER_MINUTE: '100000000',
    CODE_LOOKUPS_PER_MINUTE: '100000000',
    DOCUMENTS_PER_MINUTE: '100000000',
  });
  const { app } = testApp;
  const respondents = respondentApi(app);
  const facilitators = facilitatorApi(app);

  const draft = await respondents.started({ questionnaireId: 'mini', associationName: 'Les Amis' });
  await respondents.saved(draft.id, draft.token, { site: 'yes', channels: ['newsletter'] });
  const incomplete = await respondents.started();
  await respondents.saved(incomplete.id, incomplete.token, { site: 'no' });
  const submitted = await respondents.started();
  await respondents.saved(submitted.id, submitted.token, EARLY);
  expect((await respondents.submit(submitted.id, submitted.token)).statusCode).toBe(200);

  const facilitator = await facilitators.facilitator('anne@crib.fr');
  const workshop = await facilitators.workshop(facilitator);
  const participant = await facilitators.participant(
    workshop.joinCode,
    EARLY,
    { shareAnswers: true, associationName: 'Le Lavoir' },
    true,
  );
  return { testApp, app, draft, incomplete, submitted, facilitator, workshop, participant };
}

/** What any answer must be: never a 5xx, and every refusal an RFC 9457 problem. */
export function expectWellFormed(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  rawPayload: Buffer;
}): void {
  // A problem of 1 KB or more comes compressed when the random Accept-Encoding allows it.
  const encoding = response.headers['content-encoding'];
  const body =
    encoding === 'br'
      ? brotliDecompressSync(response.rawPayload).toString()
      : encoding === 'gzip'
        ? gunzipSync(response.rawPayload).toString()
        : response.body;
  const where = `${response.statusCode} ${body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json(;|$)/);
  const problem = ProblemDetails.parse(JSON.parse(body));
  expect(problem.status, where).toBe(response.statusCode);
  expect(problem.type, where).toBe(`urn:assoradar:problem:${problem.code.replaceAll('_', '-')}`);
  expect(body, where).not.toMatch(/\bat .+\.(ts|js):\d+|\bselect\b.+\bfrom\b/i);
}

/** Nothing a request sent reached the prototype every object shares. */
export function expectPrototypesUntouched(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'a', 'x']) {
    expect(probe[key], key).toBeUndefined();
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** The app still serves once the hostile requests are over. */
export async function expectStillServing(app: FastifyInstance): Promise<void> {
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  expect(health.statusCode).toBe(200);
  expect(health.json()).toEqual({ status: 'ok', database: 'ok' });
}

export const bearer = ({ token }: Credentials) => ({ authorization: `Bearer ${token}` });

export const session = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });

/** How many runs each property makes: enough to find the odd case, few enough for 2 cores. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

/** A property's many runs take seconds, more on PostgreSQL: past vitest's 5 s default. */
export const PROPERTY_TIMEOUT = 60_000;

/**
 * The property app of one test file: started before its tests, checked still serving and
 * closed after them. Its fields are filled in once `beforeAll` has run.
 */
export function usePropertyApp(): PropertyApp {
  const env = {} as PropertyApp;
  beforeAll(async () => {
    Object.assign(env, await startPropertyApp());
  });
  afterAll(async () => {
    await expectStillServing(env.app);
    await env.testApp.close();
  });
  return env;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
