// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { PlanPage } from '../../../web/src/pages/plan-page.js';
import { fakeApi } from './support/fake-api.js';

const credentials = { id: 'r1', token: 'tok' };
const AREAS = ['gov', 'money', 'people', 'comms'];

const response = (status: 'draft' | 'submitted') => ({
  id: 'r1',
  status,
  questionnaireId: 'asso',
  version: '1',
  associationName: 'Les Amis du Parc',
  profile: { areas: AREAS.map((id, i) => ({ id, score: i === 3 ? null : 20 * (i + 1) })) },
});
const questionnaire = {
  id: 'asso',
  version: '1',
  defaultLocale: 'fr',
  areas: AREAS.map((id) => ({ id, title: { fr: `Domaine ${id}` } })),
};
const proposal = (id: string, areaId: string) => ({
  id,
  areaId,
  title: `Proposition ${id}`,
  text: `Pourquoi ${id}`,
});
const plan = {
  priorities: ['gov'],
  proposals: [proposal('p-gov', 'gov'), proposal('p-money', 'money')],
  actions: [],
  suggestedPriorities: ['gov', 'money'],
};
const action = (id: string, recommendationId: string | null, title: string) => ({
  id,
  recommendationId,
  areaId: 'money',
  title,
  owner: null,
  dueDate: null,
  cost: null,
  status: 'planned',
});

function serve(
  extra: Parameters<typeof fakeApi>[0] = {},
  status: 'draft' | 'submitted' = 'submitted',
) {
  const api = fakeApi({
    'GET /api/responses/r1': () => ({ body: response(status) }),
    'GET /api/questionnaires/asso/versions/1': () => ({ body: questionnaire }),
    'GET /api/responses/r1/plan': () => ({ body: plan }),
    'PUT /api/responses/r1/plan/priorities': (request) => ({
      body: { ...plan, priorities: (request.body as { areaIds: string[] }).areaIds },
    }),
    ...extra,
  });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

describe('the plan page', () => {
  beforeEach(async () => {
    location.hash = '#/plan/r1';
    document.body.innerHTML = '<p id="save-state"></p><div id="status" role="status"></div>';
    await setLocale('fr');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when the diagnosis is still a draft, then its diagnosis opens instead', async () => {
    const api = serve({}, 'draft');
    render(<PlanPage credentials={credentials} />);
    await vi.waitFor(() => expect(location.hash).toBe('#/diagnostic/r1/0'));
    expect(api.sent.map((request) => request.path)).toEqual(['/api/responses/r1?lang=fr']);
  });

  test('when no priority is chosen yet, then the weakest areas are suggested, marked, and taken in one tap', async () => {
    const api = serve({
      'GET /api/responses/r1/plan': () => ({ body: { ...plan, priorities: [] } }),
    });
    render(<PlanPage credentials={credentials} />);
    const suggestion = await screen.findByText(/Nous vous suggérons de commencer/);
    expect(suggestion.textContent).toBe(
      'Nous vous suggérons de commencer par vos 2 domaines les plus faibles\u00a0: Domaine gov et Domaine money. Vous pourrez changer ensuite.',
    );
    expect(screen.getByLabelText(/Domaine money/).closest('label')!.textContent).toContain(
      'suggéré',
    );
    expect(screen.getByLabelText(/Domaine people/).closest('label')!.textContent).not.toContain(
      'suggéré',
    );
    expect(
      api.sent.find((r) => r.method === 'GET' && r.path.startsWith('/api/responses/r1/plan'))!.path,
    ).toBe('/api/responses/r1/plan?lang=fr');
    fireEvent.click(screen.getByRole('button', { name: 'Choisir ces 2 domaines' }));

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('priority-gov'));
    expect((screen.getByLabelText(/Domaine money/) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/Nous vous suggérons/)).toBeNull();
    await vi.waitFor(() =>
      expect(api.sent.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
        { areaIds: ['gov', 'money'] },
      ]),
    );
  });

  test('when a fourth priority is ticked, then it is refused with a message and nothing is sent', async () => {
    const api = serve();
    render(<PlanPage credentials={credentials} />);
    await screen.findByRole('heading', { level: 1, name: /Les Amis du Parc/ });
    for (const id of ['money', 'people'])
      fireEvent.click(screen.getByLabelText(new RegExp(`Domaine ${id}`)));
    await vi.waitFor(() =>
      expect(document.getElementById('save-state')!.textContent).toBe('Plan enregistré'),
    );
    const fourth = screen.getByLabelText(/Domaine comms/) as HTMLInputElement;
    fireEvent.click(fourth);

    expect(fourth.checked).toBe(false);
    expect(document.getElementById('priorities-message')!.textContent).toContain(
      '3 domaines au plus',
    );
    const sent = api.sent
      .filter((request) => request.method === 'PUT')
      .map((request) => request.body);
    expect(sent).toEqual([{ areaIds: ['gov', 'money'] }, { areaIds: ['gov', 'money', 'people'] }]);
  });

  test('when a proposal of a new priority is added, then it becomes an action whose "who" has the focus', async () => {
    const api = serve({
      'POST /api/responses/r1/plan/actions': () => ({
        status: 201,
        body: action('a1', 'p-money', 'Proposition p-money'),
      }),
    });
    render(<PlanPage credentials={credentials} />);
    fireEvent.click(await screen.findByLabelText(/Domaine money/));
    const add = await screen.findByRole('button', {
      name: 'Ajouter au plan',
      description: 'Proposition p-money',
    });
    fireEvent.click(add);

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('action-a1-owner'));
    expect(screen.getByRole('heading', { name: '3. Les actions du plan (1)' })).toBeTruthy();
    expect(screen.getAllByText('Déjà dans le plan')).toHaveLength(1);
    expect(api.sent.at(-1)!.body).toEqual({ recommendationId: 'p-money' });
    expect(document.getElementById('status')!.textContent).toBe(
      'Action ajoutée au plan\u00a0: Proposition p-money',
    );
  });

  test('when our own action cannot be saved because the plan is full, then the footer says so and the typed text stays', async () => {
    serve({
      'POST /api/responses/r1/plan/actions': () => ({
        status: 409,
        body: { code: 'plan_full', title: 'full', status: 409 },
      }),
    });
    render(<PlanPage credentials={credentials} />);
    const title = (await screen.findByLabelText('Quoi', {
      selector: '#own-title',
    })) as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'Repas annuel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l’action' }));

    await vi.waitFor(() =>
      expect(document.getElementById('save-state')!.textContent).toContain('50 actions'),
    );
    expect(title.value).toBe('Repas annuel');
  });
});
