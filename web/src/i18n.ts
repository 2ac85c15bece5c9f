import { formatMessage, type MessageParams } from './format-message.js';

type VolunteerCatalog = typeof import('../locales/fr.json');
type FacilitatorCatalog = typeof import('../locales/facilitator/fr.json');
/** Every key of both catalogues: the facilitator's are loaded with their pages (`addCatalog`). */
export type MessageKey = Exclude<keyof VolunteerCatalog | keyof FacilitatorCatalog, 'default'>;
export type UiLocale = 'fr' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['fr', 'en'];

/** One catalogue per language, each a dynamic import: a chunk of its own, fetched on demand. */
export type CatalogLoaders = Record<UiLocale, () => Promise<{ default: Record<string, string> }>>;

const volunteerCatalog: CatalogLoaders = {
  fr: () => import('../locales/fr.json'),
  en: () => import('../locales/en.json'),
};
const STORAGE_KEY = 'assoradar.locale';

let current: UiLocale = initialLocale();
const loaders: CatalogLoaders[] = [volunteerCatalog];
let messages: Record<string, string> = {};
const listeners = new Set<() => void>();

function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  // French first: most volunteers read only French.
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function locale(): UiLocale {
  return current;
}

async function load(lang: UiLocale): Promise<Record<string, string>> {
  const catalogs = await Promise.all(loaders.map((loader) => loader[lang]()));
  return Object.assign({}, ...catalogs.map((catalog) => catalog.default));
}

/**
 * Switches the language once its catalogues are loaded, then tells the components
 * (`useLocale`). Called once at start with the initial language.
 */
export async function setLocale(next: UiLocale): Promise<void> {
  const loaded = await load(next);
  current = next;
  messages = loaded;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

/** Adds a catalogue (the facilitator's) to the current language and every later switch. */
export async function addCatalog(catalog: CatalogLoaders): Promise<void> {
  if (loaders.includes(catalog)) return;
  loaders.push(catalog);
  Object.assign(messages, (await catalog[current]()).default);
}

/** Calls `listener` after each change of language; returns how to stop. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The message in the current language, its ICU arguments filled in:
 * `t('team.join.count', { count: 2 })` is "Déjà dans l’équipe : 2 membres.".
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = messages[key];
  return message === undefined ? key : formatMessage(message, params, current);
}

/** A list as the locale writes it ("Données et Sécurité", "Data, Security and Funding"). */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}

/** Numbers as the locale writes them (62,5 in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current, { maximumFractionDigits: 1 }).format(value);
}
