import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api, ApiError, type QuestionnaireSummary } from '../../api.js';
import { h, showPage } from '../../dom.js';
import { facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { displayJoinCode, formatWorkshopDate } from '../../join-code.js';
import type { FacilitatorSession, Workshop } from '../../workshop-types.js';
import { showError } from '../error-page.js';
import { paperLinks, paperPdfUrl } from '../../components/paper-links.js';
import { facilitatorHeader } from './facilitator-header.js';

const TITLE_MAX = 200;

/** The facilitator's workshops, newest first, and the form that creates one. */
export async function showWorkshops(
  root: HTMLElement,
  session: FacilitatorSession,
  navigate: (path: string) => void,
): Promise<void> {
  let workshops: Workshop[];
  let questionnaires: QuestionnaireSummary[];
  try {
    [{ workshops }, { questionnaires }] = await Promise.all([
      facilitatorApi.workshops(),
      api.listQuestionnaires(),
    ]);
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
    showError(root, error, () => void showWorkshops(root, session, navigate));
    return;
  }
  showPage(
    root,
    facilitatorHeader(session, navigate),
    h('h1', {}, t('workshops.title')),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'workshop-list-title' },
      h('h2', { id: 'workshop-list-title' }, t('workshops.list')),
      workshops.length === 0
        ? h('p', {}, t('workshops.none'))
        : h(
            'ul',
            { class: 'workshop-list' },
            ...workshops.map((w) =>
              h(
                'li',
                {},
                h('a', { href: `#/animateur/atelier/${w.id}` }, w.title),
                h(
                  'span',
                  { class: 'meta' },
                  ` · ${formatWorkshopDate(w.date, locale())} · ${t('workshops.code', { code: displayJoinCode(w.joinCode) })} · `,
                  h(
                    'span',
                    { class: w.open ? 'status-open' : 'status-closed' },
                    w.open ? t('workshop.open') : t('workshop.closed'),
                  ),
                ),
              ),
            ),
          ),
    ),
    creationForm(questionnaires, navigate),
    ...questionnaires.slice(0, 1).map((q) =>
      paperLinks(
        {
          href: paperPdfUrl(q.id, q.latest, locale()),
          label: t('paper.printOf', {
            title: localize(q.title, locale(), q.locales[0] ?? 'fr'),
            version: q.latest,
          }),
        },
        '#/animateur/saisie',
      ),
    ),
  );
}

function creationForm(
  questionnaires: QuestionnaireSummary[],
  navigate: (path: string) => void,
): HTMLElement {
  const lang = locale();
  const title = h('input', {
    type: 'text',
    id: 'workshop-title',
    name: 'title',
    required: true,
    maxlength: TITLE_MAX,
  });
  const date = h('input', {
    type: 'date',
    id: 'workshop-date',
    name: 'date',
    required: true,
    value: localDay(new Date()),
  });
  const questionnaire = h(
    'select',
    { id: 'workshop-questionnaire', name: 'questionnaireId' },
    ...questionnaires.map((q) =>
      h('option', { value: q.id }, localize(q.title, lang, q.locales[0] ?? 'fr')),
    ),
  );
  const version = h('select', { id: 'workshop-version', name: 'version' });
  const language = h('select', { id: 'workshop-locale', name: 'locale' });
  const closesAt = h('input', {
    type: 'datetime-local',
    id: 'workshop-closes',
    name: 'closesAt',
    'aria-describedby': 'workshop-closes-hint',
  });
  // The versions and languages of the questionnaire chosen; the latest version by default.
  const fillChoices = () => {
    const chosen = questionnaires.find((q) => q.id === questionnaire.value);
    version.replaceChildren(
      ...(chosen?.versions ?? [])
        .slice()
        .reverse()
        .map((v) =>
          h(
            'option',
            { value: v, selected: v === chosen?.latest },
            v === chosen?.latest ? t('workshops.form.latest', { version: v }) : v,
          ),
        ),
    );
    language.replaceChildren(
      ...(chosen?.locales ?? []).map((code) =>
        h(
          'option',
          { value: code, selected: code === lang },
          code === 'fr' || code === 'en' ? t(`lang.${code}`) : code,
        ),
      ),
    );
  };
  questionnaire.addEventListener('change', fillChoices);
  fillChoices();

  const button = h('button', { type: 'submit', class: 'primary' }, t('workshops.form.create'));
  const problem = h('div', { class: 'create-problem', 'aria-live': 'polite' });
  const field = (control: HTMLElement, label: string, hint?: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: control.id }, label),
      hint ? h('p', { class: 'help', id: `${control.id}-hint` }, hint) : null,
      control,
    );
  const form = h(
    'form',
    { class: 'create-form', novalidate: true },
    field(title, t('workshops.form.title')),
    field(date, t('workshops.form.date')),
    field(questionnaire, t('workshops.form.questionnaire')),
    h(
      'div',
      { class: 'field-row' },
      field(version, t('workshops.form.version')),
      field(language, t('workshops.form.locale')),
    ),
    field(closesAt, t('workshops.form.closesAt'), t('workshops.form.closesAt.hint')),
    button,
    problem,
  );
  const fail = (message: string, input?: HTMLElement) => {
    problem.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.getAttribute('aria-disabled') === 'true') return;
    for (const input of [title, date, closesAt]) input.removeAttribute('aria-invalid');
    if (!title.value.trim()) return fail(t('workshops.form.missingTitle'), title);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return fail(t('workshops.form.missingDate'), date);
    // datetime-local is the facilitator's local time: sent as an instant.
    const closing = closesAt.value ? new Date(closesAt.value) : undefined;
    if (closing && Number.isNaN(closing.getTime()))
      return fail(t('workshops.form.badClosing'), closesAt);
    button.setAttribute('aria-disabled', 'true');
    try {
      const created = await facilitatorApi.create({
        title: title.value.trim(),
        date: date.value,
        questionnaireId: questionnaire.value,
        ...(version.value ? { version: version.value } : {}),
        ...(language.value ? { locale: language.value } : {}),
        ...(closing ? { closesAt: closing.toISOString() } : {}),
      });
      navigate(`#/animateur/atelier/${created.id}`);
    } catch (error) {
      if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
      const pointer = error instanceof ApiError ? error.errors[0]?.pointer : undefined;
      const input = { '/title': title, '/date': date, '/closesAt': closesAt }[pointer ?? ''];
      fail(
        error instanceof ApiError && error.offline
          ? t('error.network')
          : t('workshops.form.refused', {
              detail:
                error instanceof ApiError
                  ? (error.errors[0]?.detail ?? error.message)
                  : String(error),
            }),
        input,
      );
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, t('workshops.create')),
    form,
  );
}

/** Today as YYYY-MM-DD in the facilitator's time zone (toISOString would give UTC's day). */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
