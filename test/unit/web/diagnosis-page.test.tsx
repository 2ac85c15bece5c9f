// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { DiagnosisPage } from '../../../web/src/pages/diagnosis-page.js';
import {
  area,
  buildQuestionnaire,
  contextQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { fakeApi } from './support/fake-api.js';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
// One saver per response lives as long as the app: each test opens a response of its own.
let serial = 0;
const nextId = () => `0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a${String(++serial).padStart(2, '0')}`;

const questionnaire = buildQuestionnaire({
  contextQuestions: [contextQuestion('size')],
  areas: [area('comms')],
  questions: [
    singleQuestion('site'),
    singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes', 'partly'] } }),
  ],
});

function draft(id: string, answers: Record<string, unknown> = {}, status = 'draft') {
  return fakeApi({
    [`GET /api/responses/${id}`]: () => ({
      body: {
        id,
        status,
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        answers,
        associationName: null,
      },
    }),
    [`GET /api/questionnaires/${questionnaire.id}/versions/${questionnaire.version}`]: () => ({
      body: questionnaire,
    }),
    [`PATCH /api/responses/${id}/answers`]: () => ({ body: {} }),
    [`POST /api/responses/${id}/submit`]: () => ({
      status: 422,
      body: {
        type: 'about:blank',
        title: 'required_unanswered',
        status: 422,
        code: 'required_unanswered',
        errors: [{ pointer: '/answers/site', detail: 'required' }],
      },
    }),
  });
}

describe('the diagnosis page', () => {
  beforeEach(async () => {
    localStorage.clear();
    location.hash = '';
    await setLocale('en');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when a step opens, then its heading takes the focus and the progress says where one is', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id).fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={0} />);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Your association' });
    expect(document.activeElement).toBe(heading);
    expect(document.getElementById('progress-label')!.textContent).toBe(
      'Step 1 of 3 · 0% of the questions answered',
    );
    expect(screen.queryByRole('button', { name: 'Previous' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(location.hash).toBe(`#/diagnostic/${id}/1`);
  });

  test('when an answer is ticked, then it is saved and the question it conditions appears', async () => {
    const id = nextId();
    const api = draft(id);
    vi.stubGlobal('fetch', api.fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={1} />);

    const conditioned = (await screen.findByText(/Question updates/)).closest('fieldset')!;
    expect(conditioned.hidden).toBe(true);
    fireEvent.click(screen.getAllByRole('radio', { name: 'yes' })[0]!);
    expect(conditioned.hidden).toBe(false);
    expect(document.querySelector('.preview')!.textContent).toMatch(/100/);
    await waitFor(() =>
      expect(api.sent.find((r) => r.method === 'PATCH')?.body).toEqual({
        answers: { site: 'yes' },
      }),
    );
  });

  test('when the server refuses the sending, then the review says why in an alert', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id).fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={9} />);

    await screen.findByRole('heading', { level: 1, name: 'Check before sending' });
    const missing = screen.getByRole('link', { name: /Question site/ });
    expect(missing.getAttribute('href')).toBe(`#/diagnostic/${id}/1`);
    fireEvent.click(screen.getByRole('button', { name: 'Send and see my results' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/1 required question/);
  });

  test('when the review opens, then it lists every asked question area by area, its answer in words, the unanswered marked', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id, { size: 'small', site: 'yes' }).fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={9} />);

    const context = await screen.findByRole('region', { name: 'Your association' });
    expect(context.querySelector('[data-question="size"]')!.textContent).toMatch(
      /^Context size\s*small/,
    );
    const area = screen.getByRole('region', { name: 'Area comms' });
    expect(area.querySelector('[data-question="site"] dd')!.textContent).toMatch(/^yes/);
    // Shown once "site" is answered yes, and required: it stands out and says why.
    const updates = area.querySelector('[data-question="updates"]')!;
    expect(updates.classList.contains('unanswered')).toBe(true);
    expect(updates.textContent).toMatch(/No answer: needed before sending/);
    expect(screen.getByRole('link', { name: 'Change: Question site' }).getAttribute('href')).toBe(
      `#/diagnostic/${id}/1`,
    );
  });

  test('when a "Change" link of the review is followed, then its step opens focused on that question', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id, { size: 'small', site: 'partly' }).fetch);
    const review = render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={9} />);
    fireEvent.click(await screen.findByRole('link', { name: 'Change: Question site' }));
    review.unmount();

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={1} />);

    await screen.findByRole('heading', { level: 1, name: 'Area comms' });
    await waitFor(() => {
      const focused = document.activeElement as HTMLInputElement;
      expect(focused.name).toBe('site');
      expect(focused.value).toBe('partly');
    });
  });

  test('when a step has only required questions, then its legend says so and no question repeats it', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id, { site: 'yes' }).fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={1} />);

    await screen.findByText('Every question of this step needs an answer.');
    expect(screen.getByRole('group', { name: 'Question site' })).toBeTruthy();
  });

  test('when the response was already sent, then its results open instead', async () => {
    const id = nextId();
    vi.stubGlobal('fetch', draft(id, {}, 'submitted').fetch);

    render(<DiagnosisPage credentials={{ id, token: TOKEN }} step={0} />);

    await waitFor(() => expect(location.hash).toBe(`#/resultats/${id}`));
  });
});
