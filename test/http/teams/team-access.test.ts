import { describe, expect, test } from 'vitest';
import { ResponseContract } from '../../../src/contracts/response-contract.js';
import { TeamInviteInfoContract } from '../../../src/contracts/team-contract.js';
import { ADVANCED, EARLY } from '../../support/facilitator-api.js';
import { expectProblem } from '../../support/expect-problem.js';
import { teamApi } from '../../support/team-api.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

describe('who may do what with a team', () => {
  const env = useRespondentApp();
  const team = () => teamApi(env.testApp.app);

  /** An owner (named association) with a team, and one member who joined by its link. */
  async function ownerAndMember() {
    const owner = await env.api.started({
      questionnaireId: 'mini',
      associationName: 'Les Amis du Vélo',
    });
    const code = await team().invited(owner);
    const member = await team().joined(code, { displayName: 'Chloé' });
    return { owner, member, code };
  }

  test('when the owner invites, then the link opens the association and counts the members', async () => {
    const { code } = await ownerAndMember();

    const info = TeamInviteInfoContract.parse((await team().inviteInfo(code)).json());

    expect(info).toEqual({
      associationName: 'Les Amis du Vélo',
      questionnaireId: 'mini',
      version: '1.0.0',
      questionnaireTitle: 'Mini diagnostic',
      locale: 'fr',
      locales: ['fr', 'en'],
      memberCount: 2,
    });
    expect(
      TeamInviteInfoContract.parse((await team().inviteInfo(code, 'en')).json()).questionnaireTitle,
    ).toBe('Mini diagnosis');
  });

  test('when a member joins, then they get a response of their own on the same version, in their language', async () => {
    const { owner, code } = await ownerAndMember();

    const member = await team().joined(code, { locale: 'en' });

    expect(member.token).not.toBe(owner.token);
    expect(member).toMatchObject({ questionnaireId: 'mini', version: '1.0.0', locale: 'en' });
    const stored = ResponseContract.parse((await env.api.get(member.id, member.token)).json());
    expect(stored).toMatchObject({ status: 'draft', associationName: 'Les Amis du Vélo' });
    // The member's token opens only the member's response.
    expectProblem(await env.api.get(owner.id, member.token), 404, 'response_not_found');
  });

  test('when a language the questionnaire lacks is asked, then joining is refused and nobody joins', async () => {
    const { owner, code } = await ownerAndMember();

    expectProblem(await team().join(code, { locale: 'de' }), 400, 'unsupported_locale');
    expectProblem(await team().join(code, { nickname: 'x' }), 400, 'validation_failed', [
      '/nickname',
    ]);

    expect((await team().viewed(owner)).members).toHaveLength(2);
  });

  test('when the owner and a member open the team, then each sees it with their own role', async () => {
    const { owner, member } = await ownerAndMember();

    const ownerView = await team().viewed(owner);
    const memberView = await team().viewed(member);

    expect(ownerView.role).toBe('owner');
    expect(memberView.role).toBe('member');
    expect(ownerView.members.map((m) => [m.number, m.displayName, m.isOwner, m.isYou])).toEqual([
      [1, null, true, true],
      [2, 'Chloé', false, false],
    ]);
    expect(memberView.members.map((m) => m.isYou)).toEqual([false, true]);
    // Nothing in a view says which response is whose: no response id leaves the server.
    expect(JSON.stringify(memberView)).not.toContain(owner.id);
  });

  test('when the token is missing, wrong or another response’s, then the team is a missing response', async () => {
    const { owner, member } = await ownerAndMember();
    const stranger = await env.api.started();

    for (const token of [undefined, 'not-a-token', stranger.token, member.token]) {
      expectProblem(await team().view(owner.id, token), 404, 'response_not_found');
      expectProblem(await team().invite(owner.id, token), 404, 'response_not_found');
      expectProblem(
        await team().agree(owner.id, token, 'comm', { level: 'advanced' }),
        404,
        'response_not_found',
      );
      expectProblem(await team().report(owner.id, token), 404, 'response_not_found');
      expectProblem(await team().leave(owner.id, token), 404, 'response_not_found');
    }
  });

  test('when a response belongs to no team, then its view is empty (204) and every other team route is 404', async () => {
    await ownerAndMember();
    const stranger = await env.api.started();

    expect((await team().view(stranger.id, stranger.token)).statusCode).toBe(204);
    expectProblem(
      await team().updateMember(stranger.id, stranger.token, { shareAnswers: true }),
      404,
      'team_not_found',
    );
    expectProblem(await team().leave(stranger.id, stranger.token), 404, 'team_not_found');
    expectProblem(
      await team().agree(stranger.id, stranger.token, 'comm', { level: 'advanced' }),
      404,
      'team_not_found',
    );
    expectProblem(await team().report(stranger.id, stranger.token), 404, 'team_not_found');
  });

  test('when a member asks for the invite link or records an agreement, then it is 404 and nothing changes', async () => {
    const { owner, member, code } = await ownerAndMember();

    expectProblem(await team().invite(member.id, member.token), 404, 'team_not_found');
    expectProblem(
      await team().agree(member.id, member.token, 'comm', { level: 'advanced', note: 'Non' }),
      404,
      'team_not_found',
    );

    // The code still works: the member's attempt renewed nothing.
    expect((await team().inviteInfo(code)).statusCode).toBe(200);
    expect((await team().viewed(owner)).agreements).toEqual([]);
  });

  test('when the owner renews the link, then the old code is 404 and the new one works', async () => {
    const { owner, code } = await ownerAndMember();

    const renewed = await team().invited(owner);

    expect(renewed).not.toBe(code);
    expectProblem(await team().inviteInfo(code), 404, 'team_invite_not_found');
    expectProblem(await team().join(code), 404, 'team_invite_not_found');
    expect((await team().joined(renewed)).questionnaireId).toBe('mini');
    expect((await team().viewed(owner)).members).toHaveLength(3);
  });

  test('when an invite code is unknown, then it is 404', async () => {
    expectProblem(await team().inviteInfo('made-up-code'), 404, 'team_invite_not_found');
    expectProblem(await team().join('made-up-code'), 404, 'team_invite_not_found');
  });

  test('when a member has not allowed it, then nobody else sees their answers, only their scores', async () => {
    const { owner, member } = await ownerAndMember();
    await team().submitted(owner, EARLY);
    await team().submitted(member, ADVANCED);

    const before = await team().viewed(owner);
    expect(before.sharedAnswers).toEqual([]);
    expect(before.members[1]).toMatchObject({
      status: 'submitted',
      shareAnswers: false,
      overallScore: 100,
      areaScores: { comm: 100, data: 100 },
    });

    const allowed = await team().updateMember(member.id, member.token, { shareAnswers: true });
    expect(allowed.json()).toEqual({ displayName: 'Chloé', shareAnswers: true });

    expect((await team().viewed(owner)).sharedAnswers).toEqual([
      { number: 2, displayName: 'Chloé', answers: ADVANCED },
    ]);
    // The owner's own answers stay private until the owner allows it too.
    expect((await team().viewed(member)).sharedAnswers.map((shared) => shared.number)).toEqual([2]);
  });

  test('when a member renames themselves, then the team sees the new name; blank clears it', async () => {
    const { owner, member } = await ownerAndMember();

    await team().updateMember(member.id, member.token, { displayName: '  Karim ' });
    expect((await team().viewed(owner)).members[1]?.displayName).toBe('Karim');

    await team().updateMember(member.id, member.token, { displayName: '' });
    expect((await team().viewed(owner)).members[1]?.displayName).toBeNull();

    expectProblem(
      await team().updateMember(member.id, member.token, { displayName: 'x'.repeat(61) }),
      400,
      'validation_failed',
      ['/displayName'],
    );
  });

  test('when the owner records an agreement, then every member sees it; bad input names its field', async () => {
    const { owner, member } = await ownerAndMember();

    const saved = await team().agree(owner.id, owner.token, 'comm', {
      level: 'progressing',
      note: 'Le site existe mais personne ne le met à jour.',
    });
    expect(saved.statusCode).toBe(200);
    await team().agree(owner.id, owner.token, 'comm', { level: 'advanced', note: 'Revu.' });

    expect((await team().viewed(member)).agreements).toEqual([
      expect.objectContaining({ areaId: 'comm', level: 'advanced', note: 'Revu.' }),
    ]);
    expectProblem(
      await team().agree(owner.id, owner.token, 'comm', { level: 'guru' }),
      400,
      'invalid_agreement',
      ['/level'],
    );
    expectProblem(
      await team().agree(owner.id, owner.token, 'nowhere', { level: 'advanced' }),
      400,
      'invalid_agreement',
      ['/areaId'],
    );
    expectProblem(
      await team().agree(owner.id, owner.token, 'data', {
        level: 'advanced',
        note: 'x'.repeat(501),
      }),
      400,
      'validation_failed',
      ['/note'],
    );
    expect((await team().viewed(owner)).agreements).toHaveLength(1);
  });

  test('when a member leaves, then their response stays theirs and the team no longer opens for it', async () => {
    const { owner, member } = await ownerAndMember();

    expect((await team().leave(member.id, member.token)).statusCode).toBe(204);

    expect((await team().view(member.id, member.token)).statusCode).toBe(204);
    expect((await env.api.get(member.id, member.token)).statusCode).toBe(200);
    expect((await team().viewed(owner)).members).toHaveLength(1);
  });

  test('when a member erases their response, then they leave the team with it', async () => {
    const { owner, member } = await ownerAndMember();

    expect((await env.api.remove(member.id, member.token)).statusCode).toBe(204);

    expect((await team().viewed(owner)).members.map((m) => m.isOwner)).toEqual([true]);
  });

  test('when the owner erases their response, then the team is gone and its members keep theirs', async () => {
    const { owner, member, code } = await ownerAndMember();

    expect((await env.api.remove(owner.id, owner.token)).statusCode).toBe(204);

    expect((await team().view(member.id, member.token)).statusCode).toBe(204);
    expectProblem(await team().inviteInfo(code), 404, 'team_invite_not_found');
    expect((await env.api.get(member.id, member.token)).statusCode).toBe(200);
  });

  test('when the owner leaves, then the team is dissolved and a new one can start', async () => {
    const { owner, member, code } = await ownerAndMember();

    expect((await team().leave(owner.id, owner.token)).statusCode).toBe(204);

    expect((await team().view(member.id, member.token)).statusCode).toBe(204);
    expectProblem(await team().inviteInfo(code), 404, 'team_invite_not_found');
    // The former member may now start a team of its own.
    expect((await team().invite(member.id, member.token)).statusCode).toBe(200);
  });

  test('when a member asks for the team PDF, then they get it', async () => {
    const { member } = await ownerAndMember();

    const pdf = await team().report(member.id, member.token);

    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('private, no-store');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
