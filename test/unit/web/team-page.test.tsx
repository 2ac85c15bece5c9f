// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TeamView } from '../../../web/src/api.js';
import { setLocale } from '../../../web/src/i18n.js';
import { TeamPage } from '../../../web/src/pages/team-page.js';
import { area, buildQuestionnaire, singleQuestion } from '../../support/build-questionnaire.js';
import { fakeApi } from './support/fake-api.js';

const credentials = { id: 'r1', token: 'tok' };
const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('tools')],
  questions: [singleQuestion('site', { area: 'comms' }), singleQuestion('mail', { area: 'tools' })],
});
const QUESTIONNAIRE = `GET /api/questionnaires/${questionnaire.id}/versions/${questionnaire.version}`;

function teamOf(overrides: Partial<TeamView> = {}): TeamView {
  const member = (number: number, more: Partial<TeamView['members'][number]>) => ({
    number,
    displayName: null,
    isOwner: false,
    isYou: false,
    status: 'submitted' as const,
    shareAnswers: false,
    overallScore: 40,
    overallLevel: 'developing',
    areaScores: { comms: 40, tools: 40 },
    ...more,
  });
  const combined = { n: 2, mean: 40, min: 30, max: 50, stdDev: 10, level: 'developing' };
  return {
    role: 'owner',
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    associationName: 'Les Amis du Parc',
    createdAt: '2026-05-04T10:00:00.000Z',
    members: [
      member(1, { isOwner: true, isYou: true, displayName: 'Alice' }),
      member(2, { status: 'draft', overallScore: null, overallLevel: null, areaScores: {} }),
    ],
    combined: {
      overall: combined,
      areas: [
        { areaId: 'comms', ...combined },
        { areaId: 'tools', ...combined },
      ],
    },
    topics: [
      {
        questionId: 'site',
        areaId: 'comms',
        n: 2,
        divergence: 0.8,
        toDiscuss: true,
        distribution: [
          { answer: 'yes', count: 1 },
          { answer: 'no', count: 1 },
        ],
      },
    ],
    discussionThreshold: 0.5,
    agreements: [],
    sharedAnswers: [],
    ...overrides,
  };
}

describe('the team page', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
    // Chart.js has no canvas to draw on here: the radar is the e2e tier's.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('when the team is read, then its heading takes the focus and the members and topics are listed', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/responses/r1/team': () => ({ body: teamOf() }),
        [QUESTIONNAIRE]: () => ({ body: questionnaire }),
      }).fetch,
    );
    render(<TeamPage credentials={credentials} />);

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('Les Amis du Parc');
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('2 membres dans l’équipe · 1 diagnostic envoyé')).toBeTruthy();
    const rows = document.querySelectorAll('table.team-members tbody th');
    expect([...rows].map((row) => row.textContent)).toEqual(['Alice (vous)', 'Membre 2']);
    expect(document.querySelector('.team-topics .to-discuss .flag')!.textContent).toBe(
      'À discuter',
    );
    // The owner sees the invite section and a form per area.
    expect(document.getElementById('team-invite-title')).not.toBeNull();
    expect(document.querySelectorAll('form.agreement-form')).toHaveLength(2);
  });

  test('when the owner saves an agreement without a level, then it is refused; with one, then it is sent and shown', async () => {
    const api = fakeApi({
      'GET /api/responses/r1/team': () => ({ body: teamOf() }),
      [QUESTIONNAIRE]: () => ({ body: questionnaire }),
      'PUT /api/responses/r1/team/agreements/comms': (request) => ({
        body: { areaId: 'comms', ...(request.body as object), updatedAt: '2026-05-04T10:00:00Z' },
      }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<TeamPage credentials={credentials} />);

    const form = (await screen.findAllByRole('button', { name: 'Enregistrer' }))[0]!.closest(
      'form',
    )!;
    fireEvent.submit(form);
    expect(await within(form).findByText('Choisissez d’abord un niveau.')).toBeTruthy();
    expect(api.sent.some((request) => request.method === 'PUT')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Niveau retenu'), {
      target: { value: 'advanced' },
    });
    fireEvent.input(within(form).getByRole('textbox'), { target: { value: '  Site à refaire ' } });
    fireEvent.submit(form);

    expect(await within(form).findByText('Niveau enregistré.')).toBeTruthy();
    expect(api.sent.at(-1)!.body).toEqual({ level: 'advanced', note: 'Site à refaire' });
    const article = form.closest('article')!;
    expect(article.querySelector('.decision')!.textContent).toBe(
      'Niveau retenu : fr: Level advanced — Site à refaire',
    );
  });

  test('when a member saves their settings, then the name and consent are sent', async () => {
    const api = fakeApi({
      'GET /api/responses/r1/team': () => ({ body: teamOf({ role: 'member' }) }),
      [QUESTIONNAIRE]: () => ({ body: questionnaire }),
      'PATCH /api/responses/r1/team/member': (request) => ({ body: request.body }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<TeamPage credentials={credentials} />);

    const name = await screen.findByLabelText('Mon prénom dans l’équipe (facultatif)');
    // A member has neither the invite nor the agreement forms.
    expect(document.getElementById('team-invite-title')).toBeNull();
    expect(document.querySelector('form.agreement-form')).toBeNull();
    fireEvent.input(name, { target: { value: ' ' } });
    fireEvent.click(screen.getByLabelText('L’équipe peut voir le détail de mes réponses'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mes réglages' }));

    expect(await screen.findByText('Réglages enregistrés.')).toBeTruthy();
    expect(api.sent.at(-1)!.body).toEqual({ displayName: null, shareAnswers: true });
  });

  test('when the team cannot be read, then the error is said with a way to retry', async () => {
    let asked = 0;
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/responses/r1/team': () => {
          asked += 1;
          return asked === 1 ? { status: 503, body: { code: 'unavailable' } } : { body: teamOf() };
        },
        [QUESTIONNAIRE]: () => ({ body: questionnaire }),
      }).fetch,
    );
    render(<TeamPage credentials={credentials} />);

    fireEvent.click(await screen.findByRole('button', { name: /réessayer/i }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain(
      'Les Amis du Parc',
    );
  });
});
