// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PreviewPage } from '../../../../web/src/pages/facilitator/preview-page.js';
import {
  buildQuestionnaire,
  recommendation,
  singleQuestion,
} from '../../../support/build-questionnaire.js';
import { fakeApi } from '../support/fake-api.js';
import { SESSION, facilitatorFrench } from './support.js';

const questionnaire = buildQuestionnaire({
  questions: [
    singleQuestion('site'),
    singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes'] } }),
  ],
  recommendations: [recommendation('build-site')],
});

describe("the questionnaire's preview", () => {
  beforeEach(async () => {
    await facilitatorFrench();
    // Chart.js has no canvas to draw on here: the radar is the e2e tier's.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      fakeApi({
        [`GET /api/questionnaires/${questionnaire.id}/versions/${questionnaire.version}`]: () => ({
          body: questionnaire,
        }),
      }).fetch,
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('when answers are clicked, then the condition, the plan and the score follow, under one h1', async () => {
    render(
      <PreviewPage
        session={SESSION}
        questionnaireId={questionnaire.id}
        version={questionnaire.version}
      />,
    );

    // By its name: with one DOM for many files, an h1 alone could be another page's.
    const heading = await screen.findByRole('heading', { level: 1, name: /^Aperçu/ });
    expect(document.activeElement).toBe(heading);
    // The results are a section of the page: their title is an h2.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Résultat avec ces réponses' }),
    ).toBeTruthy();
    const updates = document.getElementById('q-updates')!;
    expect(updates.classList.contains('preview-skipped')).toBe(true);
    // The points come after the choices.
    expect(document.querySelector('#q-site .choices + .preview-points')).not.toBeNull();
    const badge = document.querySelector('[data-recommendation="build-site"] .preview-badge')!;
    expect(badge.textContent).toBe('Pas dans le plan');

    fireEvent.click(document.getElementById('site--0')!);
    expect(updates.classList.contains('preview-skipped')).toBe(false);
    expect(updates.querySelector('.preview-asked')!.textContent).toBe('(posée avec ces réponses)');

    fireEvent.click(document.getElementById('site--2')!);
    expect(badge.textContent).toBe('Dans le plan avec ces réponses');
    expect(badge.classList.contains('in-plan')).toBe(true);
    expect(document.getElementById('preview-live')!.textContent).toMatch(/0/);
  });
});
