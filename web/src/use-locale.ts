import { useEffect, useState } from 'preact/hooks';
import { locale, onLocaleChange, type UiLocale } from './i18n.js';

/** The page's language; the component draws again when the user switches it. */
export function useLocale(): UiLocale {
  const [current, setCurrent] = useState(locale);
  useEffect(() => onLocaleChange(() => setCurrent(locale())), []);
  return current;
}
