import { readFileSync } from 'node:fs';

type Catalog = Record<string, string>;

function catalog(locale: string): Catalog {
  return JSON.parse(
    readFileSync(new URL(`../../../web/locales/${locale}.json`, import.meta.url), 'utf8'),
  ) as Catalog;
}

/**
 * The French UI texts that cannot appear in English: every message of web/locales/fr.json cut
 * at its placeholders, keeping the pieces of four characters or more with a letter in them, and
 * leaving out those the English catalogue says too ("AssoRadar", "Score", the "Français" button
 * of the language switch).
 */
export function frenchOnlyUiStrings(): string[] {
  const english = Object.values(catalog('en'));
  const pieces = Object.values(catalog('fr'))
    .flatMap((message) => message.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece))
    .filter((piece) => !english.some((message) => message.includes(piece)));
  return [...new Set(pieces)];
}

/**
 * The French UI texts a page's text holds, each as whole words: "Faite" (a plan's status) is not
 * found inside "Faites-vous…", a question the questionnaire asks in the response's own language.
 */
export function frenchUiStringsIn(text: string, french = frenchOnlyUiStrings()): string[] {
  return french.filter((piece) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(piece)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
