import en from '../locales/en.json';
import fr from '../locales/fr.json';

export type MessageKey = keyof typeof fr;
export type UiLocale = 'fr' | 'en';

const CATALOGS: Record<UiLocale, Record<MessageKey, string>> = { fr, en };
const STORAGE_KEY = 'assoradar.locale';

let current: UiLocale = initialLocale();

function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  // French first: most volunteers read only French.
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function locale(): UiLocale {
  return current;
}

export function setLocale(next: UiLocale): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** The message in the current locale, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[current][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** Numbers as the locale writes them (62,5 in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current, { maximumFractionDigits: 1 }).format(value);
}

/** Dates as the locale writes them ("26 novembre 2026"), in the server's reference time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}
