import { ApiError, type Credentials } from '../api.js';
import { centreLabel } from '../centre-label.js';
import { announce, h } from '../dom.js';
import { t } from '../i18n.js';
import { formatDate } from '../format-date.js';
import { normalizeJoinCode } from '../join-code.js';
import { shareApi } from '../share-api.js';
import type { CentreShare } from '../share-types.js';

/**
 * "Share with a support centre", on the results of a submitted diagnosis: the code the centre
 * gave, the centre's name it opens, a consent box that says exactly what the centre will see and
 * that it can be withdrawn, then the list of centres, each with its "withdraw" button.
 */
export function shareSection(credentials: Credentials): HTMLElement {
  const list = h('div', { class: 'share-list' });
  const status = h('div', { class: 'share-status', 'aria-live': 'polite' });
  const code = h('input', {
    type: 'text',
    id: 'share-code',
    name: 'shareCode',
    class: 'code-input',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    'aria-describedby': 'share-code-hint',
  });
  const lookUp = h('button', { type: 'submit' }, t('share.lookUp'));
  const confirmation = h('div', { class: 'share-confirm' });
  const say = (message: string, kind: 'error' | 'ok' = 'ok') =>
    status.replaceChildren(
      h('p', kind === 'error' ? { class: 'error', role: 'alert' } : {}, message),
    );
  const problem = (error: unknown) =>
    error instanceof ApiError && error.offline
      ? t('error.network')
      : error instanceof ApiError && error.status === 429
        ? t('error.tooMany')
        : t('share.failed');

  const refresh = async () => {
    try {
      const { shares } = await shareApi.list(credentials);
      list.replaceChildren(sharesList(shares));
    } catch (error) {
      list.replaceChildren(h('p', { class: 'error' }, problem(error)));
    }
  };

  function sharesList(shares: CentreShare[]): HTMLElement {
    if (shares.length === 0) return h('p', { class: 'meta' }, t('share.none'));
    return h(
      'ul',
      { class: 'share-centres' },
      ...shares.map((share) => {
        const centre = centreLabel(share.centreName);
        const withdraw = h(
          'button',
          {
            type: 'button',
            class: 'danger',
            'aria-label': t('share.withdraw.label', { centre }),
          },
          t('share.withdraw'),
        );
        withdraw.addEventListener('click', async () => {
          try {
            await shareApi.withdraw(credentials, share.facilitatorId);
            say(t('share.withdrawn', { centre }));
            announce(t('share.withdrawn', { centre }));
            await refresh();
            code.focus();
          } catch (error) {
            say(problem(error), 'error');
          }
        });
        return h(
          'li',
          {},
          h('span', {}, t('share.with', { centre, date: formatDate(share.consentedAt) })),
          ' ',
          withdraw,
        );
      }),
    );
  }

  const form = h(
    'form',
    { class: 'share-form', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: code.id }, t('share.code')),
      h('p', { class: 'help', id: 'share-code-hint' }, t('share.code.hint')),
      h('div', { class: 'copy-row' }, code, lookUp),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    confirmation.replaceChildren();
    status.replaceChildren();
    code.removeAttribute('aria-invalid');
    const typed = normalizeJoinCode(code.value);
    if (!typed) {
      code.setAttribute('aria-invalid', 'true');
      code.focus();
      return say(t('share.code.missing'), 'error');
    }
    try {
      const { centreName } = await shareApi.centre(typed);
      confirmation.replaceChildren(consentStep(typed, centreLabel(centreName)));
      confirmation.querySelector<HTMLElement>('input')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        code.setAttribute('aria-invalid', 'true');
        code.focus();
        return say(t('share.code.unknown'), 'error');
      }
      say(problem(error), 'error');
    }
  });

  function consentStep(shareCode: string, centre: string): HTMLElement {
    const consent = h('input', { type: 'checkbox', id: 'share-consent' });
    const confirm = h('button', { type: 'button', class: 'primary' }, t('share.confirm'));
    const cancel = h('button', { type: 'button', class: 'link' }, t('share.cancel'));
    cancel.addEventListener('click', () => {
      confirmation.replaceChildren();
      code.focus();
    });
    confirm.addEventListener('click', async () => {
      if (!consent.checked) {
        consent.setAttribute('aria-invalid', 'true');
        consent.focus();
        return say(t('share.consent.missing'), 'error');
      }
      try {
        const share = await shareApi.share(credentials, shareCode);
        confirmation.replaceChildren();
        code.value = '';
        const centre = centreLabel(share.centreName);
        say(t('share.done', { centre }));
        announce(t('share.done', { centre }));
        await refresh();
      } catch (error) {
        say(
          error instanceof ApiError && error.code === 'share_code_not_found'
            ? t('share.code.unknown')
            : problem(error),
          'error',
        );
      }
    });
    return h(
      'div',
      { class: 'field consent' },
      h('p', { class: 'share-question' }, t('share.question', { centre })),
      h(
        'label',
        { class: 'choice', for: consent.id },
        consent,
        h('span', {}, t('share.consent', { centre })),
      ),
      h('div', { class: 'share-buttons' }, confirm, ' ', cancel),
    );
  }

  void refresh();
  return h(
    'section',
    { class: 'card share', 'aria-labelledby': 'share-title' },
    h('h2', { id: 'share-title' }, t('share.title')),
    h('p', {}, t('share.intro')),
    list,
    form,
    confirmation,
    status,
  );
}
