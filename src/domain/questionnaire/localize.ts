import type { LocalizedText } from './primitives.js';

/**
 * The text in the wanted locale, else in the fallback, else the first one written.
 *
 * @example localize({ fr: 'Oui', en: 'Yes' }, 'en', 'fr') // 'Yes'
 */
export function localize(text: LocalizedText, locale: string, fallback: string): string {
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
