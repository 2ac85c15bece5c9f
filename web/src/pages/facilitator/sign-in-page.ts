import { ApiError } from '../../api.js';
import { h, showPage } from '../../dom.js';
import { facilitatorApi, takeExpiredNotice } from '../../facilitator-api.js';
import { t } from '../../i18n.js';

/** The facilitator's sign-in: an account made by the operator (CLI), an e-mail and a password. */
export function showSignIn(root: HTMLElement, signedIn: () => void): void {
  const email = h('input', {
    type: 'email',
    id: 'signin-email',
    name: 'email',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
  });
  const password = h('input', {
    type: 'password',
    id: 'signin-password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const button = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const problem = h('div', { class: 'signin-problem', 'aria-live': 'assertive' });
  const form = h(
    'form',
    { class: 'signin-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: email.id }, t('signin.email')), email),
    h('div', { class: 'field' }, h('label', { for: password.id }, t('signin.password')), password),
    button,
    problem,
  );
  if (takeExpiredNotice()) {
    problem.replaceChildren(
      h('p', { class: 'notice', role: 'status' }, t('facilitator.signedOut')),
    );
  }
  const fail = (message: string, field?: HTMLInputElement) => {
    problem.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
    for (const input of [email, password]) input.removeAttribute('aria-invalid');
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.getAttribute('aria-disabled') === 'true') return;
    if (!email.value.trim()) return fail(t('signin.missingEmail'), email);
    if (!password.value) return fail(t('signin.missingPassword'), password);
    button.setAttribute('aria-disabled', 'true');
    button.textContent = t('signin.submitting');
    try {
      await facilitatorApi.signIn(email.value.trim(), password.value);
      signedIn();
    } catch (error) {
      password.value = '';
      fail(
        signInProblem(error),
        error instanceof ApiError && error.status === 401 ? password : undefined,
      );
    } finally {
      button.removeAttribute('aria-disabled');
      button.textContent = t('signin.submit');
    }
  });
  showPage(
    root,
    h(
      'section',
      { class: 'card signin' },
      h('h1', {}, t('signin.title')),
      h('p', {}, t('signin.intro')),
      form,
    ),
  );
}

function signInProblem(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('error.network');
  if (error instanceof ApiError && error.status === 401) return t('signin.invalid');
  if (error instanceof ApiError && error.status === 429) return t('signin.tooMany');
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
