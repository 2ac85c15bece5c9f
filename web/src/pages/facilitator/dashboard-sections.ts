import { h } from '../../dom.js';
import { facilitatorApi } from '../../facilitator-api.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { downloadButton } from '../../components/download-button.js';
import type { Dashboard } from '../../workshop-types.js';

type Participant = Dashboard['participants'][number];

const score = (value: number | null) => (value === null ? '—' : formatNumber(value));
const percent = (share: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The three counts, large enough to read from the back of the room. */
export function countsSection(counts: Dashboard['counts']): HTMLElement {
  const item = (value: number, label: string, key: string) =>
    h(
      'div',
      { class: `count count-${key}`, 'data-count': key },
      h('span', { class: 'count-value' }, String(value)),
      h('span', { class: 'count-label' }, label),
    );
  return h(
    'div',
    { class: 'counts' },
    item(counts.joined, t('dashboard.counts.joined'), 'joined'),
    item(counts.inProgress, t('dashboard.counts.inProgress'), 'inProgress'),
    item(counts.submitted, t('dashboard.counts.submitted'), 'submitted'),
  );
}

/** The radar's figures as a table: the same numbers for screen readers and for a printout. */
export function areasTable(dashboard: Dashboard): HTMLElement {
  return h(
    'table',
    { class: 'scores group-scores' },
    h('caption', {}, t('dashboard.table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('results.table.area')),
        h('th', { scope: 'col' }, t('dashboard.table.mean')),
        h('th', { scope: 'col' }, t('dashboard.table.min')),
        h('th', { scope: 'col' }, t('dashboard.table.max')),
        h('th', { scope: 'col' }, t('dashboard.table.stdDev')),
        h('th', { scope: 'col' }, t('dashboard.table.count')),
      ),
    ),
    h(
      'tbody',
      {},
      ...dashboard.areas.map((area) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, area.title),
          h('td', {}, score(area.mean)),
          h('td', {}, score(area.min)),
          h('td', {}, score(area.max)),
          h('td', {}, score(area.stdDev)),
          h('td', {}, String(area.count)),
        ),
      ),
      h(
        'tr',
        { class: 'overall-row' },
        h('th', { scope: 'row' }, t('dashboard.table.overall')),
        h('td', {}, score(dashboard.overall.mean)),
        h('td', {}, ''),
        h('td', {}, ''),
        h('td', {}, ''),
        h('td', {}, String(dashboard.overall.count)),
      ),
    ),
  );
}

