import { useRef } from 'preact/hooks';
import type { Credentials } from '../api.js';
import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { resumeLink } from '../resume-link.js';
import { QrCode } from './qr-code.js';

/**
 * A "send it to myself" link: the volunteer's own mail program opens with the link in the body.
 * No address is asked and no mail leaves the server, which has none to send with.
 */
export function resumeMailto(link: string): string {
  const subject = encodeURIComponent(t('resume.mail.subject'));
  const body = encodeURIComponent(t('resume.mail.body', { link }));
  return `mailto:?subject=${subject}&body=${body}`;
}

/**
 * The resume link, explained, with three ways to keep it: copy, send it to myself, and a QR code
 * to open it on a phone. Shown on the first step, the review, the results and the plan, so that
 * a volunteer who did not keep it at first can still come back from another device.
 */
export function ResumeBox({ credentials }: { credentials: Credentials }) {
  const link = resumeLink(credentials);
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    input.current!.select();
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Older browsers or no permission: the selected text can still be copied by hand.
    }
    announce(t('resume.copied'));
  };
  return (
    <aside class="card resume-box" aria-labelledby="resume-box-title">
      <h2 id="resume-box-title">{t('resume.title')}</h2>
      <p>{t('resume.text')}</p>
      <label for="resume-url" class="visually-hidden">
        {t('resume.title')}
      </label>
      <div class="copy-row">
        <input ref={input} type="text" readOnly value={link} id="resume-url" />
        <button type="button" onClick={() => void copy()}>
          {t('resume.copy')}
        </button>
        <a class="button" id="resume-mail" href={resumeMailto(link)}>
          {t('resume.mail')}
        </a>
      </div>
      <details class="resume-qr">
        <summary>{t('resume.qr.show')}</summary>
        <QrCode text={link} label={t('resume.qr.label')} />
      </details>
    </aside>
  );
}
