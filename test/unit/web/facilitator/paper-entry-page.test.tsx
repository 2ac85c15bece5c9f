// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PaperEntryPage } from '../../../../web/src/pages/facilitator/paper-entry-page.js';
import { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import mini from '../../../fixtures/questionnaires/mini/1.0.0.json';
import { fakeApi } from '../support/fake-api.js';
import { SESSION, facilitatorFrench } from './support.js';

const ID = '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b';
const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

function miniApi() {
  // As the API serves it: parsed, its defaults (a scale's step of 1) applied.
  const definition = Questionnaire.parse(mini);
  return fakeApi({
    'GET /api/questionnaires': () => ({
      body: {
        questionnaires: [
          {
            id: 'mini',
            latest: '1.0.0',
            versions: ['1.0.0'],
            locales: ['fr', 'en'],
            title: definition.title,
            description: definition.title,
          },
        ],
      },
    }),
    'GET /api/questionnaires/mini/versions/1.0.0': () => ({ body: definition }),
    'POST /api/responses': () => ({
      status: 201,
      body: { id: ID, token: TOKEN, questionnaireId: 'mini', version: '1.0.0' },
    }),
    [`PATCH /api/responses/${ID}/answers`]: () => ({ body: { savedAt: '2026-05-04T10:00:00Z' } }),
    [`POST /api/responses/${ID}/submit`]: () => ({ body: {} }),
  });
}

const fieldset = () => document.querySelector<HTMLFieldSetElement>('fieldset.entry-question')!;
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
const questionShown = (id: string) =>
  waitFor(() => expect(fieldset()?.getAttribute('data-question')).toBe(id));

describe('the paper entry', () => {
  beforeEach(facilitatorFrench);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when a paper is typed with the keys, then hidden questions are skipped, Backspace goes back with the answer kept, and the summary sends it all', async () => {
    const api = miniApi();
    vi.stubGlobal('fetch', api.fetch);
    render(<PaperEntryPage session={SESSION} />);
    fireEvent.input(await screen.findByLabelText('Nom de l’association'), {
      target: { value: 'Les Amis du Lavoir' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Commencer/ }));

    await questionShown('employees');
    // The first choice has the focus at once: the keys work without a click.
    expect(document.activeElement).toBe(fieldset().querySelectorAll('input')[0]);
    press('1');
    expect(fieldset().querySelectorAll('input')[0]!.checked).toBe(true);
    press('Enter');
    await questionShown('site');
    press('1'); // "Non": the question about updating the site is skipped.
    press('Backspace');
    await questionShown('employees');
    expect(fieldset().querySelector<HTMLInputElement>('input:checked')!.value).toBe('none');
    expect(document.activeElement).toBe(fieldset().querySelector('input:checked'));
    press('Enter');
    await questionShown('site');
    press('Enter');
    await questionShown('channels');
    press('1');
    press('2');
    press('Enter');
    await questionShown('gdpr');
    expect(document.getElementById('entry-progress')!.textContent).toMatch(/4/);
    press('1');
    press('Enter');

    const submit = await screen.findByRole('button', { name: 'Enregistrer et envoyer' });
    // Complete: the button to send has the focus, Enter sends.
    expect(document.activeElement).toBe(submit);
    expect(document.querySelectorAll('.entry-summary li')).toHaveLength(4);
    fireEvent.click(submit);
    await waitFor(() => expect(document.getElementById('resume-url')).toBeTruthy());
    const saved = api.sent.find((r) => r.method === 'PATCH')!;
    expect(saved.body).toEqual({
      answers: { employees: 'none', site: 'no', channels: ['newsletter', 'social'], gdpr: 0 },
    });
    expect(api.sent.find((r) => r.path === '/api/responses')!.body).toMatchObject({
      questionnaireId: 'mini',
      version: '1.0.0',
      associationName: 'Les Amis du Lavoir',
    });
    expect(document.querySelector('.entry-qr svg[role="img"] path')).toBeTruthy();
  });
});
