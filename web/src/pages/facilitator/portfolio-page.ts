import { ApiError } from '../../api.js';
import { downloadButton } from '../../components/download-button.js';
import { announce, h, showPage } from '../../dom.js';
import { facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import type { PortfolioEntry, ShareCodeView, FacilitatorProfile } from '../../share-types.js';
import type { FacilitatorSession } from '../../workshop-types.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';
import { progressText } from './progress-text.js';

const NAME_MAX = 120;

/**
 * The associations that share their diagnoses with the facilitator's centre: the share code in
 * large type (for a projector) with its renewal, the centre's name associations see, and the
 * table of associations with their latest level and progress, the CSV and each one's results.
 */
export async function showPortfolio(
  root: HTMLElement,
  session: FacilitatorSession,
  navigate: (path: string) => void,
): Promise<void> {
  let code: ShareCodeView;
  let profile: FacilitatorProfile;
  let entries: PortfolioEntry[];
  try {
    [code, profile, { entries }] = await Promise.all([
      facilitatorApi.shareCode(),
      facilitatorApi.profile(),
      facilitatorApi.portfolio(locale()),
    ]);
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
    showError(root, error, () => void showPortfolio(root, session, navigate));
    return;
  }
  showPage(
    root,
    facilitatorHeader(session, navigate),
    h('h1', {}, t('portfolio.title')),
    shareCodePanel(code, profile),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'portfolio-list-title' },
      h('h2', { id: 'portfolio-list-title' }, t('portfolio.list')),
      entries.length === 0 ? h('p', {}, t('portfolio.none')) : portfolioTable(entries),
      entries.length === 0
        ? null
        : downloadButton({
            id: 'portfolio-csv',
            label: t('portfolio.csv'),
            fallbackName: 'portfolio.csv',
            fetch: () => facilitatorApi.portfolioCsv(locale()),
          }),
    ),
  );
}

/** What the facilitator is told associations see of the centre (never its address). */
function seenAsText(centre: string | null): string {
  return centre === null ? t('portfolio.seenAs.unnamed') : t('portfolio.seenAs', { centre });
}

function shareCodePanel(initial: ShareCodeView, profile: FacilitatorProfile): HTMLElement {
  const codeText = h(
    'p',
    { class: 'join-code', id: 'share-code-value', 'data-code': initial.shareCode },
    displayJoinCode(initial.shareCode),
  );
  const seenAs = h('p', { id: 'share-seen-as' }, seenAsText(initial.centreName));
  const status = h('div', { 'aria-live': 'polite' });
  const say = (message: string, error = false) =>
    status.replaceChildren(h('p', error ? { class: 'error', role: 'alert' } : {}, message));
  const failure = (error: unknown) =>
    error instanceof ApiError && error.offline ? t('error.network') : t('portfolio.failed');

  const renew = h('button', { type: 'button', id: 'renew-share-code' }, t('portfolio.renew'));
  renew.addEventListener('click', async () => {
    if (!window.confirm(t('portfolio.renew.confirm'))) return;
    try {
      const renewed = await facilitatorApi.renewShareCode();
      codeText.dataset.code = renewed.shareCode;
      codeText.textContent = displayJoinCode(renewed.shareCode);
      say(t('portfolio.renewed', { code: displayJoinCode(renewed.shareCode) }));
      announce(t('portfolio.renewed', { code: displayJoinCode(renewed.shareCode) }));
    } catch (error) {
      say(failure(error), true);
    }
  });

  const name = h('input', {
    type: 'text',
    id: 'centre-name',
    name: 'displayName',
    maxlength: NAME_MAX,
    value: profile.displayName ?? '',
    'aria-describedby': 'centre-name-hint',
  });
  const form = h(
    'form',
    { class: 'centre-name-form', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: name.id }, t('portfolio.name')),
      h('p', { class: 'help', id: 'centre-name-hint' }, t('portfolio.name.hint')),
      h(
        'div',
        { class: 'copy-row' },
        name,
        h('button', { type: 'submit' }, t('portfolio.name.save')),
      ),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await facilitatorApi.setCentreName(name.value.trim() || null);
      seenAs.textContent = seenAsText(saved.displayName);
      say(t('portfolio.name.saved'));
    } catch (error) {
      say(failure(error), true);
    }
  });

  return h(
    'section',
    { class: 'card share-code-panel', 'aria-labelledby': 'share-code-title' },
    h('h2', { id: 'share-code-title' }, t('portfolio.code.title')),
    h('p', { class: 'help' }, t('portfolio.code.hint')),
    codeText,
    seenAs,
    renew,
    form,
    status,
  );
}

function portfolioTable(entries: PortfolioEntry[]): HTMLElement {
  let unnamed = 0;
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'scores portfolio' },
      h('caption', { class: 'visually-hidden' }, t('portfolio.list')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('portfolio.column.association')),
          h('th', { scope: 'col' }, t('portfolio.column.level')),
          h('th', { scope: 'col' }, t('portfolio.column.progress')),
          h('th', { scope: 'col' }, t('portfolio.column.plan')),
        ),
      ),
      h(
        'tbody',
        {},
        ...entries.map((entry) => {
          const name =
            entry.associationName ?? t('dashboard.participants.unnamed', { n: (unnamed += 1) });
          const { score, levelTitle } = entry.latest.overall;
          return h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h(
                'a',
                {
                  href: `#/animateur/portfolio/${entry.chainId}`,
                  'aria-label': t('portfolio.open.label', { name }),
                },
                name,
              ),
              h(
                'span',
                { class: 'meta entry-meta' },
                t('portfolio.entryMeta', {
                  questionnaire: entry.questionnaire.title,
                  date: formatDay(entry.latest.submittedAt),
                }),
              ),
            ),
            h(
              'td',
              { 'data-label': t('portfolio.column.level') },
              levelTitle ?? '—',
              score === null ? '' : ` (${formatNumber(score)}\u00a0/\u00a0100)`,
            ),
            h('td', { 'data-label': t('portfolio.column.progress') }, progressCell(entry)),
            h(
              'td',
              { 'data-label': t('portfolio.column.plan') },
              entry.plan
                ? t('portfolio.plan.counts', {
                    done: entry.plan.done,
                    total: entry.plan.total,
                    inProgress: entry.plan.inProgress,
                  })
                : h('span', { class: 'meta' }, t('portfolio.plan.none')),
            ),
          );
        }),
      ),
    ),
  );
}

function progressCell(entry: PortfolioEntry): Node {
  if (!entry.progress) return h('span', { class: 'meta' }, t('portfolio.progress.first'));
  const { points, levelSteps } = entry.progress.overall;
  const direction = points === null || points === 0 ? 'same' : points > 0 ? 'up' : 'down';
  return h(
    'span',
    { class: `progress progress-${direction}` },
    h('span', { 'aria-hidden': 'true' }, { up: '▲ ', down: '▼ ', same: '= ' }[direction]),
    progressText(points, levelSteps),
  );
}

function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}
