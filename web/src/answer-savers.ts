import { AnswerSaver, type SaveState } from './answer-saver.js';
import type { Credentials } from './api.js';
import { announce } from './announce.js';
import { t } from './i18n.js';
import { showSaveStatus } from './save-status.js';

/**
 * One saver per response for the life of the app, not of a page: each step is a page visit of
 * its own, and answers still waiting (a lost connection, a save in flight) must outlive it. Two
 * savers of one response would each rewrite the device's copy of the unsent changes.
 */
const savers = new Map<string, AnswerSaver>();

export function saverFor(credentials: Credentials): AnswerSaver {
  let saver = savers.get(credentials.id);
  if (!saver) {
    saver = new AnswerSaver(credentials, showSaveState);
    savers.set(credentials.id, saver);
  }
  return saver;
}

/** The footer's save indicator (outside any page: it stays while the steps change). */
function showSaveState(state: SaveState, detail?: string, code?: string): void {
  const messages: Record<SaveState, string> = {
    saving: t('save.saving'),
    saved: t('save.saved'),
    offline: t('save.offline'),
    error:
      code === 'workshop_closed'
        ? t('save.workshopClosed')
        : t('save.error', { detail: detail ?? '' }),
  };
  showSaveStatus(state, messages[state]);
  if (state !== 'saving') announce(messages[state]);
}
