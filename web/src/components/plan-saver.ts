import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { problemMessage } from '../problem-message.js';
import { clearSaveStatus, showSaveStatus } from '../save-status.js';

/** Runs one save; answers undefined when it failed (the indicator has said why). */
export type PlanSave = <T>(work: () => Promise<T>) => Promise<T | undefined>;

/**
 * Runs the plan's saves through the save indicator, as on the diagnosis page (it fades once
 * saved), and screen readers hear the outcome through the status region. A save that fails answers
 * undefined, and the indicator says why.
 */
export function planSaver(): PlanSave {
  clearSaveStatus();
  const show = (state: 'saving' | 'saved' | 'error', message: string) => {
    showSaveStatus(state, message);
    if (state !== 'saving') announce(message);
  };
  // One save at a time, in the order they were made: two quick ticks must reach the server in
  // that order, or the earlier choice could be the one kept.
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = async () => {
      show('saving', t('plan.saving'));
      try {
        const result = await work();
        show('saved', t('plan.saved'));
        return result;
      } catch (error) {
        show('error', saveProblem(error));
        return undefined;
      }
    };
    const next = queue.then(run);
    queue = next;
    return next;
  };
}

export function saveProblem(error: unknown): string {
  return problemMessage(
    error,
    { plan_full: 'plan.save.full', 404: 'plan.save.notFound' },
    { offline: 'plan.save.offline', otherwise: (detail) => t('plan.save.failed', { detail }) },
  );
}