/** How many associations stand at each level, area by area. */
export function levelsTable(dashboard: Dashboard): HTMLElement {
  return h(
    'table',
    { class: 'scores level-counts' },
    h('caption', {}, t('dashboard.levels.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('results.table.area')),
        ...dashboard.levels.map((level) =>
          h(
            'th',
            { scope: 'col' },
            level.title,
            h('span', { class: 'meta range' }, ` ${level.min}–${level.max}`),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...dashboard.areas.map((area) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, area.title),
          ...dashboard.levels.map((level) => {
            const count = area.levels.find((l) => l.levelId === level.id)?.count ?? 0;
            return h('td', { class: count === 0 ? 'zero' : undefined }, String(count));
          }),
        ),
      ),
    ),
  );
}

/** How many priorities show at once: the rest wait behind a disclosure. */
const PRIORITIES_SHOWN = 10;

/** The recommendations most participants got, most shared first; the first ten in view. */
export function prioritiesList(dashboard: Dashboard): HTMLElement {
  if (dashboard.priorities.length === 0) return h('p', {}, t('dashboard.priorities.none'));
  const areaTitle = (id: string) => dashboard.areas.find((a) => a.id === id)?.title ?? id;
  const item = (priority: Dashboard['priorities'][number]) =>
    h(
      'li',
      {},
      h('span', { class: 'item-title' }, priority.title),
      h(
        'span',
        { class: 'meta' },
        `${areaTitle(priority.areaId)} · ${t('dashboard.priorities.share', {
          count: priority.count,
          share: percent(priority.share),
        })}`,
      ),
      h('span', { class: 'share-bar', 'aria-hidden': 'true' }, shareFill(priority.share)),
    );
  const first = dashboard.priorities.slice(0, PRIORITIES_SHOWN);
  const rest = dashboard.priorities.slice(PRIORITIES_SHOWN);
  return h(
    'div',
    {},
    h('ol', { class: 'priorities' }, ...first.map(item)),
    rest.length > 0
      ? h(
          'details',
          { class: 'more-priorities' },
          h('summary', {}, t('dashboard.priorities.more', { count: rest.length })),
          h('ol', { class: 'priorities', start: PRIORITIES_SHOWN + 1 }, ...rest.map(item)),
        )
      : null,
  );
}

/** Each participant: name, status, overall level, and their results and PDF once submitted. */
export function participantsTable(dashboard: Dashboard): HTMLElement {
  if (dashboard.participants.length === 0) return h('p', {}, t('dashboard.participants.none'));
  const workshopId = dashboard.workshop.id;
  const levelTitle = (id: string | null) => dashboard.levels.find((l) => l.id === id)?.title;
  let unnamed = 0;
  return h(
    'table',
    { class: 'scores participants' },
    h('caption', { class: 'visually-hidden' }, t('dashboard.participants.title')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('dashboard.participants.name')),
        h('th', { scope: 'col' }, t('dashboard.participants.status')),
        h('th', { scope: 'col' }, t('dashboard.participants.level')),
        h('th', { scope: 'col' }, t('dashboard.participants.answers')),
        h('th', { scope: 'col' }, t('dashboard.participants.actions')),
      ),
    ),
    h(
      'tbody',
      {},
      ...dashboard.participants.map((participant: Participant) => {
        const name =
          participant.associationName ?? t('dashboard.participants.unnamed', { n: (unnamed += 1) });
        const submitted = participant.status === 'submitted';
        const level = levelTitle(participant.overallLevel);
        return h(
          'tr',
          { 'data-response': participant.responseId },
          h('th', { scope: 'row', class: participant.associationName ? undefined : 'meta' }, name),
          h(
            'td',
            {},
            h(
              'span',
              { class: submitted ? 'status-submitted' : 'status-draft' },
              submitted ? t('dashboard.status.submitted') : t('dashboard.status.draft'),
            ),
          ),
          h(
            'td',
            {},
            submitted && participant.overallScore !== null
              ? `${level ?? '—'} (${formatNumber(participant.overallScore)})`
              : '—',
          ),
          h(
            'td',
            {},
            participant.shareAnswers
              ? t('dashboard.participants.shared')
              : t('dashboard.participants.scoresOnly'),
          ),
          h(
            'td',
            { class: 'participant-actions' },
            h(
              'div',
              {},
              submitted
                ? h(
                    'a',
                    {
                      href: `#/animateur/atelier/${workshopId}/participant/${participant.responseId}`,
                      id: `open-${participant.responseId}`,
                      'aria-label': t('dashboard.participants.open.label', { name }),
                    },
                    t('dashboard.participants.open'),
                  )
                : null,
              submitted ? participantPdf(workshopId, participant.responseId, name) : null,
            ),
          ),
        );
      }),
    ),
  );
}

function participantPdf(workshopId: string, responseId: string, name: string): HTMLElement {
  const control = downloadButton({
    id: `pdf-${responseId}`,
    label: t('dashboard.participants.pdf'),
    fallbackName: t('results.report.fileName'),
    fetch: () => facilitatorApi.participantReport(workshopId, responseId, locale()),
  });
  control
    .querySelector('button')!
    .setAttribute('aria-label', t('dashboard.participants.pdf.label', { name }));
  return control;
}

/** The bar's filled part, sized through the CSSOM: the Content-Security-Policy allows no style attribute. */
function shareFill(share: number): HTMLSpanElement {
  const fill = h('span', {});
  fill.style.width = `${Math.round(share * 100)}%`;
  return fill;
}
