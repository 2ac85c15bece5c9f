import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  hostileBodyText,
  hostileContentType,
  hostileJsonValue,
  hostileString,
  objectWithFields,
  PROTOTYPE_KEYS,
} from './support/hostile-inputs.js';
import {
  bearer,
  expectPrototypesUntouched,
  expectWellFormed,
  PROPERTY_TIMEOUT,
  RUNS,
  session,
  usePropertyApp,
} from './support/property-app.js';

const env = usePropertyApp();

/** Question ids and option ids of the mini fixture, beside hostile ones. */
const questionId = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('employees', 'site', 'site-updates', 'channels', 'gdpr', 'payroll'),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: hostileString },
);
const answerValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(null, 'yes', 'no', 'dk', 'weekly', 'never', 'none', 'some', 0, 2, 4),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      3.5,
      -1,
      1e308,
      ['newsletter'],
      ['newsletter', 'social'],
      ['none', 'social'],
      [],
      ['x', 'x'],
    ),
  },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.oneof(fc.constantFrom('newsletter', 'social', ...PROTOTYPE_KEYS), hostileString),
      { maxLength: 4 },
    ),
  },
  { weight: 1, arbitrary: hostileJsonValue },
);
const answersPatch = fc.dictionary(questionId, answerValue, { maxKeys: 4 });

const bodies = {
  startResponse: objectWithFields(
    {
      questionnaireId: fc.constantFrom('mini', 'nope', ...PROTOTYPE_KEYS),
      version: fc.constantFrom('1.0.0', '9.9.9', '1.0', '01.0.0'),
      locale: fc.constantFrom('fr', 'en', 'de', 'FR'),
      associationName: hostileString,
    },
    ['questionnaireId'],
  ),
  saveAnswers: objectWithFields(
    {
      answers: answersPatch,
      associationName: fc.oneof(fc.constant(null), fc.constant('Les Amis'), hostileString),
    },
    ['answers'],
  ),
  join: objectWithFields({
    associationName: hostileString,
    shareAnswers: fc.boolean(),
  }),
  signIn: objectWithFields(
    {
      email: fc.constantFrom('anne@crib.fr', 'ANNE@crib.fr ', 'nobody@crib.fr'),
      password: hostileString,
    },
    ['email', 'password'],
  ),
  createWorkshop: objectWithFields(
    {
      title: hostileString,
      date: fc.constantFrom('2026-12-03', '2026-02-30', '03/12/2026', ''),
      questionnaireId: fc.constantFrom('mini', 'nope'),
      version: fc.constantFrom('1.0.0', '2.0.0'),
      locale: fc.constantFrom('fr', 'en', 'xx'),
      closesAt: fc.constantFrom(null, '2027-12-03T18:00:00+01:00', '2026-12-03', 'demain'),
    },
    ['title', 'date', 'questionnaireId'],
  ),
};

function send(
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: object,
  text: string,
  contentType: string | undefined,
) {
  return env.app.inject({
    method,
    url,
    headers: {
      ...headers,
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
    },
    payload: text,
  });
}

/** Mostly JSON, as the front end sends it; now and then any other type. */
const contentType = fc.oneof(
  { weight: 5, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: hostileContentType },
);

