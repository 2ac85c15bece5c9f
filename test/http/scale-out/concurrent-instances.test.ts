import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import { openAppServices, type AppServices } from '../../../src/open-app-services.js';
import { CLUB_ANSWERS } from '../../support/default-questionnaire.js';
import { PASSWORD } from '../../support/facilitator-api.js';
import { call, signInOver, type CallResult } from '../../support/http-call.js';
import { startServerProcess, type ServerProcess } from '../../support/server-process.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { testPasswordHasher } from '../../support/test-password-hasher.js';

const QUESTIONNAIRES = fileURLToPath(new URL('../../../questionnaires', import.meta.url));
/** asso-numerique 1.0.0, whose complete answers the club's are (test/support/default-questionnaire.ts). */
const VERSION = { questionnaireId: 'asso-numerique', version: '1.0.0', locale: 'fr' };
const PLAN_CAP = 50;

/**
 * Two processes of the real server on one fresh PostgreSQL schema, as a load balancer without
 * sticky sessions sends one association's requests to either. Each scenario is one the issue saw
 * losing data or bypassing a limit when the invariant lived in one process's memory: here every
 * request that is acknowledged must be kept, and every one that loses a race must get the error
 * a single instance would give.
 */
describe.runIf(onPostgres)('several app instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let services: AppServices;
  let instances: ServerProcess[];
  /** The instance the n-th request goes to: round robin, as a load balancer without stickiness. */
  const via = (n: number) => instances[n % instances.length]!.url;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url,
      QUESTIONNAIRES_DIR: QUESTIONNAIRES,
      // The bursts below come from one address; the rate limits are not what is tested here.
      WRITES_PER_MINUTE: '100000',
      CODE_LOOKUPS_PER_MINUTE: '100000',
      DOCUMENTS_PER_MINUTE: '100000',
    };
    instances = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    services = await openAppServices(
      testConfig({ DATABASE_URL: database.url, QUESTIONNAIRES_DIR: QUESTIONNAIRES }),
      // The servers verify at the cost the stored hash names: cheap here too.
      { passwords: testPasswordHasher },
    );
    await services.useCases.addFacilitator({
      email: 'crib@example.org',
      password: PASSWORD,
      displayName: 'CRIB des Deux Instances',
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.stop()));
    await services?.close();
    await database?.remove();
  });

  async function startDraft(): Promise<{ id: string; token: string }> {
    const started = await call(via(0), 'POST', '/api/responses', { body: VERSION });
    expect(started.status).toBe(201);
    return started.body;
  }

  const save = (n: number, draft: { id: string; token: string }, answers: Answers) =>
    call(via(n), 'PATCH', `/api/responses/${draft.id}/answers`, {
      bearer: draft.token,
      body: { answers },
    });

  const storedAnswers = async (draft: { id: string; token: string }): Promise<Answers> => {
    const read = await call(via(0), 'GET', `/api/responses/${draft.id}`, { bearer: draft.token });
    expect(read.status).toBe(200);
    return read.body.answers as Answers;
  };

  async function submittedResponse(): Promise<{ id: string; token: string }> {
    const draft = await startDraft();
    expect((await save(0, draft, CLUB_ANSWERS)).status).toBe(200);
    const submitted = await call(via(1), 'POST', `/api/responses/${draft.id}/submit`, {
      bearer: draft.token,
    });
    expect(submitted.status).toBe(200);
    return draft;
  }

  const singleAnswers = Object.entries(CLUB_ANSWERS).map(([question, answer]) => ({
    [question]: answer,
  }));

  test('when two devices each save one answer at a time through different instances, then every acknowledged answer is stored', async () => {
    const draft = await startDraft();
    const half = Math.ceil(singleAnswers.length / 2);
    const device = async (answers: Answers[], instance: number) => {
      const statuses: number[] = [];
      for (const answer of answers) statuses.push((await save(instance, draft, answer)).status);
      return statuses;
    };
    const statuses = (
      await Promise.all([
        device(singleAnswers.slice(0, half), 0),
        device(singleAnswers.slice(half), 1),
      ])
    ).flat();

    expect(statuses.filter((status) => status === 200)).toHaveLength(singleAnswers.length);
    expect(await storedAnswers(draft)).toEqual(CLUB_ANSWERS);
  });

  test('when every answer of a questionnaire is saved at once over both instances, then none is lost', async () => {
    const draft = await startDraft();
    const saves = await Promise.all(singleAnswers.map((answer, n) => save(n, draft, answer)));

    expect(saves.map((saved) => saved.status)).toEqual(singleAnswers.map(() => 200));
    expect(await storedAnswers(draft)).toEqual(CLUB_ANSWERS);
  });

  test('when a save and the submission race on two instances, then the save is either in the submitted response or refused with 409', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < 12; trial++) {
      const draft = await startDraft();
      expect((await save(0, draft, CLUB_ANSWERS)).status).toBe(200);
      const [submitted, saved] = await Promise.all([
        call(via(trial), 'POST', `/api/responses/${draft.id}/submit`, { bearer: draft.token }),
        save(trial + 1, draft, { 'strategy-goals': 'written-plan' }),
      ]);
      expect(submitted.status).toBe(200);
      const stored = await storedAnswers(draft);
      if (saved.status === 200) {
        expect(stored['strategy-goals']).toBe('written-plan');
        outcomes.push('saved before');
      } else {
        expect(saved.status).toBe(409);
        expect(saved.body.code).toBe('response_submitted');
        expect(stored['strategy-goals']).toBe(CLUB_ANSWERS['strategy-goals']);
        outcomes.push('refused');
      }
    }
    expect(outcomes).toHaveLength(12);
  });

  test('when 60 actions are added at once over both instances, then the plan stops at its cap with one position each', async () => {
    const response = await submittedResponse();
    const added = await Promise.all(
      Array.from({ length: PLAN_CAP + 10 }, (_, n) =>
        call(via(n), 'POST', `/api/responses/${response.id}/plan/actions`, {
          bearer: response.token,
          body: { title: `Action ${n + 1}` },
        }),
      ),
    );

    const statuses = added.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(PLAN_CAP);
    expect(refusals(added)).toEqual(Array.from({ length: 10 }, () => 'plan_full'));
    const plan = await call(via(0), 'GET', `/api/responses/${response.id}/plan`, {
      bearer: response.token,
    });
    const positions = (plan.body.actions as Array<{ position: number }>).map((a) => a.position);
    expect(positions).toHaveLength(PLAN_CAP);
    expect(new Set(positions).size).toBe(PLAN_CAP);
  });

  test('when one proposal is added twice at once on two instances, then it is copied once and the other gets 409', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const response = await submittedResponse();
      const plan = await call(via(0), 'GET', `/api/responses/${response.id}/plan`, {
        bearer: response.token,
      });
      const recommendationId = plan.body.proposals[0].id as string;
      const added = await Promise.all(
        [0, 1].map((n) =>
          call(via(n), 'POST', `/api/responses/${response.id}/plan/actions`, {
            bearer: response.token,
            body: { recommendationId },
          }),
        ),
      );

      expect(added.map((result) => result.status).sort()).toEqual([201, 409]);
      expect(refusals(added)).toEqual(['plan_action_exists']);
      const after = await call(via(1), 'GET', `/api/responses/${response.id}/plan`, {
        bearer: response.token,
      });
      expect(after.body.actions).toHaveLength(1);
    }
  });

  test('when a diagnosis is taken again ten times at once over both instances, then its chain holds one draft that every request answers', async () => {
    const response = await submittedResponse();
    const again = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        call(via(n), 'POST', `/api/responses/${response.id}/again`, { bearer: response.token }),
      ),
    );

    expect(again.map((result) => result.status)).toEqual(again.map(() => 201));
    const draftIds = new Set(again.map((result) => result.body.id as string));
    expect(draftIds.size).toBe(1);
    const chain = await services.db
      .selectFrom('responses')
      .select(['id', 'status'])
      .where('chain_id', '=', response.id)
      .execute();
    expect(chain.filter((row) => row.status === 'draft').map((row) => row.id)).toEqual([
      ...draftIds,
    ]);
  });

  test('when the owner asks for a team link twice at once on two instances, then one team holds it and one code opens it', async () => {
    const response = await submittedResponse();
    const invites = await Promise.all(
      [0, 1].map((n) =>
        call(via(n), 'POST', `/api/responses/${response.id}/team`, { bearer: response.token }),
      ),
    );

    expect(invites.map((invite) => invite.status)).toEqual([200, 200]);
    const opened = await Promise.all(
      invites.map((invite) => call(via(0), 'GET', `/api/team-invites/${invite.body.inviteCode}`)),
    );
    expect(opened.map((result) => result.status).sort()).toEqual([200, 404]);
    const teams = await services.db
      .selectFrom('teams')
      .select('id')
      .where('owner_response_id', '=', response.id)
      .execute();
    expect(teams).toHaveLength(1);
  });

  test('when a consent is withdrawn twice at once on two instances, then one withdrawal succeeds and the other is 404', async () => {
    const facilitator = await services.db
      .selectFrom('facilitators')
      .select('id')
      .where('email', '=', 'crib@example.org')
      .executeTakeFirstOrThrow();
    const { shareCode } = await services.useCases.getShareCode({
      facilitatorId: facilitator.id,
    });
    const response = await submittedResponse();
    const shared = await call(via(0), 'POST', `/api/responses/${response.id}/shares`, {
      bearer: response.token,
      body: { shareCode, consent: true },
    });
    expect(shared.status).toBe(201);

    const withdrawn = await Promise.all(
      [0, 1].map((n) =>
        call(via(n), 'DELETE', `/api/responses/${response.id}/shares/${facilitator.id}`, {
          bearer: response.token,
        }),
      ),
    );
    expect(withdrawn.map((result) => result.status).sort()).toEqual([204, 404]);
    expect(refusals(withdrawn)).toEqual(['share_not_found']);
  });

  test('when two participants erase their submitted responses at once on two instances, then the workshop figures are those of the one left', async () => {
    const facilitator = await signInOver(via(0), 'crib@example.org', PASSWORD);
    const created = await call(via(1), 'POST', '/api/workshops', {
      ...facilitator,
      body: { title: 'Atelier qui efface', date: '2026-12-03', ...VERSION },
    });
    const workshop = created.body as { id: string; joinCode: string };
    const participants: Array<{ id: string; token: string }> = [];
    for (let n = 0; n < 3; n++) {
      const joined = await call(via(n), 'POST', `/api/join/${workshop.joinCode}`, {
        body: { shareAnswers: false },
      });
      const participant = joined.body as { id: string; token: string };
      expect((await save(n, participant, CLUB_ANSWERS)).status).toBe(200);
      const submitted = await call(via(n + 1), 'POST', `/api/responses/${participant.id}/submit`, {
        bearer: participant.token,
      });
      expect(submitted.status).toBe(200);
      participants.push(participant);
    }

    const erased = await Promise.all(
      participants
        .slice(0, 2)
        .map((participant, n) =>
          call(via(n), 'DELETE', `/api/responses/${participant.id}`, { bearer: participant.token }),
        ),
    );
    expect(erased.map((result) => result.status)).toEqual([204, 204]);

    const dashboard = await call(
      via(0),
      'GET',
      `/api/workshops/${workshop.id}/dashboard`,
      facilitator,
    );
    expect(dashboard.body.counts).toEqual({ joined: 1, inProgress: 0, submitted: 1 });
    expect(dashboard.body.overall.count).toBe(1);
    for (const area of dashboard.body.areas as Array<{ count: number }>) {
      expect(area.count).toBe(1);
    }
  });

  test('when associations join while the facilitator closes the workshop, then no one joins after the close', async () => {
    const facilitator = await signInOver(via(0), 'crib@example.org', PASSWORD);
    for (let trial = 0; trial < 4; trial++) {
      const created = await call(via(trial), 'POST', '/api/workshops', {
        ...facilitator,
        body: { title: 'Atelier qui ferme', date: '2026-12-03', questionnaireId: 'asso-numerique' },
      });
      expect(created.status).toBe(201);
      const workshop = created.body as { id: string; joinCode: string };
      const join = (n: number) =>
        call(via(n), 'POST', `/api/join/${workshop.joinCode}`, { body: { shareAnswers: false } });
      const joinedCount = async () => {
        const dashboard = await call(
          via(trial),
          'GET',
          `/api/workshops/${workshop.id}/dashboard`,
          facilitator,
        );
        return dashboard.body.counts.joined as number;
      };

      // Joins keep arriving on both instances before, during and after the close.
      const joins: Array<Promise<CallResult>> = [];
      const arrivals = (async () => {
        for (let n = 0; n < 40; n++) {
          joins.push(join(n));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await Promise.race([joins[0], arrivals]);
      const closed = await call(
        via(trial + 1),
        'POST',
        `/api/workshops/${workshop.id}/close`,
        facilitator,
      );
      expect(closed.status).toBe(200);
      const joinedWhenClosed = await joinedCount();
      await arrivals;
      const results = await Promise.all(joins);

      expect(refusals(results).every((code) => code === 'workshop_closed')).toBe(true);
      const accepted = results.filter((result) => result.status === 201).length;
      // Whoever was accepted had joined by the time the close was acknowledged.
      expect({ accepted, joined: await joinedCount() }).toEqual({
        accepted: joinedWhenClosed,
        joined: joinedWhenClosed,
      });
    }
  });
});

/** The problem codes of the requests that were refused, in order. */
function refusals(results: CallResult[]): string[] {
  return results.filter((result) => result.status >= 400).map((result) => result.body.code);
}
