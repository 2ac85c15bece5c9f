import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import type { PortfolioEntryView } from '../../facilitator-api.js';
import { formatCalendarDate } from '../../format-date.js';
import { locale, t, type MessageKey } from '../../i18n.js';

type OwnedPlan = PortfolioEntryView['ownedPlan'];

/**
 * The plan the association made its own, read-only for its centre: the priority areas, then
 * each action with who does it, by when, what it costs and where it stands.
 */
export function OwnedPlanSummary(props: { plan: OwnedPlan; questionnaire: Questionnaire }) {
  const { plan, questionnaire } = props;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((candidate) => candidate.id === id);
    return area ? text(area.title) : id;
  };
  const empty = plan.priorities.length === 0 && plan.actions.length === 0;
  return (
    <section class="card owned-plan" aria-labelledby="owned-plan-title">
      <h2 id="owned-plan-title">{t('portfolioEntry.plan.title')}</h2>
      {empty && <p>{t('portfolioEntry.plan.empty')}</p>}
      {plan.priorities.length > 0 && (
        <p>
          {t('portfolioEntry.plan.priorities', {
            areas: plan.priorities.map(areaTitle).join(', '),
          })}
        </p>
      )}
      {plan.actions.length > 0 && (
        <ul class="owned-actions">
          {plan.actions.map((action, index) => (
            <li key={index}>
              <strong>{action.title}</strong>
              <span class="meta">
                {[
                  action.areaId ? areaTitle(action.areaId) : null,
                  action.owner ? t('portfolioEntry.plan.owner', { owner: action.owner }) : null,
                  action.dueDate
                    ? t('portfolioEntry.plan.due', { date: formatCalendarDate(action.dueDate) })
                    : null,
                  action.cost ? t(`plan.cost.${action.cost}` as MessageKey) : null,
                  t(`plan.status.${action.status}` as MessageKey),
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
