/** How long "saved" stays on screen: long enough to be read, gone well within 3 s. */
export const SAVED_VISIBLE_MS = 2000;

export type SaveStatusState = 'saving' | 'saved' | 'offline' | 'error';

let fadeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows the save status (#save-state, outside the pages: it stays while the steps change).
 * Saving, offline and errors stay until the next state, since they ask for patience or action;
 * "saved" fades and then leaves, so that the badge never sits over what the volunteer reads.
 * It keeps its place when faded (hidden, not removed), so the page never jumps under a finger;
 * its state stays in `data-state`: tests and the next save read it.
 */
export function showSaveStatus(state: SaveStatusState, message: string): void {
  const indicator = document.getElementById('save-state');
  if (!indicator) return;
  clearTimeout(fadeTimer);
  indicator.textContent = message;
  indicator.dataset.state = state;
  delete indicator.dataset.faded;
  if (state === 'saved') {
    fadeTimer = setTimeout(() => {
      indicator.dataset.faded = 'true';
    }, SAVED_VISIBLE_MS);
  }
}

/** Empties the status: the page shown no longer has anything to save. */
export function clearSaveStatus(): void {
  clearTimeout(fadeTimer);
  const indicator = document.getElementById('save-state');
  if (indicator) indicator.textContent = '';
}
