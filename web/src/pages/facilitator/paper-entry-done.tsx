import type { Credentials } from '../../api.js';
import { QrCode } from '../../components/qr-code.js';
import { ResumeBox } from '../../components/resume-box.js';
import { t } from '../../i18n.js';
import { navigate } from '../../navigate.js';
import { resumeLink } from '../../resume-link.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';

/** Sent: the association's resume link and its QR code, and the next paper to type in. */
export function EntryDone(props: { credentials: Credentials; workshopId: string | undefined }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading}>{t('entry.done.title')}</h1>
      <p class="lead">{t('entry.done.text')}</p>
      <ResumeBox credentials={props.credentials} />
      <figure class="entry-qr">
        <QrCode text={resumeLink(props.credentials)} label={t('entry.done.qr')} />
        <figcaption>{t('entry.done.qr')}</figcaption>
      </figure>
      <button
        type="button"
        class="primary"
        id="entry-again"
        onClick={() => navigate(links.facilitator.paperEntry(props.workshopId))}
      >
        {t('entry.done.again')}
      </button>
    </>
  );
}
