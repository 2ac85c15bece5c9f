import { en } from './locales/en.js';
import { fr, type ReportTexts } from './locales/fr.js';

const TEXTS: Record<string, ReportTexts> = { fr, en };

/** The report's words in a locale; French, the product's first language, otherwise. */
export function reportTexts(locale: string): ReportTexts {
  return TEXTS[locale] ?? fr;
}

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export type { ReportTexts };
