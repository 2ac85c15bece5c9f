import { api, ApiError } from '../api.js';
import { joinBox } from '../components/join-box.js';
import { h, showPage } from '../dom.js';
import { locale, t } from '../i18n.js';
import { displayJoinCode, formatWorkshopDate } from '../join-code.js';
import { rememberCurrent } from '../resume-link.js';
import type { JoinableWorkshop } from '../workshop-types.js';
import { showError } from './error-page.js';

/** The API's limit (src/domain/response/association-name.ts). */
const ASSOCIATION_NAME_MAX = 200;

/**
 * A workshop's page for its participants (#/atelier/K7M2QX, what the QR code opens): its title
 * and date, the association's name (optional) and the consent to show the answers themselves to
 * the facilitator, unticked unless the participant ticks it.
 */
export async function showJoin(
  root: HTMLElement,
  code: string,
  navigate: (path: string) => void,
): Promise<void> {
  let workshop: JoinableWorkshop;
  root.replaceChildren(h('p', { role: 'status' }, t('join.loading')));
  try {
    workshop = await api.workshopByCode(code);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      showUnknown(root, code, navigate);
      return;
    }
    showError(root, error, () => void showJoin(root, code, navigate));
    return;
  }
  const heading = h(
    'h1',
    {},
    workshop.title,
    h('span', { class: 'heading-name' }, formatWorkshopDate(workshop.date, locale())),
  );
  if (!workshop.open) {
    showPage(
      root,
      h(
        'section',
        { class: 'card join' },
        heading,
        h('p', { class: 'error', role: 'alert' }, t('join.closed')),
        h('p', {}, h('a', { href: '#/' }, t('join.closed.alone'))),
      ),
    );
    return;
  }

  const name = h('input', {
    type: 'text',
    id: 'join-name',
    name: 'association-name',
    maxlength: ASSOCIATION_NAME_MAX,
    autocomplete: 'organization',
    'aria-describedby': 'join-name-hint',
  });
  const consent = h('input', {
    type: 'checkbox',
    id: 'join-consent',
    name: 'share-answers',
    'aria-describedby': 'join-consent-hint',
  });
  const start = h(
    'button',
    { type: 'submit', class: 'primary', id: 'join-start' },
    t('join.start'),
  );
  const problem = h('div', { class: 'join-problem', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'join-form' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: name.id }, t('join.name.label')),
      h('p', { class: 'help', id: 'join-name-hint' }, t('join.name.hint')),
      name,
    ),
    h(
      'div',
      { class: 'field consent' },
      h('label', { class: 'choice', for: consent.id }, consent, h('span', {}, t('join.consent'))),
      h('p', { class: 'help', id: 'join-consent-hint' }, t('join.consent.hint')),
    ),
    start,
    problem,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (start.getAttribute('aria-disabled') === 'true') return;
    start.setAttribute('aria-disabled', 'true');
    start.textContent = t('join.starting');
    problem.replaceChildren();
    try {
      const associationName = name.value.trim();
      const started = await api.join(code, {
        ...(associationName ? { associationName } : {}),
        shareAnswers: consent.checked,
      });
      rememberCurrent(started);
      navigate(`#/diagnostic/${started.id}/0`);
    } catch (error) {
      start.removeAttribute('aria-disabled');
      start.textContent = t('join.start');
      problem.replaceChildren(h('p', { class: 'error', role: 'alert' }, joinProblem(error)));
    }
  });

  showPage(
    root,
    h(
      'section',
      { class: 'card join' },
      h('p', { class: 'eyebrow' }, t('join.eyebrow', { code: displayJoinCode(code) })),
      heading,
      h('p', {}, t('join.intro')),
      form,
    ),
  );
}

function joinProblem(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('error.network');
  if (error instanceof ApiError && error.code === 'workshop_closed') return t('join.closed');
  if (error instanceof ApiError && error.status === 404) return t('join.unknown.short');
  if (error instanceof ApiError && error.status === 400)
    return t('join.invalid', { detail: error.errors[0]?.detail ?? error.message });
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}

/** An unknown code: said plainly, with the box to type it again. */
function showUnknown(root: HTMLElement, code: string, navigate: (path: string) => void): void {
  showPage(
    root,
    h(
      'section',
      { class: 'card join' },
      h('h1', {}, t('join.unknown.title')),
      h('p', { class: 'error', role: 'alert' }, t('join.unknown', { code: displayJoinCode(code) })),
    ),
    joinBox(navigate),
  );
}
