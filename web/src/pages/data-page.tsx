import { t } from '../i18n.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';

/** The sections of the page, in the order a volunteer asks: what, where, who, how long, rights. */
const SECTIONS = ['stored', 'notStored', 'device', 'who', 'duration', 'rights'] as const;

/**
 * links.data: what the service keeps of a diagnosis, in plain words, beside the accessibility
 * statement in the footer. Every claim is one the code keeps (README "Operations"): no IP in
 * the logs, drafts purged after DRAFT_RETENTION_DAYS, the token stored hashed; say it again here
 * when one of them changes.
 */
export function DataPage() {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <article class="data-page">
      <section class="card">
        <h1 ref={heading}>{t('data.title')}</h1>
        <p>{t('data.intro')}</p>
      </section>
      {SECTIONS.map((id) => (
        <section key={id} class="card statement-section" aria-labelledby={`data-${id}`}>
          <h2 id={`data-${id}`}>{t(`data.${id}.title`)}</h2>
          <p>{t(`data.${id}.text`)}</p>
        </section>
      ))}
      <p class="actions">
        <a href={links.home()}>{t('data.back')}</a>
      </p>
    </article>
  );
}
