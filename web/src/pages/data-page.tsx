import { api } from '../api.js';
import { t } from '../i18n.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';

/** The sections of the page, in the order a volunteer asks: what, where, who, how long, rights. */
const SECTIONS = ['stored', 'notStored', 'device', 'who', 'duration', 'rights'] as const;

/**
 * links.data: what the service keeps of a diagnosis, in plain words, beside the accessibility
 * statement in the footer. Every claim is one the code keeps (README "Operations"): no IP in
 * the logs, the token stored hashed; say it again here when one of them changes. How long a
 * draft is kept is this instance's setting, read from the server; while it loads, or if it
 * cannot be read, the page says only what holds whatever the setting.
 */
export function DataPage() {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const policy = useLoad(() => api.dataPolicy(), []);
  const days = policy.state === 'loaded' ? policy.value.draftRetentionDays : undefined;
  const text = (id: (typeof SECTIONS)[number]) =>
    id !== 'duration'
      ? t(`data.${id}.text`)
      : days === undefined
        ? t('data.duration.unknown')
        : t('data.duration.text', { days });
  return (
    <article class="data-page">
      <section class="card">
        <h1 ref={heading}>{t('data.title')}</h1>
        <p>{t('data.intro')}</p>
      </section>
      {SECTIONS.map((id) => (
        <section key={id} class="card statement-section" aria-labelledby={`data-${id}`}>
          <h2 id={`data-${id}`}>{t(`data.${id}.title`)}</h2>
          <p>{text(id)}</p>
        </section>
      ))}
      <p class="actions">
        <a href={links.home()}>{t('data.back')}</a>
      </p>
    </article>
  );
}
