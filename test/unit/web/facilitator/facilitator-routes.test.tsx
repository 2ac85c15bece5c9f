// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { forgetSession } from '../../../../web/src/facilitator-api.js';
import { FacilitatorPage } from '../../../../web/src/pages/facilitator/facilitator-routes.js';
import { fakeApi } from '../support/fake-api.js';
import { SESSION, facilitatorFrench, workshopOf } from './support.js';

const questionnaires = {
  questionnaires: [
    {
      id: 'asso',
      latest: '1.1.0',
      versions: ['1.0.0', '1.1.0'],
      locales: ['fr', 'en'],
      title: { fr: 'Diagnostic', en: 'Diagnosis' },
      description: { fr: 'À propos', en: 'About' },
    },
  ],
};

describe("the facilitator's pages", () => {
  beforeEach(async () => {
    await facilitatorFrench();
    // The session is asked once per page load: each test is a page load of its own.
    forgetSession();
    location.hash = '#/animateur';
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when nobody is signed in, then the sign-in form opens, and signing in reopens the address asked for', async () => {
    let signedIn = false;
    const api = fakeApi({
      'GET /api/facilitator/session': () =>
        signedIn ? { body: SESSION } : { status: 401, body: { code: 'signed_out' } },
      'POST /api/facilitator/session': () => {
        signedIn = true;
        return { body: SESSION };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    location.hash = '#/animateur/portfolio';
    const reopened = vi.fn();
    window.addEventListener('hashchange', reopened);
    render(<FacilitatorPage route={{ view: 'portfolio' }} />);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Espace animateur');
    fireEvent.input(screen.getByLabelText('Adresse e-mail'), {
      target: { value: 'anim@example.org' },
    });
    fireEvent.input(screen.getByLabelText('Mot de passe'), { target: { value: 'secret' } });
    reopened.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    // The same address again: the router draws the portfolio afresh, now signed in.
    await waitFor(() => expect(reopened).toHaveBeenCalledOnce());
    expect(location.hash).toBe('#/animateur/portfolio');
    window.removeEventListener('hashchange', reopened);
  });

  test('when signed in, then the workshops are listed with their links, and the creation form opens the new dashboard', async () => {
    const created = workshopOf({ id: 'w-new' });
    const api = fakeApi({
      'GET /api/facilitator/session': () => ({ body: SESSION }),
      'GET /api/workshops': () => ({ body: { workshops: [workshopOf()] } }),
      'GET /api/questionnaires': () => ({ body: questionnaires }),
      'POST /api/workshops': () => ({ status: 201, body: created }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<FacilitatorPage route={{ view: 'workshops' }} />);

    const link = await screen.findByRole('link', { name: 'Atelier de Lyon' });
    expect(link.getAttribute('href')).toBe('#/animateur/atelier/w-1');
    expect(screen.getByText(/4 mai 2026 · code ABC 234/)).toBeTruthy();
    // The latest version of the first questionnaire is chosen.
    expect(screen.getByLabelText<HTMLSelectElement>('Version').value).toBe('1.1.0');

    fireEvent.click(screen.getByRole('button', { name: 'Créer l’atelier' }));
    // No title: said, and the field has the focus.
    expect((await screen.findByRole('alert')).textContent).toBe('Donnez un titre à l’atelier.');
    const title = screen.getByLabelText('Titre de l’atelier');
    await waitFor(() => expect(document.activeElement).toBe(title));

    fireEvent.input(title, { target: { value: '  Atelier de Lille ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer l’atelier' }));
    await waitFor(() => expect(location.hash).toBe('#/animateur/atelier/w-new'));
    const sent = api.sent.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('x-csrf-token')).toBe(SESSION.csrfToken);
    expect(sent.body).toMatchObject({
      title: 'Atelier de Lille',
      questionnaireId: 'asso',
      version: '1.1.0',
      locale: 'fr',
    });
  });

  test('when the server cannot say who is signed in, then the page says why and tries again', async () => {
    let down = true;
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/facilitator/session': () =>
          down
            ? { status: 503, body: { code: 'unavailable', detail: 'maintenance' } }
            : { body: SESSION },
        'GET /api/questionnaires': () => ({ body: questionnaires }),
      }).fetch,
    );
    render(<FacilitatorPage route={{ view: 'previews' }} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/maintenance/);
    down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Aperçu des questionnaires',
    );
    expect(screen.getByRole('link', { name: /1\.1\.0/ }).getAttribute('href')).toBe(
      '#/animateur/apercu/asso/1.1.0',
    );
  });
});
