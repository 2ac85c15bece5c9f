// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { HomePage } from '../../../web/src/pages/home-page.js';
import { fakeApi } from './support/fake-api.js';

const ID = '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b';
const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

const summary = (id: string, title: string) => ({
  id,
  latest: '1.0.0',
  versions: ['1.0.0'],
  locales: ['fr', 'en'],
  title: { fr: title, en: `${title} (en)` },
  description: { fr: `À propos de ${title}`, en: `About ${title}` },
});

describe('the home page', () => {
  beforeEach(async () => {
    localStorage.clear();
    location.hash = '';
    await setLocale('fr');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when the questionnaires are listed, then each start button has its own name and no version shows', async () => {
    const api = fakeApi({
      'GET /api/questionnaires': () => ({
        body: { questionnaires: [summary('asso', 'Diagnostic'), summary('skills', 'Compétences')] },
      }),
    });
    vi.stubGlobal('fetch', api.fetch);

    render(<HomePage />);

    expect(
      await screen.findByRole('button', { name: 'Commencer le diagnostic : Diagnostic' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Commencer le diagnostic : Compétences' }),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Version|1\.0\.0/);
    expect(screen.getByRole('heading', { level: 3, name: 'Compétences' })).toBeTruthy();
    // Two to choose from: the hint says how they differ.
    expect(screen.getByText(/Deux questionnaires au choix/)).toBeTruthy();
    // The page's heading takes the focus, for keyboard and screen-reader users.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  test('when a questionnaire is started, then the response is kept on this device and its first step opens', async () => {
    const api = fakeApi({
      'GET /api/questionnaires': () => ({ body: { questionnaires: [summary('asso', 'Diag')] } }),
      'POST /api/responses': () => ({
        status: 201,
        body: { id: ID, token: TOKEN, questionnaireId: 'asso', version: '1.0.0' },
      }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<HomePage />);

    fireEvent.click(await screen.findByRole('button', { name: /^Commencer le diagnostic/ }));

    await waitFor(() => expect(location.hash).toBe(`#/diagnostic/${ID}/0`));
    expect(api.sent.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/responses',
      body: { questionnaireId: 'asso', locale: 'fr' },
    });
    expect(JSON.parse(localStorage.getItem('assoradar.current')!)).toEqual({
      id: ID,
      token: TOKEN,
    });
  });

  test('when the list cannot be fetched, then the page says so and a retry fetches it again', async () => {
    let calls = 0;
    const api = fakeApi({
      'GET /api/questionnaires': () =>
        ++calls === 1
          ? { status: 429, body: { code: 'rate_limited', status: 429 } }
          : { body: { questionnaires: [summary('asso', 'Diag')] } },
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<HomePage />);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trop de demandes depuis cette connexion. Attendez une minute, puis réessayez.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('button', { name: /^Commencer le diagnostic/ })).toBeTruthy();
  });

  test('when a diagnosis is in progress on this device, then resuming it is the first thing after the title', async () => {
    localStorage.setItem('assoradar.current', JSON.stringify({ id: ID, token: TOKEN }));
    const api = fakeApi({
      'GET /api/questionnaires': () => ({ body: { questionnaires: [summary('asso', 'Diag')] } }),
    });
    vi.stubGlobal('fetch', api.fetch);

    render(<HomePage />);

    const resume = await screen.findByRole('link', { name: 'Reprendre mon diagnostic en cours' });
    expect(resume.getAttribute('href')).toBe(`#/diagnostic/${ID}/0`);
    const heading = screen.getByRole('heading', { level: 1 });
    const [first] = [...document.querySelectorAll('a, button, input')];
    expect(first).toBe(resume);
    expect(heading.compareDocumentPosition(resume) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('when a pasted resume link is not one, then the field is marked invalid and nothing opens', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({ 'GET /api/questionnaires': () => ({ body: { questionnaires: [] } }) }).fetch,
    );
    render(<HomePage />);
    const field = await screen.findByLabelText('Collez votre lien de reprise');

    fireEvent.input(field, { target: { value: 'https://example.org/#/nothing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));

    expect(await screen.findByText(/n’est pas un lien de reprise/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(location.hash).toBe('');
  });

  test('when a resume link is pasted, then its diagnosis is kept on this device and opens', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({ 'GET /api/questionnaires': () => ({ body: { questionnaires: [] } }) }).fetch,
    );
    render(<HomePage />);
    const field = await screen.findByLabelText('Collez votre lien de reprise');

    fireEvent.input(field, {
      target: { value: ` https://asso.example/#/reprendre/${ID}/${TOKEN} ` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));

    expect(location.hash).toBe(`#/diagnostic/${ID}/0`);
    expect(JSON.parse(localStorage.getItem('assoradar.current')!)).toEqual({
      id: ID,
      token: TOKEN,
    });
  });

  test('when a join code is typed with spaces and lower case, then the workshop page opens; a wrong one is refused', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({ 'GET /api/questionnaires': () => ({ body: { questionnaires: [] } }) }).fetch,
    );
    render(<HomePage />);
    const code = await screen.findByLabelText('Code de l’atelier');

    fireEvent.input(code, { target: { value: '!!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(location.hash).toBe('');

    fireEvent.input(code, { target: { value: 'k7m 2qx' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));
    expect(location.hash).toBe('#/atelier/K7M2QX');
  });

  test('when the page is in English, then it reads in English with the English titles', async () => {
    await setLocale('en');
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /api/questionnaires': () => ({ body: { questionnaires: [summary('asso', 'Diag')] } }),
      }).fetch,
    );
    render(<HomePage />);

    expect(await screen.findByRole('heading', { level: 3, name: 'Diag (en)' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
