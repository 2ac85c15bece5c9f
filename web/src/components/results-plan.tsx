import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import type { PlanAreaGroup } from '../../../src/domain/guidance/guidance-schema.js';
import type { z } from 'zod';
import { t } from '../i18n.js';
import type { ResultsModel } from './results-model.js';

type AreaGroup = z.infer<typeof PlanAreaGroup>;

/**
 * The results' action plan. With guidance, the first actions stand above it, so this is the
 * rest of the plan, one folded group an area: 26 proposals unfolded were a flood on a phone.
 * Without (a facilitator who may not see the answers), the whole plan by horizon.
 */
export function ResultsPlan(props: { model: ResultsModel; byArea: AreaGroup[] | undefined }) {
  const { model, byArea } = props;
  if (!byArea) {
    return (
      <section class="card" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('results.plan.title')}</h2>
        {model.planEmpty && <p>{t('results.plan.empty')}</p>}
        {model.plan.map((group) => (
          <div class={`horizon horizon-${group.horizon}`} key={group.horizon}>
            <h3>{t(`results.plan.${group.horizon}`)}</h3>
            <PlanItems
              items={group.items}
              meta={(item) => model.areaTitle(item.areaId)}
              model={model}
            />
          </div>
        ))}
      </section>
    );
  }
  const count = byArea.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <section class="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('results.plan.rest.title')}</h2>
      <p>
        {model.planEmpty
          ? t('results.plan.empty')
          : count === 0
            ? t('results.plan.rest.none')
            : t('results.plan.rest.intro', { count })}
      </p>
      {byArea.map((group) => (
        <details class="plan-area" key={group.areaId}>
          <summary>
            <span class="item-title">{model.areaTitle(group.areaId)}</span>{' '}
            <span class="meta">{t('results.plan.rest.count', { count: group.items.length })}</span>
          </summary>
          <PlanItems
            items={group.items}
            meta={(item) => t(`results.plan.when.${item.horizon}`)}
            model={model}
          />
        </details>
      ))}
    </section>
  );
}

function PlanItems(props: {
  items: ActionPlanItem[];
  /** What the item's line says first: its area, or its horizon when grouped by area. */
  meta: (item: ActionPlanItem) => string;
  model: ResultsModel;
}) {
  const { model } = props;
  return (
    <ol class="plan">
      {props.items.map((item) => (
        <li key={item.id}>
          {/* Folded too: the titles of an area are what one scans first. */}
          <details>
            <summary>
              <span class="item-title">{item.title}</span>{' '}
              <span class="meta">
                {`${props.meta(item)} · ${t('results.plan.effort', { value: model.grade(item.effort) })} · ${t('results.plan.impact', { value: model.grade(item.impact) })}`}
              </span>
            </summary>
            <p>{item.text}</p>
            {item.resources.length > 0 && (
              <ul class="resources" aria-label={t('results.plan.resources')}>
                {item.resources.map((r) => (
                  <li key={r.url}>
                    <a href={r.url} rel="noopener" target="_blank">
                      {r.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}
