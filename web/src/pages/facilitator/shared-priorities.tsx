import type { Dashboard } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { ShareFill } from './share-fill.js';

/** How many priorities show at once: the rest wait behind a disclosure. */
export const PRIORITIES_SHOWN = 10;

/**
 * The recommendations most submitted diagnoses got, most shared first, each with how many
 * associations it concerns ("2 associations sur 3"): the first ten in view, the rest folded.
 */
export function SharedPriorities({ dashboard }: { dashboard: Dashboard }) {
  if (dashboard.priorities.length === 0) return <p>{t('dashboard.priorities.none')}</p>;
  const areaTitle = (id: string) => dashboard.areas.find((a) => a.id === id)?.title ?? id;
  const total = dashboard.counts.submitted;
  const item = (priority: Dashboard['priorities'][number]) => (
    <li key={priority.id}>
      <span class="item-title">{priority.title}</span>
      <span class="meta">
        {`${areaTitle(priority.areaId)} · ${t('dashboard.priorities.count', {
          count: priority.count,
          total,
        })}`}
      </span>
      <span class="share-bar" aria-hidden="true">
        <ShareFill share={priority.share} />
      </span>
    </li>
  );
  const first = dashboard.priorities.slice(0, PRIORITIES_SHOWN);
  const rest = dashboard.priorities.slice(PRIORITIES_SHOWN);
  return (
    <>
      <p class="meta">{t('dashboard.priorities.intro')}</p>
      <ol class="shared-priorities">{first.map(item)}</ol>
      {rest.length > 0 && (
        <details class="more-priorities">
          <summary>{t('dashboard.priorities.more', { count: rest.length })}</summary>
          <ol class="shared-priorities" start={PRIORITIES_SHOWN + 1}>
            {rest.map(item)}
          </ol>
        </details>
      )}
    </>
  );
}
