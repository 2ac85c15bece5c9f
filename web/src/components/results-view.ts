import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { ResponseView } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, locale, t, type MessageKey } from '../i18n.js';
import { formatDate } from '../format-date.js';
import { progressSection } from './progress-section.js';
import { radarChart, type RadarSeries } from './radar-chart.js';

const HORIZONS = ['quickWin', 'threeMonths', 'oneYear'] as const;

/** What the view draws: a stored response, or the facilitator's preview computed in the browser. */
export type ResultsData = Pick<
  ResponseView,
  'profile' | 'actionPlan' | 'peerComparison' | 'progress' | 'associationName'
>;

export interface ResultsViewOptions {
  /** The page's heading (the association's name is added under it). */
  title: string;
  /** The control that downloads the PDF, at the top. */
  report: HTMLElement;
  /** Sections after the action plan (the answers, for a facilitator allowed to see them). */
  extra?: Node[];
  /** The radar's name for this response's polygon ("Votre association" by default). */
  seriesLabel?: string;
  /** The links and buttons at the bottom. */
  actions: Array<Node | string>;
}

/**
 * A submitted response's results: the overall index and level, the radar (with the peer group's
 * average when there is one) and its table, each area, and the action plan by horizon. The
 * volunteer's results page and the facilitator's view of a participant both draw it.
 */
export function resultsView(
  response: ResultsData,
  questionnaire: Questionnaire,
  options: ResultsViewOptions,
): Node[] {
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

  const items = response.actionPlan?.items ?? [];
  // The average of associations of the same budget, when the server has a group of five or more.
  const peers = response.peerComparison ?? null;
  const peerScore = (areaId: string) => peers?.scores[areaId] ?? null;
  const series: RadarSeries[] = [
    {
      label: options.seriesLabel ?? t('results.radar.dataset'),
      values: profile.areas.map((a) => a.score),
    },
  ];
  // The previous diagnosis, when this one was taken again: the comparison that matters most,
  // so the peer group's average then steps back to a faint line.
  const { progress } = response;
  if (progress) {
    series.push({
      label: t('results.progress.dataset', { date: formatDate(progress.previous.submittedAt) }),
      values: profile.areas.map((a) => progress.previous.scores[a.id] ?? null),
    });
  }
  if (peers) {
    series.push({
      label: t('results.peers.dataset', { n: peers.groupSize }),
      values: profile.areas.map((a) => peerScore(a.id)),
      faint: progress !== null,
    });
  }
  return [
    h(
      'section',
      { class: 'card overall' },
      h(
        'h1',
        {},
        options.title,
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
      options.report,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'radar-title' },
      h('h2', { id: 'radar-title' }, t('results.radar.title')),
      radarChart(
        profile.areas.map((a) => areaTitle(a.id)),
        series,
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
      peers
        ? h(
            'p',
            { class: 'peers-note' },
            t(progress ? 'results.peers.noteFaint' : 'results.peers.note', { n: peers.groupSize }),
          )
        : null,
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
            peers
              ? h('th', { scope: 'col' }, t('results.peers.column', { n: peers.groupSize }))
              : null,
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
              peers
                ? h('td', {}, peerScore(area.id) === null ? '—' : formatNumber(peerScore(area.id)!))
                : null,
            ),
          ),
        ),
      ),
    ),
    ...(progress ? [progressSection(progress, questionnaire)] : []),
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
    ...(options.extra ?? []),
    h('p', { class: 'actions' }, ...options.actions),
  ];
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
