// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { JoinPage } from '../../../web/src/pages/join-page.js';
import { fakeApi } from './support/fake-api.js';

const ID = '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b';
const workshop = (open: boolean) => ({
  title: 'Atelier numérique',
  date: '2026-05-04',
  open,
  questionnaireId: 'asso',
});

describe('the workshop join page', () => {
  beforeEach(async () => {
    localStorage.clear();
    location.hash = '';
    await setLocale('fr');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when a participant names the association and consents, then both are sent and the diagnosis opens', async () => {
    const api = fakeApi({
      'GET /api/join/K7M2QX': () => ({ body: workshop(true) }),
      'POST /api/join/K7M2QX': () => ({
        status: 201,
        body: { id: ID, token: 'tok', questionnaireId: 'asso', version: '1.0.0', locale: 'fr' },
      }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<JoinPage code="K7M2QX" />);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Atelier numérique4 mai 2026',
    );
    const consent = screen.getByRole('checkbox') as HTMLInputElement;
    expect(consent.checked).toBe(false);
    fireEvent.input(screen.getByLabelText('Nom de votre association (facultatif)'), {
      target: { value: '  Les Amis  ' },
    });
    fireEvent.click(consent);
    fireEvent.click(screen.getByRole('button', { name: 'Commencer' }));

    await waitFor(() => expect(location.hash).toBe(`#/diagnostic/${ID}/0`));
    expect(api.sent.at(-1)!.body).toEqual({ associationName: 'Les Amis', shareAnswers: true });
  });

  test('when the workshop is closed, then the page says so and offers the diagnosis alone', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({ 'GET /api/join/K7M2QX': () => ({ body: workshop(false) }) }).fetch,
    );
    render(<JoinPage code="K7M2QX" />);

    expect((await screen.findByRole('alert')).textContent).toContain('clos');
    expect(screen.queryByRole('button', { name: 'Commencer' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Faire le diagnostic seul, sans atelier' }),
    ).toBeTruthy();
  });

  test('when the code is unknown, then the page says which code and offers the box to type it again', async () => {
    vi.stubGlobal('fetch', fakeApi({}).fetch);
    render(<JoinPage code="ABCDEF" />);

    expect((await screen.findByRole('alert')).textContent).toContain('ABC DEF');
    expect(screen.getByLabelText('Code de l’atelier')).toBeTruthy();
  });

  test('when the workshop closes while the form is open, then pressing start says it is closed', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/join/K7M2QX': () => ({ body: workshop(true) }),
        'POST /api/join/K7M2QX': () => ({
          status: 409,
          body: { code: 'workshop_closed', status: 409, detail: 'closed' },
        }),
      }).fetch,
    );
    render(<JoinPage code="K7M2QX" />);

    fireEvent.click(await screen.findByRole('button', { name: 'Commencer' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cet atelier est clos : il n’est plus possible de le rejoindre.',
    );
    expect(location.hash).toBe('');
  });
});
