import { api, ApiError } from '../api.js';
import { joinBox } from '../components/join-box-legacy.js';
import { hintedField, startDiagnosisForm } from '../components/start-diagnosis-form.js';
import { h, showPage } from '../dom.js';
import { t } from '../i18n.js';
import { formatCalendarDate } from '../format-date.js';
import { displayJoinCode } from '../join-code.js';
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
    h('span', { class: 'heading-name' }, formatCalendarDate(workshop.date)),
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
  });
  const consent = h('input', {
    type: 'checkbox',
    id: 'join-consent',
    name: 'share-answers',
    'aria-describedby': 'join-consent-hint',
  });
  const form = startDiagnosisForm({
    fields: [
      hintedField(name, t('join.name.label'), t('join.name.hint')),
      h(
        'div',
        { class: 'field consent' },
        h('label', { class: 'choice', for: consent.id }, consent, h('span', {}, t('join.consent'))),
        h('p', { class: 'help', id: 'join-consent-hint' }, t('join.consent.hint')),
      ),
    ],
    buttonId: 'join-start',
    labels: { start: t('join.start'), starting: t('join.starting') },
    start: () => {
      const associationName = name.value.trim();
      return api.join(code, {
        ...(associationName ? { associationName } : {}),
        shareAnswers: consent.checked,
      });
    },
    problem: joinProblem,
    navigate,
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
