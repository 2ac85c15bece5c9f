import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import type { TeamView } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, locale, t } from '../i18n.js';
import { groupRadar } from './group-radar.js';

/** The team's radar (the mean in ink, the range as a band, each member faintly) and its table. */
export function teamProfile(team: TeamView, questionnaire: Questionnaire): HTMLElement {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areaTitle = (id: string) => text(questionnaire.areas.find((a) => a.id === id)!.title);
  const levelTitle = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? text(level.title) : '—';
  };
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value));
  const areas = team.combined.areas;
  const submitted = team.members.filter((member) => member.status === 'submitted');

  const radar = groupRadar(questionnaire.levels.map((l) => l.min).filter((min) => min > 0));
  radar.update({
    axes: areas.map((area) => areaTitle(area.areaId)),
    mean: areas.map((area) => area.mean),
    min: areas.map((area) => area.min),
    max: areas.map((area) => area.max),
    participants: submitted.map((member) =>
      areas.map((area) => member.areaScores[area.areaId] ?? null),
    ),
    labels: {
      mean: t('team.radar.mean'),
      spread: t('team.radar.spread'),
      participants: t('team.radar.members'),
    },
  });

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-profile-title' },
    h('h2', { id: 'team-profile-title' }, t('team.profile.title')),
    submitted.length === 0
      ? h('p', {}, t('team.profile.none'))
      : h('p', { class: 'meta' }, t('team.profile.intro')),
    submitted.length === 0 ? null : radar.element,
    h(
      'div',
      // Scrolls sideways on a narrow phone: reachable by keyboard, and named for screen readers.
      {
        class: 'table-scroll',
        tabindex: 0,
        role: 'region',
        'aria-label': t('team.table.caption'),
      },
      h(
        'table',
        { class: 'scores team-scores' },
        h('caption', {}, t('team.table.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('team.table.area')),
            h('th', { scope: 'col' }, t('team.table.mean')),
            h('th', { scope: 'col' }, t('team.table.spread')),
          ),
        ),
        h(
          'tbody',
          {},
          ...areas.map((area) =>
            h(
              'tr',
              {},
              // Three columns fit a phone: how many members under the area, the level under the
              // mean, the range under the spread.
              h(
                'th',
                { scope: 'row' },
                areaTitle(area.areaId),
                h('span', { class: 'sub' }, t('team.table.count', { count: area.n })),
              ),
              h(
                'td',
                {},
                h('span', { class: 'figure' }, number(area.mean)),
                area.level ? h('span', { class: 'sub' }, levelTitle(area.level)) : null,
              ),
              h(
                'td',
                {},
                h('span', { class: 'figure' }, number(area.stdDev)),
                area.min === null
                  ? null
                  : h(
                      'span',
                      { class: 'sub' },
                      t('team.table.range.value', {
                        min: number(area.min),
                        max: number(area.max),
                      }),
                    ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
