import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { headerValue, hostileContentType } from './support/hostile-inputs.js';
import {
  bearer,
  expectWellFormed,
  PROPERTY_TIMEOUT,
  RUNS,
  usePropertyApp,
  type Method,
} from './support/property-app.js';

const env = usePropertyApp();

/** Every API route, with a valid body where it takes one: only the headers are hostile. */
function routes(): Array<{ method: Method; url: string; payload?: object }> {
  const { draft, submitted, workshop, participant } = env;
  const inWorkshop = `/api/workshops/${workshop.id}`;
  return [
    { method: 'GET', url: '/api/health' },
    { method: 'GET', url: '/api/questionnaires' },
    { method: 'GET', url: '/api/questionnaires/mini' },
    { method: 'POST', url: '/api/responses', payload: { questionnaireId: 'mini' } },
    { method: 'GET', url: `/api/responses/${draft.id}` },
    {
      method: 'PATCH',
      url: `/api/responses/${draft.id}/answers`,
      payload: { answers: { site: 'yes' } },
    },
    { method: 'POST', url: `/api/responses/${draft.id}/submit` },
    { method: 'GET', url: `/api/responses/${submitted.id}/report.pdf` },
    { method: 'DELETE', url: `/api/responses/${submitted.id}` },
    {
      method: 'POST',
      url: '/api/facilitator/session',
      payload: { email: 'anne@crib.fr', password: 'mauvais' },
    },
    { method: 'GET', url: '/api/facilitator/session' },
    { method: 'DELETE', url: '/api/facilitator/session' },
    {
      method: 'POST',
      url: '/api/workshops',
      payload: { title: 'Atelier', date: '2026-12-03', questionnaireId: 'mini' },
    },
    { method: 'GET', url: '/api/workshops' },
    { method: 'GET', url: `${inWorkshop}/dashboard` },
    { method: 'POST', url: `${inWorkshop}/close` },
    { method: 'GET', url: `${inWorkshop}/participants/${participant.id}` },
    { method: 'GET', url: `/api/join/${workshop.joinCode}` },
    { method: 'POST', url: `/api/join/${workshop.joinCode}`, payload: { shareAnswers: false } },
  ];
}

/** Authorization as clients get it wrong, and now and then right. */
function authorization() {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(`Bearer ${env.draft.token}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'bearer x',
      'Basic YW5uZTpwYXNz',
      `Bearer ${env.draft.token} ${env.draft.token}`,
      `Bearer ${env.draft.token}x`,
      `Bearer\t${env.draft.token}`,
      `Token ${env.draft.token}`,
      'Bearer null',
      'Bearer undefined',
      `Bearer ${'a'.repeat(8000)}`,
    ),
    headerValue,
    headerValue.map((junk) => `Bearer ${junk}`),
  );
}

/** A session cookie, broken in every way a browser or an attacker can break it. */
function cookie() {
  const live = env.facilitator.cookie;
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(live),
    fc.constantFrom(
      'assoradar_session=',
      'assoradar_session',
      '=',
      ';;;',
      `${live}; ${live}`,
      `${live}x`,
      `assoradar_session="${live.split('=')[1]}"`,
      'assoradar_session=%',
      'assoradar_session=%zz%00',
      'assoradar_session=__proto__',
      '__proto__=x; constructor=y',
    ),
    headerValue,
    headerValue.map((junk) => `assoradar_session=${junk}`),
  );
}

function csrf() {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(env.facilitator.csrfToken),
    fc.constantFrom('', `${env.facilitator.csrfToken} `, env.facilitator.csrfToken.toUpperCase()),
    headerValue,
  );
}

/** Other headers a client may send that the app or Fastify reads. */
const otherHeaders = fc.record(
  {
    accept: fc.oneof(fc.constantFrom('*/*', 'application/pdf', 'text/html', ''), headerValue),
    'accept-language': headerValue,
    'accept-encoding': fc.oneof(fc.constantFrom('gzip, br', 'identity;q=0', '*;q=0'), headerValue),
    'x-forwarded-for': fc.oneof(
      fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'unknown'),
      headerValue,
    ),
    'if-none-match': headerValue,
    'x-request-id': headerValue,
  },
  { requiredKeys: [] },
);

describe('hostile headers at every route', () => {
  test(
    'when the headers are anything a client can send, then the answer is a well-formed success or problem, never a failure',
    async () => {
      const all = routes();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...all),
          hostileContentType,
          authorization(),
          cookie(),
          csrf(),
          otherHeaders,
          async (route, contentType, auth, session, token, others) => {
            const headers: Record<string, string> = { ...others };
            if (contentType !== undefined) headers['content-type'] = contentType;
            if (auth !== undefined) headers.authorization = auth;
            if (session !== undefined) headers.cookie = session;
            if (token !== undefined) headers['x-csrf-token'] = token;

            const response = await env.app.inject({
              method: route.method,
              url: route.url,
              headers,
              ...(route.payload ? { payload: route.payload } : {}),
            });

            expectWellFormed(response);
          },
        ),
        { numRuns: RUNS * 2 },
      );
      // The draft was never submitted with a wrong token, only ever with its own.
      const draft = await env.app.inject({
        method: 'GET',
        url: `/api/responses/${env.draft.id}`,
        headers: bearer(env.draft),
      });
      expect(draft.statusCode).toBe(200);
    },
    PROPERTY_TIMEOUT,
  );
});
