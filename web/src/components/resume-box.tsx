import { useRef } from 'preact/hooks';
import type { Credentials } from '../api.js';
import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { resumeLink } from '../resume-link.js';

/** The resume link, explained, with a copy button. */
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
      </div>
    </aside>
  );
}
