import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type ResponseView } from '../api.js';
import { radarChart } from '../components/radar-chart.js';
import { announce, h, showPage } from '../dom.js';
import { formatNumber, locale, t, type MessageKey } from '../i18n.js';
import { forgetCurrent } from '../resume-link.js';
import { reportButton } from '../components/report-button.js';
import { showError } from './error-page.js';

const HORIZONS = ['quickWin', 'threeMonths', 'oneYear'] as const;

/** The radar, the levels in words, each area, and the action plan by horizon. */
export async function showResults(
  root: HTMLElement,
  credentials: Credentials,
  navigate: (path: string) => void,
): Promise<void> {
  let response: ResponseView;
  let questionnaire: Questionnaire;
  try {
    response = await api.response(credentials);
    if (response.status !== 'submitted') {
      navigate(`#/diagnostic/${credentials.id}/0`);
      return;
    }
    questionnaire = await api.questionnaire(response.questionnaireId, response.version);
  } catch (error) {
    showError(root, error, () => void showResults(root, credentials, navigate));
    return;
  }
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const levelOf = (id: string | null) => questionnaire.levels.find((l) => l.id === id);
  const areaTitle = (id: string) => text(questionnaire.areas.find((a) => a.id === id)!.title);
  const { profile } = response;
  const overallLevel = levelOf(profile.overall.level);
  const scoreText = (score: number | null, status: string) =>
    score !== null
      ? formatNumber(score)
      : status === 'notApplicable'
        ? t('results.notApplicable')
        : t('results.insufficient');

  const deleteButton = h('button', { type: 'button', class: 'danger' }, t('results.delete'));
  deleteButton.addEventListener('click', async () => {
    if (!window.confirm(t('results.delete.confirm'))) return;
    try {
      await api.remove(credentials);
      forgetCurrent();
      navigate('#/');
      announce(t('results.deleted'));
    } catch (error) {
      showError(root, error, () => void showResults(root, credentials, navigate));
    }
  });

  const items = response.actionPlan?.items ?? [];
  const saveState = document.getElementById('save-state');
  if (saveState) saveState.textContent = '';
  showPage(
    root,
    h(
      'section',
      { class: 'card overall' },
      h(
        'h1',
        {},
        t('results.title'),
        // The name on a line of its own, smaller: a long one stays readable on a phone. The
        // dash is for screen readers and copied text, which run the two together otherwise.
        response.associationName
          ? h(
              'span',
              { class: 'heading-name' },
              h('span', { class: 'visually-hidden' }, ' — '),
              response.associationName,
            )
          : null,
      ),
      h(
        'p',
        { class: 'overall-score' },
        profile.overall.score === null
          ? t('results.overall.none')
          : t('results.overall', { score: formatNumber(profile.overall.score) }),
      ),
      overallLevel
        ? h(
            'p',
            {},
            h('strong', {}, t('results.level', { level: text(overallLevel.title) })),
            ' — ',
            text(overallLevel.description),
          )
        : null,
      reportButton(credentials),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'radar-title' },
      h('h2', { id: 'radar-title' }, t('results.radar.title')),
      radarChart(
        profile.areas.map((a) => areaTitle(a.id)),
        [{ label: t('results.radar.dataset'), values: profile.areas.map((a) => a.score) }],
        questionnaire.levels.map((l) => l.min).filter((min) => min > 0),
      ),
      h(
        'p',
        { class: 'meta' },
        t('results.radar.levels', {
          levels: questionnaire.levels
            .map((l) => `${text(l.title)} (${l.min}–${l.max})`)
            .join(' · '),
        }),
      ),
      h(
        'table',
        { class: 'scores' },
        h('caption', {}, t('results.table.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('results.table.area')),
            h('th', { scope: 'col' }, t('results.table.score')),
            h('th', { scope: 'col' }, t('results.table.level')),
          ),
        ),
        h(
          'tbody',
          {},
          ...profile.areas.map((area) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, areaTitle(area.id)),
              h('td', {}, scoreText(area.score, area.status)),
              h('td', {}, levelOf(area.level) ? text(levelOf(area.level)!.title) : '—'),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'areas-title' },
      h('h2', { id: 'areas-title' }, t('results.areas.title')),
      ...profile.areas.map((area) => {
        const level = levelOf(area.level);
        return h(
          'article',
          { class: 'area' },
          h(
            'h3',
            {},
            area.score !== null
              ? t('results.area.score', {
                  area: areaTitle(area.id),
                  score: formatNumber(area.score),
                })
              : t('results.area.status', {
                  area: areaTitle(area.id),
                  status: scoreText(null, area.status),
                }),
          ),
          level
            ? h('p', {}, h('strong', {}, text(level.title)), ' — ', text(level.description))
            : null,
        );
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'plan-title' },
      h('h2', { id: 'plan-title' }, t('results.plan.title')),
      items.length === 0 ? h('p', {}, t('results.plan.empty')) : null,
      ...HORIZONS.map((horizon) =>
        planGroup(
          horizon,
          items.filter((i) => i.horizon === horizon),
          areaTitle,
        ),
      ),
    ),
    h('p', { class: 'actions' }, deleteButton, ' ', h('a', { href: '#/' }, t('results.home'))),
  );
}

function planGroup(
  horizon: (typeof HORIZONS)[number],
  items: ActionPlanItem[],
  areaTitle: (id: string) => string,
): HTMLElement | null {
  if (items.length === 0) return null;
  const grade = (value: string) => t(`results.grade.${value}` as MessageKey);
  return h(
    'div',
    { class: `horizon horizon-${horizon}` },
    h('h3', {}, t(`results.plan.${horizon}` as MessageKey)),
    h(
      'ol',
      { class: 'plan' },
      ...items.map((item) =>
        h(
          'li',
          {},
          // Collapsed by default: forty recommendations would be a very long page on a phone.
          h(
            'details',
            {},
            h(
              'summary',
              {},
              h('span', { class: 'item-title' }, item.title),
              ' ',
              h(
                'span',
                { class: 'meta' },
                `${areaTitle(item.areaId)} · ${t('results.plan.effort', { value: grade(item.effort) })} · ${t('results.plan.impact', { value: grade(item.impact) })}`,
              ),
            ),
            h('p', {}, item.text),
            item.resources.length > 0
              ? h(
                  'ul',
                  { class: 'resources', 'aria-label': t('results.plan.resources') },
                  ...item.resources.map((r) =>
                    h(
                      'li',
                      {},
                      h('a', { href: r.url, rel: 'noopener', target: '_blank' }, r.title),
                    ),
                  ),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}
