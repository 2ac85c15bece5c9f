// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SignInPage } from '../../../../web/src/pages/facilitator/sign-in-page.js';
import { fakeApi } from '../support/fake-api.js';
import { SESSION, facilitatorFrench } from './support.js';

const fill = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

describe('the sign-in page', () => {
  beforeEach(facilitatorFrench);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test('when the e-mail is missing, then nothing is sent and the field says why, focused', async () => {
    const api = fakeApi({});
    vi.stubGlobal('fetch', api.fetch);
    render(<SignInPage onSignedIn={() => {}} />);
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('Saisissez votre adresse e-mail.');
    const email = screen.getByLabelText('Adresse e-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(api.sent).toHaveLength(0);
  });

  test('when the password is wrong, then it is emptied and focused, and the page says so', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'POST /api/facilitator/session': () => ({
          status: 401,
          body: { code: 'invalid_credentials', detail: 'no' },
        }),
      }).fetch,
    );
    render(<SignInPage onSignedIn={() => {}} />);
    fill('Adresse e-mail', 'anim@example.org');
    fill('Mot de passe', 'pas le bon');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    const password = screen.getByLabelText<HTMLInputElement>('Mot de passe');
    expect(password.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  test('when the account is right, then the session is sent for and the page goes on', async () => {
    const api = fakeApi({ 'POST /api/facilitator/session': () => ({ body: SESSION }) });
    vi.stubGlobal('fetch', api.fetch);
    const signedIn = vi.fn();
    render(<SignInPage onSignedIn={signedIn} />);
    fill('Adresse e-mail', '  anim@example.org ');
    fill('Mot de passe', 'secret');
    submit();
    await waitFor(() => expect(signedIn).toHaveBeenCalledOnce());
    expect(api.sent[0]!.body).toEqual({ email: 'anim@example.org', password: 'secret' });
  });
});
