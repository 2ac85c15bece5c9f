import type { Credentials } from './api.js';
import { links } from './routes.js';

const CURRENT_KEY = 'assoradar.current';

/**
 * The resume link carries the token in the fragment (after "#"), which browsers never send to
 * the server: it stays out of every request log.
 */
export function resumeLink({ id, token }: Credentials): string {
  return `${location.origin}/${links.resume(id, token)}`;
}

/** Credentials from a pasted resume link (or its "#/reprendre/..." part). */
export function parseResumeLink(text: string): Credentials | undefined {
  const match = /#\/reprendre\/([0-9a-f-]{36})\/([A-Za-z0-9_-]{20,})\s*$/.exec(text.trim());
  return match ? { id: match[1]!, token: match[2]! } : undefined;
}

/** The diagnosis in progress on this device, so that a reload or a later visit finds it. */
export function rememberCurrent({ id, token }: Credentials): void {
  // Only what opens the response: a started response's other fields are not the device's to keep.
  localStorage.setItem(CURRENT_KEY, JSON.stringify({ id, token }));
}

export function currentCredentials(): Credentials | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(CURRENT_KEY) ?? 'null') as Credentials | null;
    return value && value.id && value.token ? value : undefined;
  } catch {
    return undefined;
  }
}

export function forgetCurrent(): void {
  localStorage.removeItem(CURRENT_KEY);
}
