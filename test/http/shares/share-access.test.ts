import { describe, expect, test } from 'vitest';
import {
  CentreShareContract,
  CentreShareListContract,
  PortfolioContract,
  PortfolioEntryViewContract,
  ShareCodeInfoContract,
} from '../../../src/contracts/share-contract.js';
import { expectProblem } from '../../support/expect-problem.js';
import { ADVANCED, EARLY, facilitatorApi, type SignedIn } from '../../support/facilitator-api.js';
import { readPdf } from '../../support/read-pdf.js';
import { chainAfter, shareApi } from '../../support/share-api.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

describe('sharing a diagnosis with a support centre: who sees what', () => {
  const env = useRespondentApp();
  const centres = () => facilitatorApi(env.testApp.app);
  const shares = () => shareApi(env.testApp.app);

  /** Everything a facilitator may read of a chain: the portfolio, the entry, its PDF. */
  async function whatSees(who: SignedIn, chainId: string) {
    const portfolio = PortfolioContract.parse(
      (await centres().get(who, '/api/facilitator/portfolio')).json(),
    );
    return {
      chains: portfolio.entries.map((entry) => entry.chainId),
      entry: await centres().get(who, `/api/facilitator/portfolio/${chainId}`),
      report: await centres().get(who, `/api/facilitator/portfolio/${chainId}/report.pdf`),
      csv: (await centres().get(who, '/api/facilitator/portfolio.csv')).body,
    };
  }

  test('when an association consents with the centre’s code, then that centre and only it sees its results, not its answers, until it withdraws', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const bruno = await centres().facilitator('bruno@pava.fr');
    const code = await shares().shareCode(anne);
    await shares().shareCode(bruno);
    const association = await shares().submitted(EARLY, 'Les Amis du Quartier');

    // Before any consent: nobody sees it.
    const before = await whatSees(anne, association.id);
    expect(before.chains).toEqual([]);
    expectProblem(before.entry, 404, 'share_not_found');
    expectProblem(before.report, 404, 'share_not_found');

    const shared = await shares().share(association.id, association.token, {
      shareCode: ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `,
      consent: true,
    });
    expect(shared.statusCode).toBe(201);
    const share = CentreShareContract.parse(shared.json());
    // No centre name: no address either, whoever holds the code.
    expect(share.centreName).toBeNull();
    expect(JSON.stringify((await shares().centre(code)).json())).not.toContain('@');
    expect(
      JSON.stringify((await shares().shares(association.id, association.token)).json()),
    ).not.toContain('@');

    // The centre with consent: the portfolio, the results without the answers, the PDF.
    const seen = await whatSees(anne, association.id);
    expect(seen.chains).toEqual([association.id]);
    expect(seen.entry.statusCode).toBe(200);
    const view = PortfolioEntryViewContract.parse(seen.entry.json());
    expect(view.results.answers).toEqual({});
    expect(view.results.profile.areas.every((a) => a.explanation.questions.length === 0)).toBe(
      true,
    );
    expect(view.results.actionPlan?.items.length).toBeGreaterThan(0);
    expect(seen.report.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(seen.report.rawPayload);
    expect(pdf.text).toContain('Les Amis du Quartier');
    expect(seen.csv).toContain('Les Amis du Quartier');

    // Another centre: nothing.
    const other = await whatSees(bruno, association.id);
    expect(other.chains).toEqual([]);
    expectProblem(other.entry, 404, 'share_not_found');
    expectProblem(other.report, 404, 'share_not_found');
    expect(other.csv).not.toContain('Les Amis du Quartier');

    // The association lists the centre, then withdraws: the access ends at once.
    const listed = CentreShareListContract.parse(
      (await shares().shares(association.id, association.token)).json(),
    );
    expect(listed.shares).toEqual([share]);
    const withdrawn = await shares().withdraw(
      association.id,
      association.token,
      share.facilitatorId,
    );
    expect(withdrawn.statusCode).toBe(204);
    const after = await whatSees(anne, association.id);
    expect(after.chains).toEqual([]);
    expectProblem(after.entry, 404, 'share_not_found');
    expectProblem(after.report, 404, 'share_not_found');
    expect(after.csv).not.toContain('Les Amis du Quartier');
    expect(
      CentreShareListContract.parse(
        (await shares().shares(association.id, association.token)).json(),
      ).shares,
    ).toEqual([]);
    expectProblem(
      await shares().withdraw(association.id, association.token, share.facilitatorId),
      404,
      'share_not_found',
    );
  });

  test('when consent is missing, false or not literally true, then it answers 400 naming consent and shares nothing', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const association = await shares().submitted(EARLY);

    for (const body of [
      { shareCode: code },
      { shareCode: code, consent: false },
      { shareCode: code, consent: 'yes' },
    ]) {
      expectProblem(
        await shares().share(association.id, association.token, body),
        400,
        'validation_failed',
        ['/consent'],
      );
    }
    expect(await env.testApp.database.countRows('response_shares')).toBe(0);
  });

  test('when the code is unknown, the diagnosis a draft or the token wrong, then it is refused and nothing is shared', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const association = await shares().submitted(EARLY);
    const draft = await env.api.started();
    const other = await shares().submitted(ADVANCED);

    expectProblem(
      await shares().share(association.id, association.token, {
        shareCode: 'ZZZZZZ',
        consent: true,
      }),
      404,
      'share_code_not_found',
    );
    expectProblem(await shares().centre('ZZZZZZ'), 404, 'share_code_not_found');
    expectProblem(
      await shares().share(draft.id, draft.token, { shareCode: code, consent: true }),
      409,
      'response_not_submitted',
    );
    expectProblem(
      await shares().share(association.id, other.token, { shareCode: code, consent: true }),
      404,
      'response_not_found',
    );
    expectProblem(await shares().shares(association.id, other.token), 404, 'response_not_found');
    expect(await env.testApp.database.countRows('response_shares')).toBe(0);
  });

  test('when another association’s token is used to withdraw, then it is 404 and the share stays', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const association = await shares().submitted(EARLY);
    const stranger = await shares().submitted(ADVANCED, 'Autre');
    const share = CentreShareContract.parse(
      (
        await shares().share(association.id, association.token, { shareCode: code, consent: true })
      ).json(),
    );

    expectProblem(
      await shares().withdraw(association.id, stranger.token, share.facilitatorId),
      404,
      'response_not_found',
    );
    expectProblem(
      await shares().withdraw(stranger.id, stranger.token, share.facilitatorId),
      404,
      'share_not_found',
    );
    expect((await whatSees(anne, association.id)).chains).toEqual([association.id]);
  });

  test('when nobody is signed in, then the portfolio routes answer 401, and a changing call without the cross-site token 403', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    for (const url of [
      '/api/facilitator/portfolio',
      '/api/facilitator/portfolio.csv',
      '/api/facilitator/portfolio/x',
      '/api/facilitator/portfolio/x/report.pdf',
      '/api/facilitator/share-code',
      '/api/facilitator/profile',
    ]) {
      expectProblem(await centres().get(undefined, url), 401, 'not_signed_in');
    }
    expectProblem(
      await centres().post(anne, '/api/facilitator/share-code', undefined, false),
      403,
      'csrf_token_invalid',
    );
    expectProblem(
      await shares().patchProfile(anne, { displayName: 'CRIB' }, false),
      403,
      'csrf_token_invalid',
    );
    expectProblem(
      await centres().get(anne, '/api/facilitator/portfolio/unknown'),
      404,
      'share_not_found',
    );
  });

  test('when the centre names itself and renews its code, then associations see the name and the old code opens nothing new while existing shares stay', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const named = await shares().patchProfile(anne, { displayName: '  CRIB de la Gironde ' });
    expect(named.json()).toEqual({ email: 'anne@crib.fr', displayName: 'CRIB de la Gironde' });
    expectProblem(
      await shares().patchProfile(anne, { displayName: 'x'.repeat(121) }),
      400,
      'validation_failed',
      ['/displayName'],
    );
    const first = await shares().shareCode(anne);
    expect(first).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(await shares().shareCode(anne)).toBe(first);
    expect(
      ShareCodeInfoContract.parse((await shares().centre(first.toLowerCase())).json()),
    ).toEqual({
      centreName: 'CRIB de la Gironde',
    });
    const association = await shares().submitted(EARLY);
    await shares().share(association.id, association.token, { shareCode: first, consent: true });

    const renewed = await centres().post(anne, '/api/facilitator/share-code');
    expect(renewed.statusCode).toBe(200);
    const second = renewed.json<{ shareCode: string }>().shareCode;
    expect(second).not.toBe(first);
    expect(await shares().shareCode(anne)).toBe(second);

    expectProblem(await shares().centre(first), 404, 'share_code_not_found');
    const late = await shares().submitted(ADVANCED, 'Retardataire');
    expectProblem(
      await shares().share(late.id, late.token, { shareCode: first, consent: true }),
      404,
      'share_code_not_found',
    );
    expect((await whatSees(anne, association.id)).chains).toEqual([association.id]);
    const cleared = await shares().patchProfile(anne, { displayName: '' });
    expect(cleared.json()).toEqual({ email: 'anne@crib.fr', displayName: null });
    expect((await shares().centre(second)).json()).toEqual({ centreName: null });
  });

  test('when the association takes its diagnosis again, then the centre sees the latest and the progress since the previous one, through either diagnosis’s key', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const first = await shares().submitted(EARLY, 'Les Amis du Quartier');
    // Shared from the first diagnosis: the consent covers the chain, later ones included.
    await shares().share(first.id, first.token, { shareCode: code, consent: true });
    const second = await shares().submitted(ADVANCED, 'Les Amis du Quartier');
    await chainAfter(
      env.testApp.database,
      { id: first.id, submittedAt: '2025-11-20T10:00:00.000Z' },
      { id: second.id, submittedAt: '2026-11-20T10:00:00.000Z' },
    );
    // The latest diagnosis's own plan: a priority and one action at each status.
    const plan = (method: 'POST' | 'PATCH' | 'PUT', path: string, payload: object) =>
      env.testApp.app.inject({
        method,
        url: `/api/responses/${second.id}/plan${path}`,
        headers: { authorization: `Bearer ${first.token}` },
        payload,
      });
    expect((await plan('PUT', '/priorities', { areaIds: ['data'] })).statusCode).toBe(200);
    for (const [title, status] of [
      ['Tenir le registre RGPD', 'done'],
      ['Former le bureau', 'in_progress'],
      ['Refaire le site', 'planned'],
    ]) {
      expect((await plan('POST', '/actions', { title, status })).statusCode).toBe(201);
    }

    const portfolio = PortfolioContract.parse(
      (await centres().get(anne, '/api/facilitator/portfolio?lang=fr')).json(),
    );
    // By hand (facilitator-api.ts): EARLY comm 0 (beginner), data 50 (advanced), overall 16.7
    // (beginner); ADVANCED 100 everywhere (expert). Beginner → expert is three levels.
    expect(portfolio.entries).toEqual([
      {
        chainId: first.id,
        associationName: 'Les Amis du Quartier',
        questionnaire: { id: 'mini', version: '1.0.0', title: 'Mini diagnostic' },
        sharedSince: expect.any(String),
        latest: {
          responseId: second.id,
          submittedAt: '2026-11-20T10:00:00.000Z',
          overall: { score: 100, level: 'expert', levelTitle: 'Expert' },
          areas: [
            {
              id: 'comm',
              title: 'Communication',
              score: 100,
              level: 'expert',
              levelTitle: 'Expert',
            },
            { id: 'data', title: 'Données', score: 100, level: 'expert', levelTitle: 'Expert' },
          ],
        },
        progress: {
          previousSubmittedAt: '2025-11-20T10:00:00.000Z',
          overall: { points: 83.3, levelSteps: 3 },
          areas: [
            { areaId: 'comm', points: 100, levelSteps: 3 },
            { areaId: 'data', points: 50, levelSteps: 1 },
          ],
        },
        plan: { planned: 1, inProgress: 1, done: 1, total: 3 },
      },
    ]);
    const view = PortfolioEntryViewContract.parse(
      (await centres().get(anne, `/api/facilitator/portfolio/${first.id}`)).json(),
    );
    expect(view.results.id).toBe(second.id);
    expect(view.ownedPlan.priorities).toEqual(['data']);
    expect(view.ownedPlan.actions.map(({ title, status }) => [title, status])).toEqual([
      ['Tenir le registre RGPD', 'done'],
      ['Former le bureau', 'in_progress'],
      ['Refaire le site', 'planned'],
    ]);

    const csv = (await centres().get(anne, '/api/facilitator/portfolio-ids.csv')).body;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'association;questionnaire;version;shared_since;submitted_at;previous_submitted_at;overall_score;overall_level;overall_points;overall_level_steps;plan_planned;plan_in_progress;plan_done;comm_score;comm_level;comm_points;data_score;data_level;data_points',
    );
    expect(row).toMatch(
      /^Les Amis du Quartier;mini;1\.0\.0;[^;]+;2026-11-20T10:00:00\.000Z;2025-11-20T10:00:00\.000Z;100;expert;83\.3;3;1;1;1;100;expert;100;100;expert;50$/,
    );

    // Withdrawn through the later diagnosis (one key opens the whole chain): the whole chain goes.
    const facilitatorId = CentreShareListContract.parse(
      (await shares().shares(second.id, first.token)).json(),
    ).shares[0]!.facilitatorId;
    expect((await shares().withdraw(second.id, first.token, facilitatorId)).statusCode).toBe(204);
    expect((await whatSees(anne, first.id)).chains).toEqual([]);
  });

  test('when a name starts like a formula, then the CSV neutralises it, and a lost score stays a negative number', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const first = await shares().submitted(ADVANCED, '=HYPERLINK("http://evil")');
    await shares().share(first.id, first.token, { shareCode: code, consent: true });
    const second = await shares().submitted(EARLY, '=HYPERLINK("http://evil")');
    await chainAfter(
      env.testApp.database,
      { id: first.id, submittedAt: '2025-11-20T10:00:00.000Z' },
      { id: second.id, submittedAt: '2026-11-20T10:00:00.000Z' },
    );

    const csv = (await centres().get(anne, '/api/facilitator/portfolio.csv?lang=en')).body;
    const row = csv.replace(/^\uFEFF/, '').split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://evil"")";`)).toBe(true);
    // 100 → 16.7 overall, expert → beginner: three levels lost.
    expect(row).toContain(';16.7;Beginner;-83.3;-3;');
  });

  test('when the association erases its diagnosis, then the centre no longer sees it and no consent is left behind', async () => {
    const anne = await centres().facilitator('anne@crib.fr');
    const code = await shares().shareCode(anne);
    const association = await shares().submitted(EARLY);
    await shares().share(association.id, association.token, { shareCode: code, consent: true });

    expect((await env.api.remove(association.id, association.token)).statusCode).toBe(204);

    const seen = await whatSees(anne, association.id);
    expect(seen.chains).toEqual([]);
    expectProblem(seen.entry, 404, 'share_not_found');
    expect(await env.testApp.database.countRows('response_shares')).toBe(0);
  });

  test('when a facilitator’s first pages ask for the share code at the same moment, then both get the same one', async () => {
    const anne = await centres().facilitator('anne@crib.fr');

    const codes = await Promise.all([shares().shareCode(anne), shares().shareCode(anne)]);

    expect(codes[1]).toBe(codes[0]);
    expect(await shares().shareCode(anne)).toBe(codes[0]);
  });
});
