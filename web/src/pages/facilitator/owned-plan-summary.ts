import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { h } from '../../dom.js';
import { locale, t, type MessageKey } from '../../i18n.js';
import type { PortfolioEntryView } from '../../share-types.js';

type OwnedPlan = PortfolioEntryView['ownedPlan'];

/**
 * The plan the association made its own, read-only for its centre: the priority areas, then
 * each action with who does it, by when, what it costs and where it stands.
 */
export function ownedPlanSummary(plan: OwnedPlan, questionnaire: Questionnaire): HTMLElement {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((candidate) => candidate.id === id);
    return area ? text(area.title) : id;
  };
  const empty = plan.priorities.length === 0 && plan.actions.length === 0;
  return h(
    'section',
    { class: 'card owned-plan', 'aria-labelledby': 'owned-plan-title' },
    h('h2', { id: 'owned-plan-title' }, t('portfolioEntry.plan.title')),
    empty ? h('p', {}, t('portfolioEntry.plan.empty')) : null,
    plan.priorities.length > 0
      ? h(
          'p',
          {},
          t('portfolioEntry.plan.priorities', { areas: plan.priorities.map(areaTitle).join(', ') }),
        )
      : null,
    plan.actions.length > 0
      ? h(
          'ul',
          { class: 'owned-actions' },
          ...plan.actions.map((action) =>
            h(
              'li',
              {},
              h('strong', {}, action.title),
              h(
                'span',
                { class: 'meta' },
                [
                  action.areaId ? areaTitle(action.areaId) : null,
                  action.owner ? t('portfolioEntry.plan.owner', { owner: action.owner }) : null,
                  action.dueDate
                    ? t('portfolioEntry.plan.due', { date: formatDay(action.dueDate) })
                    : null,
                  action.cost ? t(`plan.cost.${action.cost}` as MessageKey) : null,
                  t(`plan.status.${action.status}` as MessageKey),
                ]
                  .filter((part) => part !== null)
                  .join(' · '),
              ),
            ),
          ),
        )
      : null,
  );
}

/** A YYYY-MM-DD day as the reader writes it, read at noon UTC so no time zone moves it. */
function formatDay(day: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