describe('hostile bodies at every route that reads one', () => {
  test(
    'when a save is hostile, then the answer is well formed and a refused save leaves the stored response exactly as it was',
    async () => {
      const url = `/api/responses/${env.draft.id}/answers`;
      const read = async () =>
        (
          await env.app.inject({
            method: 'GET',
            url: `/api/responses/${env.draft.id}`,
            headers: bearer(env.draft),
          })
        ).json<{
          answers: Record<string, unknown>;
          associationName: string | null;
          updatedAt: string;
        }>();
      await fc.assert(
        fc.asyncProperty(hostileBodyText(bodies.saveAnswers), contentType, async (text, type) => {
          const before = await read();

          const response = await send('PATCH', url, bearer(env.draft), text, type);

          expectWellFormed(response);
          const after = await read();
          if (response.statusCode !== 200) {
            expect(after).toEqual(before);
          } else {
            // Accepted: exactly the patch merged in, a value set, null cleared.
            const { answers } = JSON.parse(text) as { answers: Record<string, unknown> };
            const expected = { ...before.answers };
            for (const [id, value] of Object.entries(answers)) {
              if (value === null) delete expected[id];
              else expected[id] = value;
            }
            expect(after.answers).toEqual(expected);
          }
          expectPrototypesUntouched();
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'when a response is started with a hostile body, then one response is stored if and only if it answers 201',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileBodyText(bodies.startResponse), contentType, async (text, type) => {
          const before = await env.testApp.database.countRows('responses');

          const response = await send('POST', '/api/responses', {}, text, type);

          expectWellFormed(response);
          const after = await env.testApp.database.countRows('responses');
          expect(after - before).toBe(response.statusCode === 201 ? 1 : 0);
          expectPrototypesUntouched();
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'when someone joins with a hostile body, then one participant is added if and only if it answers 201',
    async () => {
      const joined = async () =>
        (
          await env.app.inject({
            method: 'GET',
            url: `/api/workshops/${env.workshop.id}/dashboard`,
            headers: session(env.facilitator),
          })
        ).json<{ counts: { joined: number } }>().counts.joined;
      await fc.assert(
        fc.asyncProperty(hostileBodyText(bodies.join), contentType, async (text, type) => {
          const before = await joined();

          const response = await send('POST', `/api/join/${env.workshop.joinCode}`, {}, text, type);

          expectWellFormed(response);
          expect((await joined()) - before).toBe(response.statusCode === 201 ? 1 : 0);
          expectPrototypesUntouched();
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'when a workshop is created with a hostile body, then one is stored if and only if it answers 201',
    async () => {
      const count = async () =>
        (
          await env.app.inject({
            method: 'GET',
            url: '/api/workshops',
            headers: session(env.facilitator),
          })
        ).json<{ workshops: unknown[] }>().workshops.length;
      await fc.assert(
        fc.asyncProperty(
          hostileBodyText(bodies.createWorkshop),
          contentType,
          async (text, type) => {
            const before = await count();

            const response = await send(
              'POST',
              '/api/workshops',
              session(env.facilitator),
              text,
              type,
            );

            expectWellFormed(response);
            expect((await count()) - before).toBe(response.statusCode === 201 ? 1 : 0);
            expectPrototypesUntouched();
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'when sign-in gets a hostile body, then it answers a problem and no session',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileBodyText(bodies.signIn), contentType, async (text, type) => {
          const response = await send('POST', '/api/facilitator/session', {}, text, type);

          expectWellFormed(response);
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
          expect(response.headers['set-cookie']).toBeUndefined();
          expectPrototypesUntouched();
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'when a route that takes no body gets one, then it is ignored or refused, never a failure',
    async () => {
      const routes = [
        {
          method: 'POST' as const,
          url: `/api/responses/${env.incomplete.id}/submit`,
          headers: bearer(env.incomplete),
        },
        {
          method: 'POST' as const,
          url: `/api/workshops/${env.workshop.id}/close`,
          headers: { cookie: env.facilitator.cookie },
        },
        { method: 'DELETE' as const, url: `/api/responses/${env.submitted.id}`, headers: {} },
        {
          method: 'DELETE' as const,
          url: '/api/facilitator/session',
          headers: { cookie: env.facilitator.cookie },
        },
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          hostileBodyText(),
          contentType,
          async (route, text, type) => {
            const response = await send(route.method, route.url, route.headers, text, type);

            expectWellFormed(response);
            expectPrototypesUntouched();
          },
        ),
        { numRuns: RUNS },
      );
      // None of them had what it takes to change anything: the draft is still a draft, the
      // workshop open (no cross-site token), the submitted response there (no token to erase
      // it), the session live (no cross-site token to end it).
      const get = (url: string, headers: Record<string, string>) =>
        env.app.inject({ method: 'GET', url, headers });
      const incomplete = await get(`/api/responses/${env.incomplete.id}`, bearer(env.incomplete));
      expect(incomplete.json()).toMatchObject({ status: 'draft' });
      const workshop = await get(`/api/workshops/${env.workshop.id}`, session(env.facilitator));
      expect(workshop.json()).toMatchObject({ open: true });
      const submitted = await get(`/api/responses/${env.submitted.id}`, bearer(env.submitted));
      expect(submitted.statusCode).toBe(200);
      const signedIn = await get('/api/facilitator/session', session(env.facilitator));
      expect(signedIn.statusCode).toBe(200);
    },
    PROPERTY_TIMEOUT,
  );
});
