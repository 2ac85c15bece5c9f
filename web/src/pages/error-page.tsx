import { t } from '../i18n.js';
import { problemMessage } from '../problem-message.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';

/** What went wrong, in words, with a way to try again. */
export function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section class="card">
      <h1 ref={heading}>{t('app.name')}</h1>
      <p role="alert">{problemMessage(error)}</p>
      <button type="button" onClick={retry}>
        {t('error.retry')}
      </button>{' '}
      <a href={links.home()}>{t('results.home')}</a>
    </section>
  );
}
