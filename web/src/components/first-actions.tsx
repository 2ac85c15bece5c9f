import type { FirstAction } from '../../../src/domain/guidance/guidance-schema.js';
import { formatNumber, t } from '../i18n.js';

/**
 * "Par où commencer": the (at most three) actions the domain chose first for this association,
 * each with why, before the whole plan.
 */
export function FirstActions(props: {
  actions: FirstAction[];
  areaTitle: (id: string) => string;
  grade: (value: string) => string;
}) {
  if (props.actions.length === 0) return null;
  return (
    <section class="card first-actions" aria-labelledby="first-actions-title">
      <h2 id="first-actions-title">{t('results.first.title')}</h2>
      <p>{t('results.first.intro', { count: props.actions.length })}</p>
      <ol class="first-actions-list">
        {props.actions.map(({ item, reason }) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            <p class="meta">
              {`${props.areaTitle(item.areaId)} · ${t('results.plan.effort', { value: props.grade(item.effort) })}`}
            </p>
            <p>{item.text}</p>
            <p class="first-why">
              {reason.trigger === 'answer'
                ? t('results.first.why.answer', {
                    question: reason.question,
                    answer: reason.answer,
                  })
                : t('results.first.why.area', {
                    area: reason.area,
                    score: formatNumber(reason.score),
                  })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
