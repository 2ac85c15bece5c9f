import type { LocalizedText } from './primitives.js';

/**
 * The text in the wanted locale, else in the fallback, else the first one written.
 *
 * @example localize({ fr: 'Oui', en: 'Yes' }, 'en', 'fr') // 'Yes'
 */
export function localize(text: LocalizedText, locale: string, fallback: string): string {
  if (Object.hasOwn(text, locale)) return text[locale]!;
  if (Object.hasOwn(text, fallback)) return text[fallback]!;
  return Object.values(text)[0] ?? '';
}
