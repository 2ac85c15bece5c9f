// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Dashboard } from '../../../../web/src/facilitator-api.js';
import { setLocale } from '../../../../web/src/i18n.js';
import { DiscussionAgenda } from '../../../../web/src/pages/facilitator/discussion-agenda.js';
import { dashboardOf, facilitatorFrench, participantOf } from './support.js';

type Agenda = Dashboard['agenda'];

/** Three diagnoses shared out of four submitted: the backup question split two to one. */
const RANKED: Agenda = {
  basis: 3,
  minimum: 2,
  enough: true,
  latestOnly: false,
  questions: [
    {
      questionId: 'backup',
      title: 'Sauvegardez-vous vos fichiers ?',
      areaId: 'gov',
      disagreement: 0.667,
      answered: 3,
      distinctAnswers: 2,
      distribution: [
        { answer: 'yes', label: 'Oui', count: 2 },
        { answer: 'partly', label: 'En partie', count: 0 },
        { answer: 'no', label: 'Non', count: 1 },
      ],
    },
    {
      questionId: 'site',
      title: 'Avez-vous un site web ?',
      areaId: 'gov',
      disagreement: 0.5,
      answered: 1,
      distinctAnswers: 2,
      distribution: [{ answer: 'yes', label: 'Oui', count: 1 }],
    },
  ],
};

function workshop(agenda: Agenda, priorities = 0): Dashboard {
  return dashboardOf({
    counts: { joined: 4, inProgress: 0, submitted: 3 },
    agenda,
    priorities: Array.from({ length: priorities }, (_, i) => ({
      id: `p-${i}`,
      title: `Priorité ${i + 1}`,
      areaId: 'gov',
      count: i === 0 ? 1 : 2,
      share: i === 0 ? 0.33 : 0.67,
    })),
    participants: ['Asso A', 'Asso B', 'Asso C'].map((name, i) =>
      participantOf(`r-${i}`, { associationName: name, status: 'submitted', shareAnswers: true }),
    ),
  });
}

describe("the dashboard's discussion agenda", () => {
  beforeEach(facilitatorFrench);
  afterEach(cleanup);

  test('when the shared answers differ, then each question is a heading with a table of counts, under the basis, and no name', () => {
    render(<DiscussionAgenda dashboard={workshop(RANKED)} />);

    const agenda = screen.getByRole('region', { name: 'Sujets de discussion' });
    expect(screen.getByRole('heading', { level: 2, name: 'Sujets de discussion' })).toBeTruthy();
    const divergent = within(agenda).getByRole('region', { name: 'Où les avis divergent' });
    expect(within(divergent).getByText('D’après 3 réponses partagées.')).toBeTruthy();
    const questions = within(divergent).getAllByRole('heading', { level: 4 });
    expect(questions.map((h) => h.textContent)).toEqual([
      'Sauvegardez-vous vos fichiers ?',
      'Avez-vous un site web ?',
    ]);
    expect(within(divergent).getByText('Gouvernance · 3 réponses · écart 67 / 100')).toBeTruthy();
    expect(within(divergent).getByText('Gouvernance · 1 réponse · écart 50 / 100')).toBeTruthy();

    const table = within(divergent).getByRole('table', {
      name: 'Réponses à «\u00a0Sauvegardez-vous vos fichiers ?\u00a0»',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Réponse', 'Associations']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        within(row).getByRole('cell').textContent,
      ]);
    expect(rows).toEqual([
      ['Oui', '2'],
      ['En partie', '0'],
      ['Non', '1'],
    ]);
    // Aggregates only: the participants' names are the participants table's, never here.
    expect(agenda.textContent).not.toMatch(/Asso [ABC]/);
  });

  test('when fewer than two diagnoses are shared, then it says how many there are, in words and plurals', () => {
    const tooFew = (basis: number): Agenda => ({ ...RANKED, basis, enough: false, questions: [] });

    render(<DiscussionAgenda dashboard={workshop(tooFew(0))} />);
    expect(
      screen.getByText(
        'Pas encore de quoi comparer les avis : il faut au moins 2 diagnostics envoyés avec leurs réponses partagées (aucun pour l’instant).',
      ),
    ).toBeTruthy();
    cleanup();
    render(<DiscussionAgenda dashboard={workshop(tooFew(1))} />);
    expect(screen.getByText(/\(1 pour l’instant\)\.$/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('when every shared answer agrees, or the agenda read only the latest, then it says so', () => {
    render(<DiscussionAgenda dashboard={workshop({ ...RANKED, questions: [] })} />);
    expect(
      screen.getByText(
        'Les 3 réponses partagées concordent sur chaque question : aucun désaccord à discuter.',
      ),
    ).toBeTruthy();
    cleanup();
    render(<DiscussionAgenda dashboard={workshop({ ...RANKED, basis: 500, latestOnly: true })} />);
    expect(screen.getByText('D’après les 500 réponses partagées les plus récentes.')).toBeTruthy();
  });

  test('when twelve priorities are shared, then ten show with their counts out of the submitted, the other two folded', () => {
    render(<DiscussionAgenda dashboard={workshop(RANKED, 12)} />);

    const priorities = screen.getByRole('region', { name: 'Priorités partagées' });
    const [shown, folded] = within(priorities).getAllByRole('list');
    expect(within(shown!).getAllByRole('listitem')).toHaveLength(10);
    expect(within(priorities).getByText('Gouvernance · 1 association sur 3')).toBeTruthy();
    expect(within(priorities).getAllByText('Gouvernance · 2 associations sur 3')).toHaveLength(11);
    expect(folded!.getAttribute('start')).toBe('11');
    expect(priorities.querySelector('details summary')!.textContent).toBe(
      'Voir les 2 autres priorités',
    );
  });

  test('when read in English, then the agenda speaks English with its own plurals', async () => {
    await setLocale('en');
    render(<DiscussionAgenda dashboard={workshop(RANKED, 11)} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Discussion agenda' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Where opinions differ' })).toBeTruthy();
    expect(screen.getByText('Based on 3 shared responses.')).toBeTruthy();
    expect(screen.getByText('Gouvernance · 1 answer · gap 50 / 100')).toBeTruthy();
    expect(screen.getByText('Gouvernance · 1 association out of 3')).toBeTruthy();
    expect(document.querySelector('details summary')!.textContent).toBe('Show the other priority');
  });
});
