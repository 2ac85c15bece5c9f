import { ApiError } from '../api.js';
import { announce } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Runs the plan's saves through the footer's save indicator, fixed at the bottom of the screen
 * as on the diagnosis page: a volunteer on a phone sees it whatever part of the plan they edit,
 * and screen readers hear the outcome through the status region. A save that fails answers
 * undefined, and the indicator says why.
 */
export function planSaver(): <T>(work: () => Promise<T>) => Promise<T | undefined> {
  const indicator = document.getElementById('save-state');
  if (indicator) indicator.textContent = '';
  const show = (state: 'saving' | 'saved' | 'error', message: string) => {
    if (indicator) {
      indicator.textContent = message;
      indicator.dataset.state = state;
    }
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

function saveProblem(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('plan.save.offline');
  if (error instanceof ApiError && error.code === 'plan_full') return t('plan.save.full');
  if (error instanceof ApiError && error.status === 404) return t('plan.save.notFound');
  return t('plan.save.failed', { detail: error instanceof Error ? error.message : String(error) });
}
