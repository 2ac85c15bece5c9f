import type { Dashboard } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { DivergentQuestions } from './divergent-questions.js';
import { SharedPriorities } from './shared-priorities.js';

/**
 * What the room should talk about: where the shared answers differ most, then the priorities
 * most associations share. Aggregates only: no name, and the answers of none who did not agree.
 */
export function DiscussionAgenda({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section class="card discussion-agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('dashboard.agenda.title')}</h2>
      <p class="meta">{t('dashboard.agenda.intro')}</p>
      <section aria-labelledby="divergent-title">
        <h3 id="divergent-title">{t('dashboard.divergent.title')}</h3>
        <DivergentQuestions dashboard={dashboard} />
      </section>
      <section aria-labelledby="priorities-title">
        <h3 id="priorities-title">{t('dashboard.priorities.title')}</h3>
        <SharedPriorities dashboard={dashboard} />
      </section>
    </section>
  );
}
