import { useEffect } from 'preact/hooks';
import { setLocale, t, UI_LOCALES } from '../i18n.js';
import { useLocale } from '../use-locale.js';

/**
 * The language switch in the header, and the texts of index.html around the pages (tagline,
 * footer link, title) kept in the page's language.
 */
export function SiteChrome() {
  const lang = useLocale();
  useEffect(() => {
    document.getElementById('lang-switch')!.setAttribute('aria-label', t('lang.label'));
    document.getElementById('app-tagline')!.textContent = t('app.tagline');
    document.getElementById('facilitator-link')!.textContent = t('footer.facilitator');
    document.getElementById('accessibility-link')!.textContent = t('footer.accessibility');
    document.getElementById('data-link')!.textContent = t('footer.data');
    document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [lang]);
  const choose = async (code: (typeof UI_LOCALES)[number]) => {
    await setLocale(code);
    // Status messages were written in the other language.
    for (const id of ['save-state', 'status']) document.getElementById(id)!.textContent = '';
  };
  return (
    <>
      {UI_LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => void choose(code)}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </>
  );
}
