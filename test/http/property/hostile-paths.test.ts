import fc from 'fast-check';
import { describe, test } from 'vitest';
import { hostileSegment } from './support/hostile-inputs.js';
import {
  bearer,
  expectPrototypesUntouched,
  expectWellFormed,
  PROPERTY_TIMEOUT,
  RUNS,
  session,
  usePropertyApp,
  type Method,
} from './support/property-app.js';

const env = usePropertyApp();

/**
 * Every API route with a parameter in its path, with the credentials it wants, so that the
 * request gets past the guards to the lookup itself. `:a` and `:b` are replaced by hostile
 * segments; writes send a valid body, so only the path is hostile.
 */
function routes(): Array<{ method: Method; path: string; headers: object; payload?: object }> {
  const respondent = bearer(env.draft);
  const facilitator = session(env.facilitator);
  return [
    { method: 'GET', path: '/api/questionnaires/:a', headers: {} },
    { method: 'GET', path: '/api/questionnaires/:a/versions/:b', headers: {} },
    { method: 'GET', path: '/api/questionnaires/mini/versions/:a', headers: {} },
    { method: 'GET', path: '/api/responses/:a', headers: respondent },
    {
      method: 'PATCH',
      path: '/api/responses/:a/answers',
      headers: respondent,
      payload: { answers: { site: 'no' } },
    },
    { method: 'POST', path: '/api/responses/:a/submit', headers: respondent },
    { method: 'GET', path: '/api/responses/:a/report.pdf', headers: respondent },
    { method: 'DELETE', path: '/api/responses/:a', headers: respondent },
    { method: 'GET', path: '/api/responses/:a/plan', headers: respondent },
    {
      method: 'PUT',
      path: '/api/responses/:a/plan/priorities',
      headers: respondent,
      payload: { areaIds: ['comm'] },
    },
    {
      method: 'POST',
      path: '/api/responses/:a/plan/actions',
      headers: respondent,
      payload: { title: 'Une action' },
    },
    {
      method: 'PATCH',
      path: '/api/responses/:a/plan/actions/:b',
      headers: respondent,
      payload: { status: 'done' },
    },
    { method: 'DELETE', path: '/api/responses/:a/plan/actions/:b', headers: respondent },
    {
      method: 'PATCH',
      path: `/api/responses/${env.submitted.id}/plan/actions/:a`,
      headers: bearer(env.submitted),
      payload: { status: 'done' },
    },
    {
      method: 'DELETE',
      path: `/api/responses/${env.submitted.id}/plan/actions/:a`,
      headers: bearer(env.submitted),
    },
    { method: 'GET', path: '/api/responses/:a/plan.ics', headers: respondent },
    { method: 'GET', path: '/api/join/:a', headers: {} },
    { method: 'POST', path: '/api/join/:a', headers: {}, payload: { shareAnswers: false } },
    { method: 'GET', path: '/api/workshops/:a', headers: facilitator },
    { method: 'POST', path: '/api/workshops/:a/close', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/qr.svg', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/dashboard', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/export.csv', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/report.pdf', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/reports.zip', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/participants/:b', headers: facilitator },
    { method: 'GET', path: '/api/workshops/:a/participants/:b/report.pdf', headers: facilitator },
    {
      method: 'GET',
      path: `/api/workshops/${env.workshop.id}/participants/:a`,
      headers: facilitator,
    },
    { method: 'GET', path: '/api/share-codes/:a', headers: {} },
    {
      method: 'POST',
      path: '/api/responses/:a/shares',
      headers: respondent,
      payload: { shareCode: 'ZZZZZZ', consent: true },
    },
    { method: 'GET', path: '/api/responses/:a/shares', headers: respondent },
    { method: 'DELETE', path: '/api/responses/:a/shares/:b', headers: respondent },
    { method: 'DELETE', path: `/api/responses/${env.draft.id}/shares/:a`, headers: respondent },
    { method: 'GET', path: '/api/facilitator/portfolio/:a', headers: facilitator },
    { method: 'GET', path: '/api/facilitator/portfolio/:a/report.pdf', headers: facilitator },
    { method: 'GET', path: '/api/:a', headers: {} },
    { method: 'GET', path: '/:a', headers: {} },
    { method: 'DELETE', path: '/api/:a/:b', headers: {} },
  ];
}

/** A hostile segment, or a real id spoiled by one (so the lookup, not the router, decides). */
function segment(realIds: string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: hostileSegment },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...realIds), hostileSegment, fc.boolean())
        .map(([id, spoil, before]) => (before ? `${spoil}${id}` : `${id}${spoil}`)),
    },
  );
}

/** A query string now and then: a locale, a wrong one, or junk. */
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?lang=fr',
    '?lang=en',
    '?lang=xx',
    '?lang=',
    '?lang=fr&lang=en',
    '?x=1',
    '?%zz',
    '?lang[]=fr',
    '?__proto__[x]=1',
    '?constructor[prototype][x]=1',
  ),
  hostileSegment.map((value) => `?lang=${value}`),
);

describe('hostile ids, codes and versions in every path', () => {
  test(
    'when a path holds anything at all, then the answer is a well-formed success or problem, never a failure',
    async () => {
      const realIds = [
        env.draft.id,
        env.submitted.id,
        env.workshop.id,
        env.participant.id,
        env.workshop.joinCode,
        'mini',
        '1.0.0',
      ];
      const all = routes();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...all),
          segment(realIds),
          segment(realIds),
          query,
          async (route, a, b, search) => {
            const url = route.path.replace(':a', a).replace(':b', b) + search;

            const response = await env.app.inject({
              method: route.method,
              url,
              headers: route.headers as Record<string, string>,
              ...(route.payload ? { payload: route.payload } : {}),
            });

            expectWellFormed(response);
            expectPrototypesUntouched();
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
